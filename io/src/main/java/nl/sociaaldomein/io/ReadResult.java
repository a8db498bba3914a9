// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every reader of this library returns: the value it could build, together with the
 * report of what it read and every problem it found.
 *
 * <p>The value is empty only when nothing could be built at all (no header, not valid JSON, a
 * statement whose declarations contradict each other); rejected rows leave it present, built
 * from the rows that were taken. Use {@link #orElseThrow()} where any problem must stop the
 * caller, or read with {@link ReadMode#STRICT} to stop at the first one.
 *
 * @param value what was read
 * @param report rows read, accepted and rejected, and the problems
 * @param <T> the type read
 */
public record ReadResult<T>(Optional<T> value, ReadReport report) {

  /** Checks that no part is missing. */
  public ReadResult {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(report, "report");
  }

  /** The problems kept, in the order of the source. */
  public List<Problem> problems() {
    return report.problems();
  }

  /** Whether the source was read without any problem. */
  public boolean isClean() {
    return report.isClean();
  }

  /**
   * The value, when the source was read without a problem; else throws the first problem as a
   * {@link ReadException}.
   */
  public T orElseThrow() {
    if (!report.problems().isEmpty()) {
      throw report.problems().get(0).toException();
    }
    if (!report.isClean() || value.isEmpty()) {
      throw Problem.of(Location.of(report.source()), report.isClean() ? "nothing was read"
          : report.problemCount() + " problems, none kept").toException();
    }
    return value.get();
  }
}
