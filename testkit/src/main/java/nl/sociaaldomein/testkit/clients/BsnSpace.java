// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.clients;

/**
 * The synthetic number space: the numbers 900000000 to 999999999 that pass the elfproef (about
 * 9.09 million), handed out once each in an order that looks random and depends on the seed.
 *
 * <p>A counter walks the valid numbers in order; each is sent through a keyed permutation of the
 * eight free digits (a six-round Feistel network on two halves of four digits), and where the
 * image fails the elfproef the permutation is applied again until it passes ("cycle walking").
 * Cycle walking restricted to the valid numbers is itself a permutation of them, so no number
 * is handed out twice and every one passes. Nothing is stored per number.
 */
final class BsnSpace {

  static final int BASE = 900_000_000;
  static final int SIZE = 100_000_000;
  private static final int HALF = 10_000;
  private static final int ROUNDS = 6;
  private static final int[] WEIGHTS = {9, 8, 7, 6, 5, 4, 3, 2, -1};

  private final long key;
  private int counter = -1;

  BsnSpace(long seed) {
    this.key = Exact.mix(seed ^ 0x5bd1e9955bd1e995L);
  }

  /** The next number; throws when the space (about 9 million people) is used up. */
  SyntheticBsn next() {
    do {
      counter++;
      if (counter >= SIZE) {
        throw new IllegalStateException("The synthetic BSN space holds about 9 million numbers; this run needs more");
      }
    } while (!valid(counter));
    int image = permute(counter);
    while (!valid(image)) {
      image = permute(image);
    }
    return new SyntheticBsn(BASE + image);
  }

  /** Whether {@code BASE + offset} passes the elfproef. */
  static boolean valid(int offset) {
    int n = BASE + offset;
    int sum = 0;
    for (int i = 8; i >= 0; i--) {
      sum += WEIGHTS[i] * (n % 10);
      n /= 10;
    }
    return sum != 0 && sum % 11 == 0;
  }

  int permute(int x) {
    int left = x / HALF;
    int right = x % HALF;
    for (int round = 0; round < ROUNDS; round++) {
      int f = (int) Math.floorMod(Exact.mix(key + ((long) round << 32) + right), (long) HALF);
      int next = (left + f) % HALF;
      left = right;
      right = next;
    }
    return left * HALF + right;
  }
}
