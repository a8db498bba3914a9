// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.generate;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import nl.sociaaldomein.SociaalDomeinException;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Where a {@link Generator} takes its choices from: a seeded random source for plain use, or
 * QuickTheories' source, which replays smaller choices when it shrinks a failing example. Every
 * choice names the value it shrinks toward, so a shrunk example is a small, readable one.
 */
public abstract class Draws {

  Draws() {}

  /** Choices from a seeded {@link SplittableRandom}: the same seed gives the same choices. */
  public static Draws seeded(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return new Draws() {
      @Override
      public long between(long min, long max, long shrinkTarget) {
        check(min, max, shrinkTarget);
        if (max < Long.MAX_VALUE) {
          return random.nextLong(min, max + 1);
        }
        return min == Long.MIN_VALUE ? random.nextLong() : random.nextLong(min - 1, max) + 1;
      }
    };
  }

  /** Choices from QuickTheories, which shrinks each toward its target. */
  public static Draws of(RandomnessSource source) {
    Objects.requireNonNull(source, "source");
    return new Draws() {
      @Override
      public long between(long min, long max, long shrinkTarget) {
        check(min, max, shrinkTarget);
        return source.next(Constraint.between(min, max).withShrinkPoint(shrinkTarget));
      }
    };
  }

  private static void check(long min, long max, long shrinkTarget) {
    if (min > max || shrinkTarget < min || shrinkTarget > max) {
      throw new SociaalDomeinException("No choice between " + min + " and " + max + " shrinks toward " + shrinkTarget);
    }
  }

  /** A number from {@code min} to {@code max}, both included, shrinking toward {@code shrinkTarget}. */
  public abstract long between(long min, long max, long shrinkTarget);

  /** A number from {@code min} to {@code max}, shrinking toward the one nearest zero. */
  public long between(long min, long max) {
    return between(min, max, Math.max(min, Math.min(max, 0)));
  }

  /** An int from {@code min} to {@code max}, shrinking toward the one nearest zero. */
  public int intBetween(int min, int max) {
    return (int) between(min, max);
  }

  /** One of {@code choices}, shrinking toward the first. */
  public <E> E pick(List<E> choices) {
    if (choices.isEmpty()) {
      throw new SociaalDomeinException("Nothing to pick from");
    }
    return choices.get((int) between(0, choices.size() - 1L, 0));
  }

  /** True about one time in {@code n}, shrinking toward false. */
  public boolean oneIn(int n) {
    return between(0, n - 1L, n - 1L) == 0;
  }
}
