// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * The bookkeeping every reader of this library shares: counts rows and problems, keeps the
 * first problems, and in {@link ReadMode#STRICT} throws at the first. Not thread-safe: one log
 * serves one read.
 */
public final class ProblemLog {

  /** Problems kept in a report unless a reader is told otherwise; all are counted. */
  public static final int DEFAULT_MAX_KEPT = 1_000;

  private final String source;
  private final ReadMode mode;
  private final int maxKept;
  private final List<Problem> kept = new ArrayList<>();
  private long count;
  private long accepted;
  private long rejected;
  private Optional<CsvDialect> dialect = Optional.empty();

  /** A log for reading {@code source} in {@code mode}, keeping the first {@code maxKept} problems. */
  public ProblemLog(String source, ReadMode mode, int maxKept) {
    this.source = Objects.requireNonNull(source, "source");
    this.mode = Objects.requireNonNull(mode, "mode");
    if (maxKept < 0) {
      throw new SociaalDomeinException("The problems kept cannot be negative: " + maxKept);
    }
    this.maxKept = maxKept;
  }

  /** A log keeping {@link #DEFAULT_MAX_KEPT} problems. */
  public ProblemLog(String source, ReadMode mode) {
    this(source, mode, DEFAULT_MAX_KEPT);
  }

  /** The name of what is read, as problems name it. */
  public String source() {
    return source;
  }

  /** Records {@code problem}; in strict mode throws it instead. */
  public void add(Problem problem) {
    add(problem, null);
  }

  /** Records {@code problem}, caused by {@code cause}; in strict mode throws it instead. */
  public void add(Problem problem, Throwable cause) {
    Objects.requireNonNull(problem, "problem");
    if (mode == ReadMode.STRICT) {
      throw new ReadException(problem, cause);
    }
    count++;
    if (kept.size() < maxKept) {
      kept.add(problem);
    }
  }

  /** Records the dialect a CSV reader detected, for the report. */
  public void dialect(CsvDialect detected) {
    dialect = Optional.of(detected);
  }

  /** Counts a row taken. */
  public void accept() {
    accepted++;
  }

  /** Refuses a row for {@code problem}: records it (or throws it in strict mode) and counts the row. */
  public void reject(Problem problem) {
    add(problem);
    rejected++;
  }

  /** Counts a row refused; its problems are added on their own. */
  public void reject() {
    rejected++;
  }

  /** All problems so far, kept or not. */
  public long problemCount() {
    return count;
  }

  /** The rows accepted so far. */
  public long accepted() {
    return accepted;
  }

  /** The rows rejected so far, for a problem in them. */
  public long rejected() {
    return rejected;
  }

  /** The report of the read so far. */
  public ReadReport report() {
    return new ReadReport(source, dialect, accepted + rejected, accepted, rejected, count, kept);
  }

  /** {@code value} with the report of the read: the result every reader returns. */
  public <T> ReadResult<T> result(Optional<T> value) {
    return new ReadResult<>(value, report());
  }
}
