// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import java.util.Optional;

/**
 * One dimension's codes in the store: a byte or a short column, and where in each value the code
 * sits (a shift and a mask, for the packed characteristics). Resolved once per query so the loops
 * over rows hold no switch.
 */
final class Column {

  private final byte[] bytes;
  private final short[] shorts;
  private final int shift;
  private final int mask;

  private Column(byte[] bytes, short[] shorts, int shift, int mask) {
    this.bytes = bytes;
    this.shorts = shorts;
    this.shift = shift;
    this.mask = mask;
  }

  static Column ofBytes(byte[] bytes, int shift, int mask) {
    return new Column(bytes, null, shift, mask);
  }

  static Column ofBytes(byte[] bytes) {
    return new Column(bytes, null, 0, 0xFF);
  }

  static Column ofShorts(short[] shorts) {
    return new Column(null, shorts, 0, 0xFFFF);
  }

  /** The byte array of a byte column, to read through a table of its 256 values; empty for a short column. */
  Optional<byte[]> byteArray() {
    return Optional.ofNullable(bytes);
  }

  /** The code held in a byte column's value {@code unsigned} (0 to 255), as {@link #code} reads it. */
  int codeOfByte(int unsigned) {
    return (((byte) unsigned) >>> shift) & mask;
  }

  int code(int r) {
    return ((bytes != null ? bytes[r] : shorts[r]) >>> shift) & mask;
  }

  /** Adds {@code stride} times the code of each row to {@code out}: one column, one tight loop. */
  void addCodes(int r0, int n, int stride, int[] out) {
    if (bytes != null) {
      byte[] col = bytes;
      for (int i = 0; i < n; i++) {
        out[i] += ((col[r0 + i] >>> shift) & mask) * stride;
      }
    } else {
      short[] col = shorts;
      for (int i = 0; i < n; i++) {
        out[i] += ((col[r0 + i] >>> shift) & mask) * stride;
      }
    }
  }

  /** Sets {@code out} to {@code stride} times the code of each row: the first column of a key, with no fill before. */
  void setCodes(int r0, int n, int stride, int[] out) {
    if (bytes != null) {
      byte[] col = bytes;
      for (int i = 0; i < n; i++) {
        out[i] = ((col[r0 + i] >>> shift) & mask) * stride;
      }
    } else {
      short[] col = shorts;
      for (int i = 0; i < n; i++) {
        out[i] = ((col[r0 + i] >>> shift) & mask) * stride;
      }
    }
  }

  /** Sets {@code out} to -1 for each row whose code is not allowed; a branch-free loop per column type. */
  void drop(int r0, int n, boolean[] allowed, int[] out) {
    if (bytes != null) {
      byte[] col = bytes;
      for (int i = 0; i < n; i++) {
        out[i] = allowed[(col[r0 + i] >>> shift) & mask] ? out[i] : -1;
      }
    } else {
      short[] col = shorts;
      for (int i = 0; i < n; i++) {
        out[i] = allowed[(col[r0 + i] >>> shift) & mask] ? out[i] : -1;
      }
    }
  }
}
