// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.iv3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.iv3.Iv3Booking;
import nl.sociaaldomein.iv3.Iv3Contact;
import nl.sociaaldomein.iv3.Iv3Delivery;
import nl.sociaaldomein.iv3.Iv3Figure;
import nl.sociaaldomein.iv3.Iv3Metadata;
import nl.sociaaldomein.iv3.Iv3Remark;
import nl.sociaaldomein.iv3.Iv3Section;
import nl.sociaaldomein.iv3.Iv3Status;
import nl.sociaaldomein.iv3.Overheidslaag;
import nl.sociaaldomein.money.EuroUnit;
import org.junit.jupiter.api.Test;

/** Any delivery the schema accepts, written, passes the schema and reads back equal. */
class Iv3DeliveryJsonProperties {

  /** Texts of one line, as the schema's {@code ^(.*)$} asks, with what JSON escapes. */
  private static final List<String> TEXTS = List.of("Meppel", "Súdwest-Fryslân", "\"aanhalingstekens\"", "back\\slash",
      "tab\there", "€ 1.234,56", "x", "1", "", "Geëscaleerde zorg 18+");
  private static final List<String> NAMES = List.of("Piet Afzender", "A", " J. de Vries ", "Anne-Fleur");
  private static final List<String> EMAILS = List.of("p.afzender@gemeente.nl", "fin_adm-1@meppel.nl", "x@[10.0.0.1]");
  private static final List<String> TAAKVELDEN = List.of("0.10", "0.11", "6.1", "6.71a", "6.", "9.9", "Tot_TV");
  private static final List<String> CATEGORIES = List.of("1.1", "3.8", "4.3.1", "7.1", "6.1", "LR");
  private static final List<String> BALANCE = List.of("A23", "P111", "P112", "P114", "A1331c");
  private static final List<String> STANDPER = List.of("1 januari", "ultimo", "31-12-2024", "1-1-2019");
  private static final List<String> DETAILS = List.of("{\"details\":{\"kostenplaats\":\"K1\"}}",
      "{\"omschrijving\":\"Salarissen\"}", "{\"details\":{\"n\":1.50,\"lijst\":[1,\"a\",null,true],\"e\":1E+3}}",
      "{\"details\":{},\"regel\":7}");
  private static final List<ZoneOffset> OFFSETS = List.of(ZoneOffset.UTC, ZoneOffset.ofHours(1), ZoneOffset.ofHours(2),
      ZoneOffset.ofHoursMinutes(-5, -30));

  /** Characters that change what JSON means. */
  private static final String MANGLES = "0a\"{}[],:.-eE ";

  private static <T> T any(Random r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  private static <T extends Enum<T>> T any(Random r, Class<T> type) {
    T[] values = type.getEnumConstants();
    return values[r.nextInt(values.length)];
  }

  /** Up to a trillion, to three decimals or a negative scale ({@code 1E+3}), either sign. */
  private static BigDecimal amount(Random r) {
    long unscaled = r.nextLong() % 1_000_000_000_000L;
    return BigDecimal.valueOf(unscaled, r.nextInt(6) - 2);
  }

  static Iv3Delivery delivery(Random r) {
    OffsetDateTime datum = OffsetDateTime.of(2017 + r.nextInt(11), 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24),
        r.nextInt(60), r.nextInt(60), 0, any(r, OFFSETS));
    Iv3Metadata metadata = new Iv3Metadata(any(r, Overheidslaag.class), String.format("%04d", r.nextInt(10_000)),
        any(r, TEXTS), 2017 + r.nextInt(10), r.nextInt(6), any(r, Iv3Status.class), datum, r.nextBoolean(),
        any(r, TEXTS), any(r, TEXTS));
    Iv3Contact contact = new Iv3Contact(any(r, NAMES), any(r, EMAILS), String.format("06%08d", r.nextInt(100_000_000)));
    List<Iv3Booking> bookings = new ArrayList<>();
    for (Iv3Section s : List.of(Iv3Section.LASTEN, Iv3Section.BATEN, Iv3Section.BALANS_LASTEN, Iv3Section.BALANS_BATEN,
        Iv3Section.BALANS_STANDEN)) {
      boolean balance = s != Iv3Section.LASTEN && s != Iv3Section.BATEN;
      for (int i = r.nextInt(5); i > 0; i--) {
        bookings.add(new Iv3Booking(s, any(r, balance ? BALANCE : TAAKVELDEN),
            any(r, s == Iv3Section.BALANS_STANDEN ? STANDPER : CATEGORIES), amount(r),
            r.nextInt(3) == 0 ? Optional.of(any(r, DETAILS)) : Optional.empty()));
      }
    }
    List<Iv3Figure> figures = new ArrayList<>();
    for (Iv3Section s : List.of(Iv3Section.KENGETALLEN, Iv3Section.BELEIDSINDICATOREN)) {
      String prefix = s == Iv3Section.KENGETALLEN ? "fk." : "bi.";
      for (int i = r.nextInt(4); i > 0; i--) {
        figures.add(new Iv3Figure(s, prefix + (1 + r.nextInt(7)), "Rek_" + metadata.boekjaar(),
            any(r, List.of("35.2", "-1,5", "", "nog niet bekend", "1.039"))));
      }
    }
    List<Iv3Remark> remarks = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      remarks.add(new Iv3Remark(any(r, TEXTS), r.nextBoolean() ? Optional.of(any(r, TEXTS)) : Optional.empty()));
    }
    return new Iv3Delivery(metadata, contact, bookings, figures, remarks, any(r, EuroUnit.class));
  }

  @Test
  void aWrittenDeliveryPassesTheSchemaAndReadsBackEqual() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      Iv3Delivery delivery = delivery(new Random(seed));
      String json = Iv3DeliveryJson.toJson(delivery);
      Iv3DeliveryRead read = Iv3DeliveryJson.read(new StringReader(json), "d.json", delivery.unit(), ReadMode.LENIENT);
      assertTrue(read.isValid(), () -> read.findings() + "\n" + json);
      assertEquals(delivery, read.orElseThrow(), json);
      assertEquals(json, Iv3DeliveryJson.toJson(read.orElseThrow()));
    });
  }

  /**
   * A valid delivery with a few characters deleted, inserted or replaced reads without an
   * exception, with every finding among the problems; what still reads valid writes and reads
   * back the same.
   */
  @Test
  void aMangledDeliveryIsReadWithoutAnExceptionAndWhatReadsWritesBackTheSame() {
    String valid = Iv3DeliveryJsonTest.fixture();
    qt().forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      StringBuilder text = new StringBuilder(valid);
      for (int i = 1 + r.nextInt(4); i > 0; i--) {
        int at = r.nextInt(text.length());
        switch (r.nextInt(3)) {
          case 0 -> text.deleteCharAt(at);
          case 1 -> text.insert(at, any(r, List.of("\"", "1", "-", ".", "e9", "{}", "[]", "null", ",", " ", "x", "1E+999")));
          default -> text.setCharAt(at, MANGLES.charAt(r.nextInt(MANGLES.length())));
        }
      }
      Iv3DeliveryRead read = Iv3DeliveryJson.read(new StringReader(text.toString()), "m.json");
      assertTrue(read.findings().size() <= read.result().report().problemCount(), read.result().report()::toString);
      if (read.isValid()) {
        Iv3Delivery delivery = read.orElseThrow();
        assertEquals(delivery, Iv3DeliveryJson.read(new StringReader(Iv3DeliveryJson.toJson(delivery)), "w.json")
            .orElseThrow());
      }
    });
  }
}
