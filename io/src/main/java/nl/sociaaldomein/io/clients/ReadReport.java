package nl.sociaaldomein.io.clients;

import java.util.List;
import java.util.Objects;
import nl.sociaaldomein.io.CsvDialect;

/**
 * What reading one client or payment file did: every data row read is either accepted (handed
 * on as a record) or rejected (with at least one {@link Problem}), so
 * {@code rowsRead == accepted + rejected}, always. Blank lines, and lines of only separators,
 * are not rows.
 *
 * <p>Every problem is counted in {@link #problemCount()}, but only the first ones (1.000 by
 * default, see {@link ClientDataReader#withMaxProblems(int)}) are kept in {@link #problems()},
 * so that a file that is wrong throughout does not fill the memory with its faults.
 *
 * @param source the file or other source, as named to the reader
 * @param file which extract it is
 * @param dialect the dialect detected from the header
 * @param rowsRead data rows read
 * @param accepted rows turned into records
 * @param rejected rows refused
 * @param problemCount all problems found (a rejected row has one or more)
 * @param problems the first problems found, in the order of the file
 */
public record ReadReport(
    String source,
    ClientFile file,
    CsvDialect dialect,
    long rowsRead,
    long accepted,
    long rejected,
    long problemCount,
    List<Problem> problems) {

  public ReadReport {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(dialect, "dialect");
    problems = List.copyOf(problems);
    if (accepted < 0 || rejected < 0 || rowsRead != accepted + rejected) {
      throw new IllegalArgumentException("Rows read (" + rowsRead + ") must be accepted (" + accepted
          + ") plus rejected (" + rejected + ")");
    }
    if (problemCount < rejected || problemCount < problems.size()) {
      throw new IllegalArgumentException("A report of " + rejected + " rejected rows and " + problems.size()
          + " kept problems cannot count only " + problemCount + " problems");
    }
  }

  /** Whether problems were found beyond those kept in {@link #problems()}. */
  public boolean problemsTruncated() {
    return problemCount > problems.size();
  }

  /** Whether every row was accepted. */
  public boolean isClean() {
    return rejected == 0;
  }

  /** A summary line, then the first ten problems. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("ReadReport[").append(source).append(", ").append(file).append(", ")
        .append(dialect).append(": ").append(rowsRead).append(" rows read, ").append(accepted).append(" accepted, ")
        .append(rejected).append(" rejected, ").append(problemCount).append(problemCount == 1 ? " problem]" : " problems]");
    int shown = Math.min(10, problems.size());
    for (int i = 0; i < shown; i++) {
      out.append(System.lineSeparator()).append("  ").append(problems.get(i));
    }
    if (problemCount > shown) {
      out.append(System.lineSeparator()).append("  ... and ").append(problemCount - shown).append(" more");
    }
    return out.toString();
  }
}
