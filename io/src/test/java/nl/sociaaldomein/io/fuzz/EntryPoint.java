// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.clients.Bsn;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ReadReport;

/**
 * A public parser or reader with the valid inputs its mutations start from, and what it declares
 * it does with any input: a run ends in {@link Outcome#ACCEPTED} or {@link Outcome#REJECTED}, and
 * anything else (another exception, a broken report) is thrown as an undeclared failure.
 *
 * @param name the method, as the fuzz table names it
 * @param seeds valid inputs
 * @param reader whether it reads whole files (fewer inputs in the short run) rather than one value
 * @param run runs one input
 */
record EntryPoint(String name, List<String> seeds, boolean reader, Run run) {

  EntryPoint {
    Objects.requireNonNull(name, "name");
    seeds = List.copyOf(seeds);
    Objects.requireNonNull(run, "run");
  }

  /** What an input did that the entry point declares. */
  enum Outcome { ACCEPTED, REJECTED }

  @FunctionalInterface
  interface Run {
    Outcome apply(String input);
  }

  /** A broken promise that is no exception of the library: a report that loses rows, a leaked BSN. */
  static final class ContractBroken extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Which promise, the same for every input that breaks it, so that failures group by it. */
    final String promise;

    ContractBroken(String promise, String detail) {
      super(promise + ": " + detail);
      this.promise = promise;
    }
  }

  /** A parser: it returns a value or refuses with a {@link SociaalDomeinException}. */
  static EntryPoint parser(String name, List<String> seeds, Function<String, ?> parse) {
    return new EntryPoint(name, seeds, false, input -> {
      try {
        Objects.requireNonNull(parse.apply(input), "a parser returned null");
        return Outcome.ACCEPTED;
      } catch (SociaalDomeinException refused) {
        return Outcome.REJECTED;
      }
    });
  }

  /**
   * A reader in the lenient mode: it throws for no input at all, its report counts every row,
   * and an input it reads with a problem counts as rejected.
   */
  static EntryPoint reader(String name, List<String> seeds, Function<String, ReadReport> read) {
    return new EntryPoint(name, seeds, true, input -> outcome(read.apply(input)));
  }

  /** A client reader: as {@link #reader}, and no message holds a BSN of the input. */
  static EntryPoint clientReader(String name, List<String> seeds, Function<String, ReadReport> read) {
    return new EntryPoint(name, seeds, true, input -> {
      ReadReport report = read.apply(input);
      List<String> bsns = bsnsIn(input);
      if (!bsns.isEmpty()) {
        for (Problem p : report.problems()) {
          List<String> texts = new ArrayList<>(List.of(p.toString(), p.why()));
          p.what().ifPresent(texts::add);
          for (String text : texts) {
            for (String bsn : bsns) {
              if (text.contains(bsn)) {
                throw new ContractBroken("a BSN of the input in a problem", text.replace(bsn, "<BSN>"));
              }
            }
          }
        }
      }
      return outcome(report);
    });
  }

  private static Outcome outcome(ReadReport report) {
    if (report.rowsRead() != report.accepted() + report.rejected()) {
      throw new ContractBroken("rows read != accepted + rejected", "rows read " + report.rowsRead() + " != accepted " + report.accepted()
          + " + rejected " + report.rejected());
    }
    if (report.problemCount() < report.rejected()) {
      throw new ContractBroken("problems < rejected", "problems " + report.problemCount() + " < rejected " + report.rejected());
    }
    return report.isClean() ? Outcome.ACCEPTED : Outcome.REJECTED;
  }

  private static final Pattern DIGIT_RUN = Pattern.compile("(?<!\\d)\\d{7,9}(?!\\d)");

  /**
   * The BSNs in {@code input}, as written and padded to nine digits: every run of seven to nine
   * digits that passes the elfproef once padded (a spreadsheet drops leading zeros).
   */
  static List<String> bsnsIn(String input) {
    List<String> out = new ArrayList<>();
    Matcher m = DIGIT_RUN.matcher(input);
    while (m.find()) {
      String padded = "0".repeat(9 - m.group().length()) + m.group();
      if (Bsn.isValid(padded)) {
        out.add(m.group());
        out.add(padded);
      }
    }
    return out;
  }
}
