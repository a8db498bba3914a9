// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io;

/** What a reader does at a problem. */
public enum ReadMode {
  /**
   * Report it and go on: the row (or entry) is rejected, every other row is read, and the
   * result holds the value built from what could be taken together with every problem.
   */
  LENIENT,
  /** Throw a {@link ReadException} at the first problem, with the same place and reason. */
  STRICT
}
