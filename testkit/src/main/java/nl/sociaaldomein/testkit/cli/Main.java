// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.testkit.reference.Conformance;
import nl.sociaaldomein.testkit.reference.ConformanceReport;
import nl.sociaaldomein.testkit.reference.ReferenceCase;
import nl.sociaaldomein.testkit.reference.ReferenceCases;

/**
 * {@code conformance <case> <file>}: checks another tool's output against a reference case and
 * prints the report. Exit 0 when conformant (rounding differences allowed), 1 on a difference,
 * 2 on bad input (usage, an unknown case, a file that cannot be read as the case's shape).
 * {@code cases} lists the cases.
 */
public final class Main {

  /** The output agrees with the answer up to rounding. */
  public static final int CONFORMANT = 0;
  /** The output differs from the answer. */
  public static final int DIFFERENT = 1;
  /** The command or its input could not be used. */
  public static final int BAD_INPUT = 2;

  private static final String USAGE = "usage: conformance <case> <file>   check a tool's CSV output against a reference case"
      + System.lineSeparator() + "       cases                       list the reference cases";

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command {@code args}, printing to {@code out} and {@code err}; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Objects.requireNonNull(args, "args");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    if (args.length == 1 && args[0].equals("cases")) {
      ReferenceCases.all().forEach(c -> out.println(c.name() + "  " + c.title()));
      return CONFORMANT;
    }
    if (args.length != 3 || !args[0].equals("conformance")) {
      err.println(USAGE);
      return BAD_INPUT;
    }
    Optional<ReferenceCase> referenceCase = ReferenceCases.find(args[1]);
    if (referenceCase.isEmpty()) {
      err.println("No reference case " + SociaalDomeinException.quote(args[1]) + "; there are "
          + String.join(", ", ReferenceCases.names()));
      return BAD_INPUT;
    }
    Path file = Path.of(args[2]);
    if (!Files.isRegularFile(file)) {
      err.println("No file " + SociaalDomeinException.quote(args[2]));
      return BAD_INPUT;
    }
    ConformanceReport report;
    try {
      report = Conformance.check(referenceCase.get(), file);
    } catch (SociaalDomeinException | UncheckedIOException e) {
      err.println(e.getMessage());
      return BAD_INPUT;
    }
    out.println(report);
    return report.isConformant() ? CONFORMANT : DIFFERENT;
  }
}
