// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import java.util.Arrays;

/**
 * Long keys to int values in one open-addressing table of primitives: no boxed key or entry per
 * mapping, which a {@code HashMap<Long, Integer>} of a million clients or payment keys costs in
 * time and memory. Guava and Moneta, core's only dependencies, have no primitive map. Any long is
 * a key: the free slot is marked by a value of -1, so values are 0 or more. Not thread-safe.
 */
final class LongIntMap {

  private static final int FREE = -1;

  private long[] keys;
  private int[] values;
  private int size;

  LongIntMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) * 2;
    keys = new long[capacity];
    values = new int[capacity];
    Arrays.fill(values, FREE);
  }

  int size() {
    return size;
  }

  /** The value of {@code key}, or -1 when it has none. */
  int get(long key) {
    int mask = keys.length - 1;
    for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
      int value = values[slot];
      if (value == FREE || keys[slot] == key) {
        return value;
      }
    }
  }

  /** The value of {@code key}; when it has none, {@code value} (0 or more) becomes its value and -1 is returned. */
  int putIfAbsent(long key, int value) {
    int mask = keys.length - 1;
    int slot = slot(key, mask);
    for (int v; (v = values[slot]) != FREE; slot = (slot + 1) & mask) {
      if (keys[slot] == key) {
        return v;
      }
    }
    keys[slot] = key;
    values[slot] = value;
    if (2 * ++size > keys.length) {
      grow();
    }
    return FREE;
  }

  private static int slot(long key, int mask) {
    // Packed keys (client, year, law, provision) differ in few bits: a multiplication folded on
    // itself lets every bit of the key reach the slot.
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    Arrays.fill(values, FREE);
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] != FREE) {
        int slot = slot(oldKeys[i], mask);
        while (values[slot] != FREE) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }

  @Override
  public String toString() {
    return "LongIntMap[" + size + " entries]";
  }
}
