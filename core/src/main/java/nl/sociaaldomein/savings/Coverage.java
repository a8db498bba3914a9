// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings;

/** How a plan's interval stands against a target. */
public enum Coverage {
  /** Even the lowest the plan may come to meets the target. */
  COVERED,
  /** The target lies within what the plan may come to: covered at some ends, not at others. */
  POSSIBLY_COVERED,
  /** Even the highest the plan may come to falls short. */
  GAP
}
