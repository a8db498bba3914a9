// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

/**
 * The one place of the bit layout of the byte that holds three characteristics of a row:
 * delivery form (bits 0-1), referrer (bits 2-4) and intensity level (bits 5-7), each 0 when
 * unknown and else its constant's ordinal plus one. The encoder packs with it, the query's
 * columns and the export read with it.
 */
final class PackedTraits {

  static final int FORM_SHIFT = 0;
  static final int FORM_MASK = 3;
  static final int REFERRER_SHIFT = 2;
  static final int REFERRER_MASK = 7;
  static final int LEVEL_SHIFT = 5;
  static final int LEVEL_MASK = 7;

  private PackedTraits() {}

  /** The byte of three codes, each 0 (unknown) or an ordinal plus one, within its mask. */
  static byte pack(int form, int referrer, int level) {
    return (byte) ((form & FORM_MASK) << FORM_SHIFT | (referrer & REFERRER_MASK) << REFERRER_SHIFT
        | (level & LEVEL_MASK) << LEVEL_SHIFT);
  }

  static int form(byte traits) {
    return (traits >>> FORM_SHIFT) & FORM_MASK;
  }

  static int referrer(byte traits) {
    return (traits >>> REFERRER_SHIFT) & REFERRER_MASK;
  }

  static int level(byte traits) {
    return (traits >>> LEVEL_SHIFT) & LEVEL_MASK;
  }
}
