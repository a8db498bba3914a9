// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A generator bound to a seed, for frameworks without QuickTheories (JUnit alone, TestNG, Spock):
 * {@link #next()} gives the values one after another, each time the same for the same seed. Not
 * thread-safe; one per test.
 *
 * @param <T> what it makes
 */
public final class Seeded<T> implements Supplier<T> {

  private final Generator<T> generator;
  private final Draws draws;

  Seeded(Generator<T> generator, long seed) {
    this.generator = Objects.requireNonNull(generator, "generator");
    this.draws = Draws.seeded(seed);
  }

  /** The next value. */
  public T next() {
    return generator.generate(draws);
  }

  @Override
  public T get() {
    return next();
  }

  /** The next {@code count} values. */
  public List<T> take(int count) {
    if (count < 0) {
      throw new nl.sociaaldomein.SociaalDomeinException("take", java.util.Optional.of(Integer.toString(count)),
          "a count of values cannot be negative");
    }
    List<T> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(next());
    }
    return List.copyOf(out);
  }
}
