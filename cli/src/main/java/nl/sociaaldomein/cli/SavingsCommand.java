// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.cli;

import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.io.export.TidyCsv;
import nl.sociaaldomein.io.savings.CalculationModelCsv;
import nl.sociaaldomein.io.savings.SavingsCsv;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.report.ReportInput;
import nl.sociaaldomein.report.SavingsReport;
import nl.sociaaldomein.savings.Coverage;
import nl.sociaaldomein.savings.Kind;
import nl.sociaaldomein.savings.Line;
import nl.sociaaldomein.savings.Measure;
import nl.sociaaldomein.savings.ModelledMeasure;
import nl.sociaaldomein.savings.ModelledPlan;
import nl.sociaaldomein.savings.Phasing;
import nl.sociaaldomein.savings.PlanSummary;
import nl.sociaaldomein.savings.PointRule;
import nl.sociaaldomein.savings.SavingsPlan;
import nl.sociaaldomein.savings.Target;
import nl.sociaaldomein.savings.TargetComparison;
import nl.sociaaldomein.savings.model.Comparison;
import nl.sociaaldomein.text.SavingsText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code savings <measures.csv>}: a list of savings measures totalled as the interval it is, with,
 * on request, each claim against the calculation behind it and the plan phased against a target.
 * Findings are what the core reports as not in order: a claim the calculation does not give
 * ({@link Comparison.Verdict#DIFFERS}) and a year the target is not surely met
 * ({@link Coverage#GAP} or {@link Coverage#POSSIBLY_COVERED}).
 */
@Command(name = "savings", mixinStandardHelpOptions = true,
    description = {"Totals a list of savings measures (ranges and p.m. items as the interval they make), sets each"
        + " claim against its calculation (--models) and phases the plan per year against a target (--target).",
        "Exit 0 when every claim agrees with its calculation and every target year is covered, 1 when one does not"
            + " (or a row was rejected), 2 on bad input."})
final class SavingsCommand extends Subcommand {

  private static final Pattern YEARS = Pattern.compile("(\\d{4})-(\\d{4})");

  @Parameters(index = "0", paramLabel = "MEASURES", description = "the measures, as CSV (docs/savings.md)")
  Path file;

  @Option(names = "--models", paramLabel = "FILE",
      description = "the calculations behind the claims, as CSV tied to the measures by id (docs/savings.md)")
  Optional<Path> models;

  @Option(names = "--target", paramLabel = "YEAR=EUROS",
      description = "the taakstelling of a year, Dutch notation (--target 2025=8.500.000); repeat for more years")
  Map<Integer, String> target = new LinkedHashMap<>();

  @Option(names = "--years", paramLabel = "FIRST-LAST",
      description = "the years to phase (2022-2025); by default from the first year of a measure to the last year"
          + " of the target")
  Optional<String> years;

  @Option(names = "--kind", paramLabel = "KIND", defaultValue = "structural",
      description = "the kind of line the list totals: structural, incidental or cost (default: ${DEFAULT-VALUE})")
  Kind kind;

  @Option(names = "--line", paramLabel = "LINE", defaultValue = "structural",
      description = "the line of the jaarschijf the target is set against: structural, incidental, costs or net"
          + " (default: ${DEFAULT-VALUE})")
  Line line;

  @Option(names = "--rule", paramLabel = "RULE", defaultValue = "lower_end",
      description = "how an interval is shown as one figure: lower_end, upper_end, midpoint or pm_as_zero"
          + " (default: ${DEFAULT-VALUE})")
  PointRule rule;

  @Option(names = "--title", paramLabel = "TITLE",
      description = "the title of the HTML or Markdown report (default: the file's name)")
  Optional<String> title;

  @Mixin
  Options.Reading reading;

  /** The phasing CSV and the reports show: the one asked for, else over the plan's own years. */
  private static Phasing shown(SavingsPlan plan, Optional<Phasing> asked) {
    return asked.orElseGet(() -> {
      List<Year> span = span(plan);
      return plan.phasing(span.get(0), span.get(1));
    });
  }

  @Override
  int run() throws Exception {
    Optional<Target> goal = target();
    SavingsPlan plan = taken(SavingsCsv.read(readable(file, "measures"), reading.mode()));
    PlanSummary summary = PlanSummary.of(plan, kind, rule);
    Optional<ModelledPlan> modelledPlan = models.map(m -> ModelledPlan.of(plan,
        taken(CalculationModelCsv.read(readable(m, "models"), reading.mode()))));
    Optional<List<ModelledMeasure>> modelled = modelledPlan.map(ModelledPlan::modelComparisons);
    Optional<List<Year>> period = period(plan, goal);
    Optional<Phasing> phasing = period.map(p -> plan.phasing(p.get(0), p.get(1)));
    Optional<TargetComparison> against = goal.flatMap(t -> phasing.map(p -> TargetComparison.of(p, t, line)));
    switch (format()) {
      case TEXT -> {
        print(SavingsText.measures(summary));
        modelled.ifPresent(m -> {
          out().println();
          print(SavingsText.modelComparisons(m));
        });
        phasing.ifPresent(p -> {
          out().println();
          print(goal.map(t -> SavingsText.phasing(p, t, line, rule)).orElseGet(() -> SavingsText.phasing(p, rule)));
        });
      }
      case JSON -> json(new Json(summary, modelled, phasing, against));
      case CSV -> csv(TidyCsv.of(shown(plan, phasing)));
      case MARKDOWN, HTML -> {
        SavingsReport report = SavingsReport.of(title.orElse(file.getFileName().toString()), shown(plan, phasing), line, rule,
            inputs());
        report = goal.map(report::withTarget).orElse(report);
        report = modelledPlan.map(report::withModels).orElse(report);
        print(format() == Format.HTML ? report.html() : report.markdown());
      }
      default -> throw unavailable();
    }
    boolean claimsHold = modelled.orElse(List.of()).stream()
        .noneMatch(m -> m.comparison().verdict() == Comparison.Verdict.DIFFERS);
    boolean covered = against.map(c -> c.rows().stream().allMatch(r -> r.coverage() == Coverage.COVERED)).orElse(true);
    return outcome(claimsHold && covered);
  }

  private Optional<Target> target() {
    if (target.isEmpty()) {
      return Optional.empty();
    }
    Map<Year, Amount> perYear = new LinkedHashMap<>();
    target.forEach((year, euros) -> perYear.put(Year.of(year), amount("--target " + year + "=", euros)));
    return Optional.of(Target.of(perYear));
  }

  /** The first and last year to phase: as given, else the plan's first year to the target's last. */
  private Optional<List<Year>> period(SavingsPlan plan, Optional<Target> goal) {
    if (years.isPresent()) {
      Matcher m = YEARS.matcher(years.get());
      if (!m.matches() || Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))) {
        throw new BadInputException("--years " + SociaalDomeinException.quote(years.get())
            + ": expected the first and last year, such as 2022-2025");
      }
      return Optional.of(List.of(Year.parse(m.group(1)), Year.parse(m.group(2))));
    }
    return goal.map(t -> {
      Year last = t.perYear().lastKey();
      Year first = plan.measures().stream().map(Measure::firstYear).min(Year::compareTo).orElse(last);
      return List.of(first.isAfter(last) ? last : first, last);
    });
  }

  /** The years the measures name: the first year of the first to the last of any (its first year where it has no end). */
  private static List<Year> span(SavingsPlan plan) {
    Year first = plan.measures().stream().map(Measure::firstYear).min(Year::compareTo).orElseThrow(
        () -> new BadInputException("The plan has no measure to phase"));
    Year last = plan.measures().stream().map(m -> m.lastYear().filter(y -> !y.equals(Measure.LAST_YEAR))
        .orElse(m.firstYear())).max(Year::compareTo).orElse(first);
    return List.of(first, last);
  }

  /** The files read, for the report's frame. */
  private List<ReportInput> inputs() {
    List<ReportInput> inputs = new ArrayList<>(List.of(ReportInput.of(file)));
    models.ifPresent(m -> inputs.add(ReportInput.of(m)));
    return inputs;
  }

  /** The JSON document: the list's total, and where asked for the claims against their calculations, the phasing and the target. */
  record Json(PlanSummary summary, Optional<List<ModelledMeasure>> models, Optional<Phasing> phasing,
      Optional<TargetComparison> target) {}
}
