package nl.sociaaldomein.indicators;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.iv3.Iv3Code;
import nl.sociaaldomein.iv3.Iv3CodeList;
import org.quicktheories.core.Gen;

/** Test fixtures of indicators, shared with io's tests through core's test jar. */
public final class IndicatorFixtures {

  private IndicatorFixtures() {}

  /**
   * The beleidsindicatoren list of CBS's definitions 2020-2026, as {@code iv3_definities_Gemeente_2024.json}
   * writes it ({@code codelijsten.beleidsindicatoren}).
   */
  public static Iv3CodeList beleidsindicatoren() {
    return new Iv3CodeList(Indicator.IV3_LIST, List.of(
        code("bi.1", "Formatie (Fte per 1.000 inwoners)"),
        code("bi.2", "Bezetting (Fte per 1.000 inwoners)"),
        code("bi.3", "Apparaatskosten (kosten per inwoner)"),
        code("bi.4", "Externe inhuur (kosten inhuur externen als % van totale loonsom + totale kosten inhuur externen)"),
        code("bi.5", "Overhead (% van totale lasten)")));
  }

  private static Iv3Code code(String code, String omschrijving) {
    return new Iv3Code(code, omschrijving, Optional.empty());
  }

  /** Decimals from -10^12 to 10^12 with 0 to 4 decimals, small ones often. */
  public static Gen<BigDecimal> decimals() {
    return longs().between(-1_000_000_000_000_000L, 1_000_000_000_000_000L)
        .mix(longs().between(-2_000, 2_000), 50)
        .zip(integers().between(0, 4), BigDecimal::valueOf);
  }

  /** A footnote marker, or none. */
  public static Gen<Optional<String>> footnotes() {
    return integers().between(0, 3).map(n -> n == 0 ? Optional.<String>empty() : Optional.of("*".repeat(n)));
  }

  /** Values of every state, with and without a footnote marker. */
  public static Gen<IndicatorValue> values() {
    Gen<IndicatorValue> numbers = decimals().zip(booleans().all(),
        (d, percent) -> percent ? IndicatorValue.ofPercent(d) : IndicatorValue.of(d));
    Gen<IndicatorValue> others = integers().between(0, 4).map(i -> switch (i) {
      case 0 -> IndicatorValue.notYetKnown();
      case 1 -> IndicatorValue.missing();
      case 2 -> IndicatorValue.ofYes(true);
      case 3 -> IndicatorValue.ofYes(false);
      default -> IndicatorValue.done();
    });
    return numbers.mix(others, 30).zip(footnotes(), IndicatorValue::withFootnote);
  }

  /** A basis of every kind. */
  public static Gen<Basis> bases() {
    return arbitrary().enumValues(Basis.class);
  }
}
