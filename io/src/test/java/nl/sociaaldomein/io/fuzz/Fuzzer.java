// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.fuzz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.sociaaldomein.io.fuzz.EntryPoint.Outcome;

/**
 * Feeds an entry point mutated valid inputs and counts what they did. Input {@code i} of a run
 * with seed {@code s} depends on nothing but the entry point, {@code s} and {@code i}, so every
 * failure is reproduced by {@link #input(EntryPoint, long, long)} alone.
 */
final class Fuzzer {

  /** The longest an input may take, in CPU time of the thread that reads it. */
  static final Duration BOUND = Duration.ofSeconds(1);

  /** Hangs cost a second each; past this many an entry point is stopped and the run says so. */
  private static final int MAX_TIMEOUTS = 2;

  /** Distinct failures kept per entry point, each with its shortest input. */
  private static final int MAX_FAILURES_KEPT = 20;

  private static final long SHRINK_NANOS = Duration.ofSeconds(3).toNanos();

  /** An undeclared outcome: where it was found, how to make it again, and what it was. */
  record Failure(String entryPoint, long seed, long iteration, String signature, String input, String detail) {

    /** The input as a Java string literal, cut in the middle when long. */
    String reproducer() {
      return literal(input, 300);
    }

    @Override
    public String toString() {
      return entryPoint + " seed " + seed + " iteration " + iteration + ": " + signature + System.lineSeparator()
          + "    " + cut(detail, 300) + System.lineSeparator()
          + "    input (" + input.length() + " chars): " + reproducer();
    }
  }

  /** What one entry point did with all its inputs. */
  record Stats(String entryPoint, long inputs, long accepted, long rejected, long undeclared, boolean stoppedEarly,
      List<Failure> failures) {

    /** A row of the table in docs/quality.md. */
    String row() {
      return String.format("| `%s` | %d | %d | %d | %d%s |", entryPoint, inputs, accepted, rejected, undeclared,
          stoppedEarly ? " (stopped after " + MAX_TIMEOUTS + " hangs)" : "");
    }
  }

  private Fuzzer() {}

  /** Input {@code iteration} of a run of {@code entry} with {@code seed}. */
  static String input(EntryPoint entry, long seed, long iteration) {
    SplittableRandom random =
        new SplittableRandom(seed * 0x9E3779B97F4A7C15L + entry.name().hashCode() * 0xBF58476D1CE4E5B9L + iteration);
    String start = entry.seeds().get(random.nextInt(entry.seeds().size()));
    // A few inputs stay valid, so that the valid path is fuzzed through its own code too.
    return random.nextInt(50) == 0 ? start : new Mutator(random).mutate(start);
  }

  /** Runs {@code inputs} inputs of {@code entry}. */
  static Stats run(EntryPoint entry, long seed, long inputs) {
    long accepted = 0;
    long rejected = 0;
    long undeclared = 0;
    int timeouts = 0;
    long done = 0;
    Map<String, Failure> failures = new LinkedHashMap<>();
    try (Worker worker = new Worker(BOUND)) {
      for (long i = 0; i < inputs && timeouts < MAX_TIMEOUTS; i++, done++) {
        String input = input(entry, seed, i);
        Worker.Result<Outcome> result = worker.run(() -> entry.run().apply(input));
        if (result.value().isPresent()) {
          if (result.value().get() == Outcome.ACCEPTED) {
            accepted++;
          } else {
            rejected++;
          }
          continue;
        }
        undeclared++;
        if (result.timedOut()) {
          timeouts++;
        }
        String signature = signature(result);
        Failure known = failures.get(signature);
        if (known == null && failures.size() < MAX_FAILURES_KEPT) {
          String shortest = result.timedOut() ? input : shrink(worker, entry, input, signature);
          failures.put(signature, new Failure(entry.name(), seed, i, signature, shortest, detail(result)));
        }
      }
    }
    return new Stats(entry.name(), done, accepted, rejected, undeclared, timeouts >= MAX_TIMEOUTS,
        List.copyOf(failures.values()));
  }

  /**
   * What a failure is, the same for every input that fails the same way: the promise broken, or
   * the throwable's type and the first place in the library it came from.
   */
  static String signature(Worker.Result<?> result) {
    if (result.timedOut()) {
      return "more than " + BOUND.toSeconds() + " s, at " + firstLibraryFrame(result.stoppedAt().get());
    }
    Throwable t = result.thrown().orElseThrow();
    if (t instanceof EntryPoint.ContractBroken broken) {
      return broken.promise;
    }
    return t.getClass().getName() + " at " + firstLibraryFrame(t.getStackTrace());
  }

  private static String firstLibraryFrame(StackTraceElement[] stack) {
    for (StackTraceElement e : stack) {
      if (e.getClassName().startsWith("nl.sociaaldomein.") && !e.getClassName().startsWith("nl.sociaaldomein.io.fuzz.")) {
        return e.getClassName() + "." + e.getMethodName() + ":" + e.getLineNumber();
      }
    }
    return stack.length == 0 ? "(no stack)" : stack[0].toString();
  }

  private static String detail(Worker.Result<?> result) {
    return result.thrown().map(Throwable::toString).orElse("stopped after " + BOUND.toSeconds() + " s of CPU time");
  }

  /**
   * The shortest input found within a few seconds that fails with the same signature: removes
   * halves, then quarters, down to single characters, keeping every cut that still fails.
   */
  static String shrink(Worker worker, EntryPoint entry, String input, String signature) {
    long end = System.nanoTime() + SHRINK_NANOS;
    String best = input;
    for (int chunk = Math.max(1, best.length() / 2); chunk >= 1 && System.nanoTime() < end; chunk /= 2) {
      for (int at = 0; at < best.length() && System.nanoTime() < end; ) {
        String candidate = best.substring(0, at) + best.substring(Math.min(best.length(), at + chunk));
        Worker.Result<Outcome> r = worker.run(() -> entry.run().apply(candidate));
        if (r.value().isEmpty() && !r.timedOut() && signature(r).equals(signature)) {
          best = candidate;
        } else {
          at += chunk;
        }
      }
    }
    return best;
  }

  /**
   * {@code text} as a Java expression: a string literal, with runs of a character written as
   * {@code "\n".repeat(66000)}; past {@code max} characters of the rest its middle is left out.
   */
  static String literal(String text, int max) {
    String compact = text.replaceAll("(?s)(.)\\1{19,}", "\u0001");
    if (compact.length() <= max) {
      return render(text);
    }
    int head = max - 60;
    int tail = text.length() - 60;
    return render(text.substring(0, head)) + " + /* " + (tail - head) + " chars left out */ " + render(text.substring(tail));
  }

  private static String render(String text) {
    List<String> pieces = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      int run = 1;
      while (i + run < text.length() && text.charAt(i + run) == c) {
        run++;
      }
      if (run >= 20) {
        if (plain.length() > 0) {
          pieces.add("\"" + plain + "\"");
          plain.setLength(0);
        }
        pieces.add("\"" + escape(c) + "\".repeat(" + run + ")");
        i += run;
      } else {
        plain.append(escape(c));
        i++;
      }
    }
    if (plain.length() > 0 || pieces.isEmpty()) {
      pieces.add("\"" + plain + "\"");
    }
    return String.join(" + ", pieces);
  }

  private static String escape(char c) {
    return switch (c) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      default -> c < 0x20 || c > 0x7E ? String.format("\\u%04X", (int) c) : String.valueOf(c);
    };
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "\u2026";
  }

  /** Every failure of {@code stats}, for a message. */
  static String describe(List<Stats> stats) {
    List<String> lines = new ArrayList<>();
    for (Stats s : stats) {
      s.failures().forEach(f -> lines.add(f.toString()));
    }
    return String.join(System.lineSeparator(), lines);
  }
}
