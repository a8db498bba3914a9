package nl.sociaaldomein.testkit.assertions;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.io.statement.StatementCsv;
import nl.sociaaldomein.money.PrintedFigure;
import nl.sociaaldomein.statement.Cell;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.testkit.internal.PrintedCells;
import nl.sociaaldomein.testkit.internal.Words;

/** The checks of text output that strings, files and bytes share; each gives the failure message, if any. */
final class TextChecks {

  private TextChecks() {}

  static Optional<String> bsnFailure(String source, CharSequence text) {
    List<BsnScan.Found> found = BsnScan.find(text);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(source + " holds " + found.size() + " number(s) that pass the elfproef, each possibly a BSN"
        + " (not shown): " + found.stream().map(BsnScan.Found::toString).collect(Collectors.joining("; ")));
  }

  static Optional<String> knownBsnFailure(String source, CharSequence text, Collection<String> bsns) {
    List<BsnScan.Found> found = BsnScan.findAny(text, bsns);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(source + " holds " + found.size() + " of the given BSNs (not shown): "
        + found.stream().map(BsnScan.Found::toString).collect(Collectors.joining("; ")));
  }

  static Optional<String> statementFailure(String source, String csv, Statement expected) {
    ReadResult<Statement> read = StatementCsv.read(new StringReader(csv), source);
    if (read.value().isEmpty() || !read.isClean()) {
      return Optional.of(source + " does not read as a statement CSV: " + read.problems().stream()
          .map(Object::toString).collect(Collectors.joining("; ")));
    }
    Statement actual = read.value().get();
    if (actual.equals(expected)) {
      return Optional.empty();
    }
    List<String> differences = differences(expected, actual);
    if (differences.isEmpty()) {
      differences.add("equal figures, but labels or the minus style differ");
    }
    return Optional.of(source + " reads as a statement other than " + SociaalDomeinException.quote(expected.name())
        + ":" + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", differences));
  }

  /** What differs between two statements, the cells compared by their effect on the result. */
  static List<String> differences(Statement expected, Statement actual) {
    List<String> out = new ArrayList<>();
    compare(out, "name", expected.name(), actual.name());
    compare(out, "unit", expected.unit(), actual.unit());
    compare(out, "convention", expected.convention(), actual.convention());
    compare(out, "columns", expected.columns(), actual.columns());
    compare(out, "groups", expected.groups(), actual.groups());
    if (!out.isEmpty() && !expected.columns().equals(actual.columns())) {
      return out;
    }
    for (Cell cell : PrintedCells.of(expected, actual)) {
      if (!hasColumn(expected, cell) || !hasColumn(actual, cell)) {
        continue;
      }
      Optional<PrintedFigure> e = expected.printedEffect(cell);
      Optional<PrintedFigure> a = actual.printedEffect(cell);
      if (!e.equals(a)) {
        out.add(cell + ": expected " + e.map(Words::printed).orElse("no figure") + ", read "
            + a.map(Words::printed).orElse("no figure") + " (as effects on the result)");
      }
    }
    return out;
  }

  private static boolean hasColumn(Statement s, Cell cell) {
    return s.columns().stream().anyMatch(c -> c.label().equals(cell.column()));
  }

  private static void compare(List<String> out, String what, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      out.add(what + ": expected " + expected + ", read " + actual);
    }
  }
}
