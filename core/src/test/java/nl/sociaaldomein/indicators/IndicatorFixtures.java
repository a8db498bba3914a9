// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.indicators;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.sociaaldomein.iv3.Iv3Code;
import nl.sociaaldomein.iv3.Iv3CodeList;
import nl.sociaaldomein.iv3.Iv3Contact;
import nl.sociaaldomein.iv3.Iv3Definitions;
import nl.sociaaldomein.iv3.Iv3Delivery;
import nl.sociaaldomein.iv3.Iv3Figure;
import nl.sociaaldomein.iv3.Iv3Metadata;
import nl.sociaaldomein.iv3.Iv3Status;
import nl.sociaaldomein.iv3.Overheidslaag;
import nl.sociaaldomein.money.EuroUnit;
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

  /** CBS's definitions of {@code boekjaar} with only the beleidsindicatoren list (none before 2020). */
  public static Iv3Definitions definitions(int boekjaar) {
    return new Iv3Definitions(Overheidslaag.GEMEENTE, boekjaar, "Iv3 Gemeente " + boekjaar,
        boekjaar < 2020 ? List.of() : List.of(beleidsindicatoren()), Set.of(), List.of());
  }

  /** Meppel's (0119) realisation of {@code boekjaar}, holding only {@code figures}. */
  public static Iv3Delivery delivery(int boekjaar, Iv3Figure... figures) {
    Iv3Metadata metadata = new Iv3Metadata(Overheidslaag.GEMEENTE, "0119", "Meppel", boekjaar, 5, Iv3Status.REALISATIE,
        OffsetDateTime.of(boekjaar + 1, 4, 15, 12, 0, 0, 0, ZoneOffset.UTC), true, "pakket", "export");
    return new Iv3Delivery(metadata, new Iv3Contact("Naam", "naam@meppel.nl", "0522000000"), List.of(),
        List.of(figures), List.of(), EuroUnit.THOUSANDS);
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
