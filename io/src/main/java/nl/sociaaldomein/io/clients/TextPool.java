// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.clients;

import java.util.Arrays;

/**
 * The texts of a column with few distinct values (provisions, providers), each made a
 * {@code String} once per read and thread: a row then costs no new string, and the dataset's
 * dictionaries find it by a hash the string has kept. Holds at most {@link #MAX} texts; others
 * are made afresh. The text of the previous row is compared first, without hashing, as a
 * client's rows follow each other and mostly repeat it; so a pool serves one column. Not
 * thread-safe.
 */
final class TextPool {

  static final int MAX = 1 << 12;

  private String[] texts = new String[64];
  private int size;
  private String last;
  private char[] lastChars = new char[64];
  private int lastLength = -1;

  String text(char[] chars, int offset, int length) {
    if (length == lastLength && Arrays.equals(chars, offset, offset + length, lastChars, 0, length)) {
      return last;
    }
    String text = pooled(chars, offset, length);
    if (length > lastChars.length) {
      lastChars = new char[Math.max(length, 2 * lastChars.length)];
    }
    System.arraycopy(chars, offset, lastChars, 0, length);
    lastLength = length;
    last = text;
    return text;
  }

  private String pooled(char[] chars, int offset, int length) {
    int hash = 0;
    for (int i = offset; i < offset + length; i++) {
      hash = 31 * hash + chars[i];
    }
    int mask = texts.length - 1;
    int slot = (hash * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(mask);
    for (String text; (text = texts[slot]) != null; slot = (slot + 1) & mask) {
      if (text.hashCode() == hash && equal(text, chars, offset, length)) {
        return text;
      }
    }
    String text = new String(chars, offset, length);
    if (size < MAX) {
      texts[slot] = text;
      size++;
      if (2 * size > texts.length) {
        grow();
      }
    }
    return text;
  }

  private static boolean equal(String text, char[] chars, int offset, int length) {
    if (text.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (text.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private void grow() {
    String[] old = texts;
    texts = new String[old.length * 2];
    int mask = texts.length - 1;
    for (String text : old) {
      if (text != null) {
        int slot = (text.hashCode() * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(mask);
        while (texts[slot] != null) {
          slot = (slot + 1) & mask;
        }
        texts[slot] = text;
      }
    }
  }

  @Override
  public String toString() {
    return "TextPool[" + size + " texts]";
  }
}
