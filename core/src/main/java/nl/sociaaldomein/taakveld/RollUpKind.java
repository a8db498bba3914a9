// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.taakveld;

/** How a code of a newer list relates to the older list it is rolled up into. */
public enum RollUpKind {
  /** The older list has the same code with the same name. */
  IDENTICAL,
  /** The older list has the same code under another name (2023: 6.2 Wijkteams became "Toegang en eerstelijnsvoorzieningen"). */
  RENAMED,
  /**
   * The code is not in the older list, but the newer list puts it below one that is (2023:
   * 6.71a below 6.71).
   */
  PART_OF,
  /**
   * The definitions do not link the code, and the user stated the link with
   * {@link TaakveldMapping#withAssumedLinks}; the roll-up names the user's source.
   */
  ASSUMED,
  /** The definitions do not say which older code holds it; nothing is guessed. */
  UNDETERMINED
}
