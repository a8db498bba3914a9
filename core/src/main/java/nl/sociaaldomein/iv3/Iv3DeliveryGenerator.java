// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.statement.Cell;
import nl.sociaaldomein.statement.ColumnRole;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.statement.TaakveldRollup;

/**
 * Makes a delivery of periode 5 that passes every check {@link Iv3Checks} runs against the given
 * definitions: test data for a year when no real delivery may be shipped.
 *
 * <p>It books only leaf codes and no grey cell, and closes as a real year does: lasten and baten
 * on the current account (LR) leave a saldo {@code S > 0}; that saldo is on the financial account
 * as a mutation of category 6.1 on an activa code ({@code A23} where it may be used), so PF001
 * holds; a part {@code r} of it is added to a reserve (lasten 0.10 and balans_baten {@code P112},
 * category 7.1) and the rest is the result (lasten 0.11 and balans_baten {@code P114}), so total
 * lasten equal total baten (PF006); and the positions grow by the same amounts, so activa equal
 * passiva at primo and ultimo (PF007, PF008). Kengetallen and beleidsindicatoren are added only
 * when the year's definitions list them. The same definitions and seed give the same delivery.
 */
public final class Iv3DeliveryGenerator {

  private static final String RESERVE_CATEGORY = Iv3TaakveldStatement.RESERVE_CATEGORY;
  /** Overige goederen en diensten. */
  static final String PREFERRED_CATEGORY = "3.8";
  /** Algemene uitkering en overige uitkeringen gemeentefonds. */
  static final String ALGEMENE_UITKERING = "0.7";
  /** Inkomensoverdrachten - Rijk. */
  static final String RIJK_CATEGORY = Iv3TaakveldStatement.RIJK_TRANSFERS_CATEGORY;

  private Iv3DeliveryGenerator() {
  }

  /** A valid delivery for {@code definitions}, the same for the same seed. */
  public static Iv3Delivery generate(Iv3Definitions definitions, long seed) {
    Objects.requireNonNull(definitions, "definitions");
    return new Generation(definitions, new SplittableRandom(seed)).delivery();
  }

  /**
   * The delivery a programme statement implies, closed so that every check {@link Iv3Checks}
   * runs passes. Each line of column {@code role} with a taakveld (its own or its group's, as
   * {@link TaakveldRollup} finds it) becomes one booking in the first statement's unit: an effect
   * on the result below zero as lasten, above zero as baten, both as positive amounts, on category
   * {@value #PREFERRED_CATEGORY} where that cell is not grey, else on the first category of the
   * current account (LR) that is not. Reserve movements go to 0.10 with category 7.1. Lines
   * without a taakveld are left out and listed in the answer. The programme does not cover the
   * whole municipality, so the income it lacks is added on {@value #ALGEMENE_UITKERING} (the
   * algemene uitkering, category {@value #RIJK_CATEGORY}), leaving a surplus of one percent of the
   * lasten, rounded up, and at least one unit, after reserves; the year is then closed as {@link #generate} closes it,
   * with the whole result on 0.11.
   *
   * @throws SociaalDomeinException when {@code statements} is empty, a taakveld is no leaf of the
   *     definitions, or the definitions lack a code the closing needs
   */
  public static Iv3StatementDelivery fromStatements(Iv3Definitions definitions, Collection<Statement> statements,
      ColumnRole role, Iv3Metadata metadata, Iv3Contact contact) {
    Objects.requireNonNull(definitions, "definitions");
    Objects.requireNonNull(statements, "statements");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(contact, "contact");
    if (statements.isEmpty()) {
      throw new SociaalDomeinException("statements", Optional.empty(), "is empty: a delivery needs a unit and lines");
    }
    // The generation draws nothing at random here; the seed only satisfies its constructor.
    return new Generation(definitions, new SplittableRandom(0)).fromStatements(statements, role, metadata, contact);
  }

  /** One generation, with its random source. */
  private static final class Generation {
    private final Iv3Definitions definitions;
    private final SplittableRandom random;
    private final List<Iv3Booking> bookings = new ArrayList<>();

    Generation(Iv3Definitions definitions, SplittableRandom random) {
      this.definitions = definitions;
      this.random = random;
    }

    Iv3Delivery delivery() {
      List<String> taakvelden = definitions.taakvelden().leafCodes().stream()
          .filter(c -> !c.equals(Iv3TaakveldStatement.RESERVES.toString())
              && !c.equals(Iv3TaakveldStatement.RESULT.toString()))
          .toList();
      Map<List<String>, BigDecimal> lasten = current(Iv3Section.LASTEN, taakvelden, 2 + random.nextInt(7));
      Map<List<String>, BigDecimal> baten = current(Iv3Section.BATEN, taakvelden, 1 + random.nextInt(6));
      BigDecimal totalLasten = sum(lasten);
      BigDecimal saldo = sum(baten).subtract(totalLasten);
      if (saldo.signum() <= 0) {
        // Close the current account with a surplus: raise one baten line by the shortfall and a margin.
        List<String> cell = List.copyOf(baten.keySet()).get(random.nextInt(baten.size()));
        baten.merge(cell, saldo.negate().add(amount(1, 1_000)), BigDecimal::add);
        saldo = sum(baten).subtract(totalLasten);
      }
      lasten.forEach((cell, bedrag) -> book(Iv3Section.LASTEN, cell.get(0), cell.get(1), bedrag));
      baten.forEach((cell, bedrag) -> book(Iv3Section.BATEN, cell.get(0), cell.get(1), bedrag));

      BigDecimal storting = BigDecimal.valueOf(random.nextLong(saldo.longValueExact() + 1));
      bookIfNonZero(Iv3Section.LASTEN, allowedTaakveld(Iv3Section.LASTEN, Iv3TaakveldStatement.RESERVES.toString()),
          storting);
      close(saldo, storting, amount(0, 100_000));

      int boekjaar = definitions.boekjaar();
      Iv3Metadata metadata = new Iv3Metadata(definitions.overheidslaag(), String.format("%04d", 1 + random.nextInt(1999)),
          "Voorbeeldgemeente", boekjaar, 5, Iv3Status.REALISATIE,
          OffsetDateTime.of(boekjaar + 1, 6, 30, 12, 0, 0, 0, ZoneOffset.ofHours(2)), false,
          "Voorbeeldpakket 1.0", "sociaaldomein Iv3DeliveryGenerator");
      Iv3Contact contact = new Iv3Contact("Piet Afzender", "p.afzender@gemeente.nl", "0612345678");
      return new Iv3Delivery(metadata, contact, bookings, figures(), List.of(), EuroUnit.THOUSANDS);
    }

    Iv3StatementDelivery fromStatements(Collection<Statement> statements, ColumnRole role, Iv3Metadata metadata,
        Iv3Contact contact) {
      EuroUnit unit = statements.iterator().next().unit();
      List<Cell> unassigned = new ArrayList<>();
      BigDecimal lasten = BigDecimal.ZERO;
      BigDecimal saldo = BigDecimal.ZERO;
      BigDecimal reserveMutation = BigDecimal.ZERO;
      for (TaakveldRollup.Assignment a : TaakveldRollup.assignments(statements, role)) {
        if (a.taakveld().isEmpty()) {
          unassigned.add(a.cell());
          continue;
        }
        BigDecimal exact = unit.fromEuros(a.effect().nominal());
        if (exact.signum() == 0) {
          continue;
        }
        // A line that rounds to 0 is still booked (as 0): left out, its amount would be in the
        // statement but in no booking, and the reconciliation's bound (half a unit per booking)
        // would not cover it.
        BigDecimal effect = exact.setScale(0, RoundingMode.HALF_UP);
        Iv3Section section = exact.signum() < 0 ? Iv3Section.LASTEN : Iv3Section.BATEN;
        String taakveld = a.taakveld().get().toString();
        if (a.kind().isReserveMovement()) {
          book(section, taakveld, allowedTaakveld(section, taakveld).get(1), effect.abs());
          reserveMutation = reserveMutation.subtract(effect);
          continue;
        }
        book(section, taakveld, currentCategory(section, taakveld, a.cell()), effect.abs());
        saldo = saldo.add(effect);
        if (section == Iv3Section.LASTEN) {
          lasten = lasten.add(effect.negate());
        }
      }
      BigDecimal surplus = lasten.divide(BigDecimal.valueOf(100), 0, RoundingMode.UP).max(BigDecimal.ONE);
      BigDecimal lacking = surplus.add(reserveMutation).subtract(saldo);
      if (lacking.signum() > 0) {
        book(Iv3Section.BATEN, allowedCell(Iv3Section.BATEN, ALGEMENE_UITKERING, RIJK_CATEGORY), RIJK_CATEGORY, lacking);
        saldo = saldo.add(lacking);
      }
      close(saldo, reserveMutation, lasten.max(reserveMutation.abs()));
      return new Iv3StatementDelivery(new Iv3Delivery(metadata, contact, bookings, List.of(), List.of(), unit),
          unassigned);
    }

    /** {@value #PREFERRED_CATEGORY} where it may be booked on {@code taakveld}, else the first current-account category that may. */
    private String currentCategory(Iv3Section section, String taakveld, Cell cell) {
      if (!definitions.taakvelden().isLeaf(taakveld)) {
        throw new SociaalDomeinException(cell.toString(), Optional.of(taakveld),
            "is no taakveld to book on in the definitions " + definitions.fileName());
      }
      Iv3CodeList categories = definitions.categories(section);
      if (categories.isLeaf(PREFERRED_CATEGORY) && !definitions.isGrey(section, taakveld, PREFERRED_CATEGORY)) {
        return PREFERRED_CATEGORY;
      }
      return categories.leaves().stream().map(Iv3Code::code)
          .filter(c -> categories.group(c).equals(Optional.of(Iv3CategoryGroup.LR)))
          .filter(c -> !definitions.isGrey(section, taakveld, c))
          .findFirst()
          .orElseThrow(() -> missing("a category of the current account (LR) in " + section.key()
              + " that may be booked on taakveld " + taakveld));
    }

    private String allowedCell(Iv3Section section, String taakveld, String categorie) {
      if (!definitions.taakvelden().isLeaf(taakveld) || !definitions.categories(section).isLeaf(categorie)
          || definitions.isGrey(section, taakveld, categorie)) {
        throw missing("taakveld " + taakveld + " with category " + categorie + " in " + section.key());
      }
      return taakveld;
    }

    /**
     * Closes the year on a current account whose saldo is {@code saldo} and whose reserves have
     * already been moved on 0.10 by {@code reserveMutation} (stortingen minus onttrekkingen): the
     * result on 0.11 (a surplus as lasten, a deficit as baten), the saldo as a financial mutation,
     * the reserve and the result on the balance sheet, and the positions from {@code opening}.
     */
    void close(BigDecimal saldo, BigDecimal reserveMutation, BigDecimal opening) {
      BigDecimal result = saldo.subtract(reserveMutation);
      String resultTaakveld = Iv3TaakveldStatement.RESULT.toString();
      if (result.signum() >= 0) {
        bookIfNonZero(Iv3Section.LASTEN, allowedTaakveld(Iv3Section.LASTEN, resultTaakveld), result);
      } else {
        book(Iv3Section.BATEN, resultTaakveld, allowedTaakveld(Iv3Section.BATEN, resultTaakveld).get(1), result.negate());
      }

      String financial = definitions.categories(Iv3Section.BALANS_LASTEN).leaves().stream()
          .map(Iv3Code::code)
          .filter(c -> definitions.categories(Iv3Section.BALANS_LASTEN).group(c).equals(Optional.of(Iv3CategoryGroup.FR)))
          .findFirst()
          .orElseThrow(() -> missing("a category of the financial account (FR) in categorie_lasten"));
      String activa = balanceCode(Iv3BalanceSide.ACTIVA, Iv3Section.BALANS_LASTEN, financial, "A23", c -> true);
      String reserve = balanceCode(Iv3BalanceSide.PASSIVA, Iv3Section.BALANS_BATEN, RESERVE_CATEGORY, "P112",
          c -> true);
      String resultCode = balanceCode(Iv3BalanceSide.PASSIVA, Iv3Section.BALANS_BATEN, RESERVE_CATEGORY, "P114",
          c -> !c.equals(reserve));
      book(Iv3Section.BALANS_LASTEN, activa, financial, saldo);
      // A reserve grows in balans_baten and shrinks in balans_lasten, each with a positive amount.
      if (reserveMutation.signum() >= 0) {
        bookIfNonZero(Iv3Section.BALANS_BATEN, List.of(reserve, RESERVE_CATEGORY), reserveMutation);
      } else {
        book(Iv3Section.BALANS_LASTEN, balanceCode(Iv3BalanceSide.PASSIVA, Iv3Section.BALANS_LASTEN, RESERVE_CATEGORY,
            reserve, c -> true), RESERVE_CATEGORY, reserveMutation.negate());
      }
      bookIfNonZero(Iv3Section.BALANS_BATEN, List.of(resultCode, RESERVE_CATEGORY), result);

      String primo = first(definitions.primoStandper(), "a standper of the opening balance (begindatum)");
      String ultimo = first(definitions.ultimoStandper(), "a standper of the closing balance (ultimo)");
      book(Iv3Section.BALANS_STANDEN, activa, primo, opening);
      book(Iv3Section.BALANS_STANDEN, activa, ultimo, opening.add(saldo));
      book(Iv3Section.BALANS_STANDEN, reserve, primo, opening);
      book(Iv3Section.BALANS_STANDEN, reserve, ultimo, opening.add(reserveMutation));
      book(Iv3Section.BALANS_STANDEN, resultCode, primo, BigDecimal.ZERO);
      book(Iv3Section.BALANS_STANDEN, resultCode, ultimo, result);
    }

    /** Up to {@code count} distinct cells of the current account that are not grey, with amounts. */
    private Map<List<String>, BigDecimal> current(Iv3Section section, List<String> taakvelden, int count) {
      Iv3CodeList categories = definitions.categories(section);
      List<String> current = categories.leaves().stream().map(Iv3Code::code)
          .filter(c -> categories.group(c).equals(Optional.of(Iv3CategoryGroup.LR)))
          .toList();
      List<List<String>> cells = new ArrayList<>();
      for (String t : taakvelden) {
        for (String c : current) {
          if (!definitions.isGrey(section, t, c)) {
            cells.add(List.of(t, c));
          }
        }
      }
      if (cells.isEmpty()) {
        throw missing("a taakveld and a category of the current account (LR) in " + section.key()
            + " that is not a grey cell");
      }
      Map<List<String>, BigDecimal> out = new LinkedHashMap<>();
      for (int i = 0; i < count; i++) {
        out.merge(cells.get(random.nextInt(cells.size())), amount(1, 10_000), BigDecimal::add);
      }
      return out;
    }

    List<String> allowedTaakveld(Iv3Section section, String taakveld) {
      if (!definitions.taakvelden().isLeaf(taakveld)
          || !definitions.categories(section).isLeaf(RESERVE_CATEGORY)
          || definitions.isGrey(section, taakveld, RESERVE_CATEGORY)) {
        throw missing("taakveld " + taakveld + " with category " + RESERVE_CATEGORY + " in " + section.key());
      }
      return List.of(taakveld, RESERVE_CATEGORY);
    }

    private String balanceCode(Iv3BalanceSide side, Iv3Section section, String categorie, String preferred,
        Predicate<String> also) {
      Iv3CodeList codes = definitions.balanceCodes();
      if (!definitions.categories(section).isLeaf(categorie)) {
        throw missing("category " + categorie + " in " + section.key());
      }
      List<String> allowed = codes.leaves().stream().map(Iv3Code::code)
          .filter(c -> codes.side(c).equals(Optional.of(side)) && !definitions.isGrey(section, c, categorie))
          .filter(also)
          .toList();
      if (allowed.contains(preferred)) {
        return preferred;
      }
      if (allowed.isEmpty()) {
        throw missing("a balance code on the " + side.name().toLowerCase(java.util.Locale.ROOT) + " side that takes category "
            + categorie + " in " + section.key());
      }
      return allowed.get(0);
    }

    private List<Iv3Figure> figures() {
      List<Iv3Figure> out = new ArrayList<>();
      List<String> periods = definitions.verslagperioden().leafCodes();
      if (periods.isEmpty()) {
        return out;
      }
      String own = "Rek_" + definitions.boekjaar();
      String period = periods.contains(own) ? own : periods.get(0);
      for (Iv3Section section : List.of(Iv3Section.KENGETALLEN, Iv3Section.BELEIDSINDICATOREN)) {
        List<String> codes = definitions.codes(section).leafCodes();
        if (codes.isEmpty()) {
          continue;
        }
        int count = 1 + random.nextInt(Math.min(3, codes.size()));
        for (String code : codes.subList(0, count)) {
          BigDecimal value = BigDecimal.valueOf(random.nextInt(1_000), 1);
          out.add(new Iv3Figure(section, code, period, value.toPlainString()));
        }
      }
      return out;
    }

    private void book(Iv3Section section, String code, String dimension, BigDecimal bedrag) {
      bookings.add(Iv3Booking.of(section, code, dimension, bedrag));
    }

    private void bookIfNonZero(Iv3Section section, List<String> cell, BigDecimal bedrag) {
      if (bedrag.signum() != 0) {
        book(section, cell.get(0), cell.get(1), bedrag);
      }
    }

    private BigDecimal amount(int from, int to) {
      return BigDecimal.valueOf(from + random.nextInt(to - from + 1));
    }

    private static BigDecimal sum(Map<List<String>, BigDecimal> cells) {
      return cells.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private String first(List<String> codes, String what) {
      if (codes.isEmpty()) {
        throw missing(what);
      }
      return codes.get(0);
    }

    private SociaalDomeinException missing(String what) {
      return new SociaalDomeinException(definitions.fileName(), Optional.empty(),
          "the definitions have no " + what + ", which a valid delivery needs");
    }
  }
}
