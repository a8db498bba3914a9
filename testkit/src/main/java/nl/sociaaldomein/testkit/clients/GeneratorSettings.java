package nl.sociaaldomein.testkit.clients;

import java.math.BigDecimal;
import java.util.Objects;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * What a generation run depends on: the same settings give exactly the same data.
 *
 * @param seed the seed of every random draw
 * @param scale how many Hoogeveens: 1 gives the quickscan's figures (about 8.000 clients a year
 *     and 384.000 payments over 2018-2020); counts and costs grow linearly with it, providers
 *     with its square root. At least 0.05, at most 500.
 * @param paymentDensityPercent how finely a provision's cost is split into payments: 100 matches
 *     the data annex's payments per client; 50 halves the payments (each twice as large), without
 *     changing any client count or cost. 1 to 1000.
 */
public record GeneratorSettings(long seed, BigDecimal scale, int paymentDensityPercent) {

  /** The default seed: the quickscan's reference date, 1 July 2021. */
  public static final long DEFAULT_SEED = 20_210_701L;
  /** The least scale at which the quickscan's figures still decompose into whole clients. */
  public static final BigDecimal MIN_SCALE = new BigDecimal("0.05");
  /** The most the synthetic BSN space (about 9 million people) comfortably holds. */
  public static final BigDecimal MAX_SCALE = BigDecimal.valueOf(500);

  public GeneratorSettings {
    Objects.requireNonNull(scale, "scale");
    if (scale.compareTo(MIN_SCALE) < 0 || scale.compareTo(MAX_SCALE) > 0) {
      throw new SociaalDomeinException("The scale must be between " + MIN_SCALE + " and " + MAX_SCALE + ", not " + scale.toPlainString());
    }
    if (paymentDensityPercent < 1 || paymentDensityPercent > 1000) {
      throw new SociaalDomeinException("The payment density must be 1 to 1000 percent, not " + paymentDensityPercent);
    }
    scale = scale.stripTrailingZeros();
  }

  /** Hoogeveen at scale 1 with the default seed and payment density 100. */
  public static GeneratorSettings defaults() {
    return new GeneratorSettings(DEFAULT_SEED, BigDecimal.ONE, 100);
  }

  public GeneratorSettings withSeed(long newSeed) {
    return new GeneratorSettings(newSeed, scale, paymentDensityPercent);
  }

  public GeneratorSettings withScale(BigDecimal newScale) {
    return new GeneratorSettings(seed, newScale, paymentDensityPercent);
  }

  /** The scale as a plain decimal, {@code "26"} or {@code "0.5"}. */
  public GeneratorSettings withScale(String newScale) {
    return withScale(new BigDecimal(newScale));
  }

  public GeneratorSettings withPaymentDensityPercent(int percent) {
    return new GeneratorSettings(seed, scale, percent);
  }
}
