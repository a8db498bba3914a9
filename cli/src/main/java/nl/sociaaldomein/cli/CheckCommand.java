// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.io.export.TidyCsv;
import nl.sociaaldomein.report.ReportInput;
import nl.sociaaldomein.report.StatementReport;
import nl.sociaaldomein.statement.ReconciliationReport;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.text.StatementText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code check <statement>}: every printed total, result and variance of a statement against its parts. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Checks every printed total, result and variance of a budget statement against its parts, within"
        + " the rounding its unit allows.",
        "Exit 0 when every cell is consistent, 1 when one is not (or a row was rejected), 2 on bad input."})
final class CheckCommand extends Subcommand {

  @Parameters(index = "0", paramLabel = "STATEMENT",
      description = "the statement: CSV as docs/formats.md describes, a column-mapped CSV or an .xlsx workbook with"
          + " --mapping")
  Path file;

  @Option(names = "--mapping", paramLabel = "FILE",
      description = "the column mapping of a workbook or of a CSV table as people keep it (docs/formats.md)")
  Optional<Path> mapping;

  @Option(names = "--table", paramLabel = "TABLE", defaultValue = "inconsistencies",
      description = "for --format csv: inconsistencies (one row per inconsistent cell; the header only when all is"
          + " consistent) or statement (the statement in long form, one row per cell, printed or derived)"
          + " (default: ${DEFAULT-VALUE})")
  Table table;

  @Mixin
  Options.Reading reading;

  /** The tidy tables of a check. */
  enum Table { INCONSISTENCIES, STATEMENT }

  @Override
  int run() throws Exception {
    Statement statement = statement(file, mapping, reading.mode());
    ReconciliationReport check = statement.check();
    switch (format()) {
      case TEXT -> {
        out().println(statement.name() + " (" + file.getFileName() + ")");
        out().println();
        print(StatementText.format(statement));
        out().println();
        print(check.toString());
      }
      case MARKDOWN -> print(report(statement).markdown());
      case HTML -> print(report(statement).html());
      case JSON -> json(check);
      case CSV -> csv(table == Table.STATEMENT ? TidyCsv.of(statement) : TidyCsv.of(check));
    }
    return outcome(check.isConsistent());
  }

  private StatementReport report(Statement statement) {
    return StatementReport.of(statement, List.of(ReportInput.of(file)));
  }
}
