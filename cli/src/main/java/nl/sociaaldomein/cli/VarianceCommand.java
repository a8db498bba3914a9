// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.io.export.TidyCsv;
import nl.sociaaldomein.io.variance.ExplanationCsv;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.report.ReportInput;
import nl.sociaaldomein.report.VarianceAnalysisReport;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.text.VarianceText;
import nl.sociaaldomein.variance.Explanations;
import nl.sociaaldomein.variance.VarianceReport;
import nl.sociaaldomein.variance.VarianceRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code variance <statement> <explanations>}: the variance analysis of a statement under a
 * council's materiality rule, with the printed explanations reconciled, as the demo makes it for
 * seed 000 ({@link VarianceRules#above}).
 */
@Command(name = "variance", mixinStandardHelpOptions = true,
    description = {"The variance analysis of a statement: which variances the council's rule requires to be explained,"
        + " the printed explanations reconciled per row, the structural/incidental split and budget legality.",
        "Exit 0 when the explanations reconcile, 1 on a finding (a missing explanation, a gap, a residual above the"
            + " limit, a sub-item that does not add up, a direction against the sign, or a rejected row), 2 on bad"
            + " input."})
final class VarianceCommand extends Subcommand {

  @Parameters(index = "0", paramLabel = "STATEMENT", description = "the statement (as for check)")
  Path statementFile;

  @Parameters(index = "1", paramLabel = "EXPLANATIONS",
      description = "the explanations of its variances, as CSV (docs/variance.md)")
  Path explanationsFile;

  @Option(names = "--mapping", paramLabel = "FILE", description = "the column mapping of the statement (as for check)")
  Optional<Path> mapping;

  @Option(names = "--materiality", paramLabel = "EUROS", defaultValue = "50.000",
      description = "the council's threshold in euros per group after reserve movements, Dutch notation"
          + " (default: ${DEFAULT-VALUE}); also the limit of a residual (\"diverse kleine afwijkingen\")")
  String materiality;

  @Option(names = "--table", paramLabel = "TABLE", defaultValue = "variances",
      description = "for --format csv: variances (one row per row of the statement) or findings (one row per"
          + " finding of the reconciliation) (default: ${DEFAULT-VALUE})")
  Table table;

  @Mixin
  Options.Reading reading;

  /** The tidy tables of a variance analysis. */
  enum Table { VARIANCES, FINDINGS }

  @Override
  int run() throws Exception {
    Amount threshold = threshold();
    Statement statement = statement(statementFile, mapping, reading.mode());
    Explanations explanations = taken(ExplanationCsv.read(readable(explanationsFile, "explanations"), statement,
        reading.mode()));
    VarianceReport report = VarianceReport.of(statement, VarianceRules.above(threshold), explanations);
    switch (format()) {
      case TEXT -> print(VarianceText.format(report));
      case MARKDOWN -> print(report(report).markdown());
      case HTML -> print(report(report).html());
      case JSON -> json(report);
      case CSV -> csv(table == Table.FINDINGS ? TidyCsv.of(report.reconciliation()) : TidyCsv.of(report.analysis()));
    }
    return outcome(report.reconciliation().isReconciled());
  }

  /** The report module's report, naming both files read. */
  private VarianceAnalysisReport report(VarianceReport report) {
    return VarianceAnalysisReport.of(report, List.of(ReportInput.of(statementFile), ReportInput.of(explanationsFile)));
  }

  private Amount threshold() {
    Amount threshold = amount("--materiality ", materiality);
    if (threshold.isNegative()) {
      throw new BadInputException("--materiality " + SociaalDomeinException.quote(materiality)
          + ": a threshold cannot be negative");
    }
    return threshold;
  }
}
