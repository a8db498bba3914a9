// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.testkit.reference.Conformance;
import nl.sociaaldomein.testkit.reference.ConformanceReport;
import nl.sociaaldomein.testkit.reference.Difference;
import nl.sociaaldomein.testkit.reference.ReferenceCase;
import nl.sociaaldomein.testkit.reference.ReferenceCases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code conformance <case> <file>}: another tool's CSV output held against one of the testkit's
 * reference cases, through the testkit's {@link Conformance} (docs/testkit.md).
 */
@Command(name = "conformance", mixinStandardHelpOptions = true,
    description = {"Checks another tool's CSV output against a reference case of the testkit (docs/testkit.md):"
        + " every figure compared, rounding differences apart from errors. `conformance list` lists the cases.",
        "Exit 0 when conformant (rounding differences allowed), 1 on a difference, 2 on bad input (an unknown case,"
            + " a file that is not the case's shape)."})
final class ConformanceCommand extends Subcommand {

  @Parameters(index = "0", paramLabel = "CASE", description = "the reference case, or `list`")
  String caseName;

  @Parameters(index = "1", paramLabel = "FILE", arity = "0..1", description = "the tool's output, as CSV")
  Path file;

  @Override
  Set<Format> formats() {
    return EnumSet.of(Format.TEXT, Format.MARKDOWN, Format.JSON, Format.CSV);
  }

  @Override
  int run() throws Exception {
    if (caseName.equals("list") && file == null) {
      list();
      return Main.CONSISTENT;
    }
    ReferenceCase referenceCase = ReferenceCases.find(caseName).orElseThrow(() -> new BadInputException(
        "No reference case " + SociaalDomeinException.quote(caseName) + "; there are "
            + String.join(", ", ReferenceCases.names())));
    if (file == null) {
      throw new BadInputException("Name the file to check against " + caseName);
    }
    ConformanceReport report = Conformance.check(referenceCase, readable(file, "output"));
    switch (format()) {
      case TEXT -> out().println(report);
      case MARKDOWN -> {
        out().println("# " + report.source() + " against " + referenceCase.name() + ": "
            + (report.isConformant() ? "conformant" : "NOT conformant"));
        out().println();
        out().println(referenceCase.title() + ". " + report.compared() + " figures compared, " + report.errors().size()
            + " difference(s), " + report.roundings().size() + " within rounding.");
        report.differences().forEach(d -> out().println("- " + d));
      }
      case JSON -> json(new Json(referenceCase.name(), report.source(), report.isConformant(), report.compared(),
          report.differences()));
      case CSV -> csv(textTable("differences", List.of("kind", "place", "expected", "actual", "detail"),
          report.differences(), d -> List.of(d.kind().name(), d.place(), d.expected(), d.actual(), d.detail())));
      default -> throw unavailable();
    }
    return outcome(report.isConformant());
  }

  private void list() throws Exception {
    List<ReferenceCase> all = ReferenceCases.all();
    switch (format()) {
      case TEXT -> all.forEach(c -> out().println(c.name() + "  " + c.title()));
      case MARKDOWN -> all.forEach(c -> out().println("- `" + c.name() + "`: " + c.title()));
      case JSON -> json(all.stream().map(c -> new Listed(c.name(), c.title(), c.source())).toList());
      case CSV -> csv(textTable("reference-cases", List.of("name", "title", "source"), all,
          c -> List.of(c.name(), c.title(), c.source())));
      default -> throw unavailable();
    }
  }

  /** The JSON document of a check: the case, the file, the verdict and every difference. */
  record Json(String referenceCase, String source, boolean conformant, int compared, List<Difference> differences) {}

  /** A case as {@code conformance list} gives it in JSON. */
  record Listed(String name, String title, String source) {}
}
