// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.notation;

/**
 * How a document prints a negative figure: with the minus before its digits, as most do, or
 * after them, as some municipal tables do ({@code 4.977-}, {@code € 1.234,56-}).
 */
public enum MinusStyle {
  /** The minus before the digits: {@code -4.977}, {@code € -1.234,56}. */
  LEADING,
  /** The minus directly after the last digit: {@code 4.977-}, {@code € 1.234,56-}. */
  TRAILING
}
