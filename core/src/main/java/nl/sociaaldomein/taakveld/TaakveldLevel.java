// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.taakveld;

/**
 * The three levels of the taakveld hierarchy. The level follows from the shape of the code alone
 * (see {@link TaakveldCode}), so that a code means the same in every catalogue.
 */
public enum TaakveldLevel {
  /** One of the nine functional chapters, {@code 0.} to {@code 8.}. */
  HOOFDTAAKVELD,
  /** A code with one or two digits after the dot: {@code 6.1}, {@code 6.71}, {@code 0.10}. */
  TAAKVELD,
  /**
   * A taakveld code followed by a letter ({@code 6.71a}, the 2023 revision) or a third digit
   * ({@code 6.711}, the 2025 revision).
   */
  SUBTAAKVELD
}
