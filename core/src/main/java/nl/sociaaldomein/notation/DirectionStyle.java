// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.notation;

/** How a formatted variance shows whether it is favourable. */
public enum DirectionStyle {
  /** A sign only: {@code -85}. */
  SIGN,
  /** The size and a letter, no sign: {@code 85 N}, {@code 120 V}. */
  LETTER,
  /** Sign and letter, as some statements print: {@code -85 N}, {@code 120 V}. */
  SIGN_AND_LETTER
}
