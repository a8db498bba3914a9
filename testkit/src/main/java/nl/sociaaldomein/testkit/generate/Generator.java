// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.generate;

import java.util.Objects;
import java.util.function.Function;
import org.quicktheories.core.Gen;

/**
 * Test data of one kind, made from a {@link Draws}: usable from QuickTheories as a {@link Gen},
 * which shrinks a failing example toward small values, and from any other framework as a seeded
 * factory ({@code generator.seeded(42).next()}), the same seed giving the same values.
 *
 * @param <T> what it makes
 */
@FunctionalInterface
public interface Generator<T> {

  /** One value made from {@code draws}' choices. */
  T generate(Draws draws);

  /** As a QuickTheories generator, which shrinks every choice toward its target. */
  default Gen<T> gen() {
    return in -> generate(Draws.of(in));
  }

  /** A factory of values from {@code seed}: the same seed, the same values in the same order. */
  default Seeded<T> seeded(long seed) {
    return new Seeded<>(this, seed);
  }

  /** This generator's values turned into others. */
  default <R> Generator<R> map(Function<? super T, ? extends R> f) {
    Objects.requireNonNull(f, "f");
    return draws -> f.apply(generate(draws));
  }
}
