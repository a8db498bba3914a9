// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * What reading one source did: every row (a CSV data row, an entry of a JSON list) is either
 * accepted or rejected with at least one {@link Problem}, so {@code rowsRead == accepted +
 * rejected}, always; no row is dropped in silence. A problem of the source as a whole (no
 * header, not valid JSON, a statement that does not build) is a problem without a rejected row.
 *
 * <p>Every problem is counted in {@link #problemCount()}; a reader may keep only the first ones
 * in {@link #problems()}, so that a file wrong throughout does not fill the memory.
 *
 * @param source the file or other source, as named to the reader
 * @param dialect the CSV dialect detected from the header, for a CSV source
 * @param rowsRead rows read
 * @param accepted rows taken
 * @param rejected rows refused
 * @param problemCount all problems found
 * @param problems the first problems found, in the order of the source
 */
public record ReadReport(
    String source, Optional<CsvDialect> dialect, long rowsRead, long accepted, long rejected, long problemCount, List<Problem> problems) {

  /** Checks that the rows read are those accepted plus those rejected, and keeps a copy of the problems. */
  public ReadReport {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(dialect, "dialect");
    problems = List.copyOf(problems);
    if (accepted < 0 || rejected < 0 || rowsRead != accepted + rejected) {
      throw new SociaalDomeinException("Rows read (" + rowsRead + ") must be accepted (" + accepted
          + ") plus rejected (" + rejected + ")");
    }
    if (problemCount < rejected || problemCount < problems.size()) {
      throw new SociaalDomeinException("A report of " + rejected + " rejected rows and " + problems.size()
          + " kept problems cannot count only " + problemCount + " problems");
    }
  }

  /** Whether problems were found beyond those kept in {@link #problems()}. */
  public boolean problemsTruncated() {
    return problemCount > problems.size();
  }

  /** Whether the source was read without a problem. */
  public boolean isClean() {
    return problemCount == 0;
  }

  /** A summary line, then the first ten problems. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("ReadReport[").append(source)
        .append(dialect.map(d -> ", " + d).orElse("")).append(": ").append(rowsRead)
        .append(" rows read, ").append(accepted).append(" accepted, ").append(rejected).append(" rejected, ")
        .append(problemCount).append(problemCount == 1 ? " problem]" : " problems]");
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
