// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.notation.FigureFormat;
import nl.sociaaldomein.notation.PercentageFormat;

/**
 * CBS's checks of an Iv3 delivery that the definition files allow to run, each reported with
 * CBS's error code and the message of {@code fouten.json} with its placeholders filled in.
 *
 * <ul>
 *   <li>SF888: the definitions must be those of the delivery's tier and year; when they are not,
 *       that is the only finding, since checking codes against another year's lists says nothing.
 *   <li>DF001 to DF007: every code must be a leaf of its list in the year's definitions (a total
 *       such as {@code 6.} or {@code LR} is not bookable), per section and line, with the JSON
 *       path of the offending key.
 *   <li>Grey cells: the definitions forbid a combination, and {@code fouten.json} has no code of
 *       its own for it. The library reports it as DF002 (the category is not allowed) at the
 *       line's {@code categorie}, naming the taakveld or balance code in {@code <extra>}.
 *   <li>The controles: each applies to the periodes its calculations list (a
 *       {@link Iv3Finding.Kind#NOT_APPLICABLE} finding otherwise). PF001 is evaluated from the
 *       formula of the 2017-2019 files, and for 2020 on, whose files give no formula, from the
 *       2018-2019 formula with the groups LR and FR (an inferred transfer). PF006, PF007 and PF008
 *       compare totals within the library's {@link Iv3Tolerance}. PF002 to PF005 and PF009 are
 *       listed as {@link Iv3Finding.Kind#NOT_INTERPRETED}, with the reason.
 * </ul>
 */
public final class Iv3Checks {

  /**
   * PF001 as the 2018 and 2019 files define it, with the 2020 group codes: the saldo of the
   * current account (LR) against that of the financial account (FR), relative to the total
   * lasten on the current account, at most 1 %. The files of 2020 on give the controle without
   * a formula; this transfer is the library's inference.
   */
  public static final Iv3Control.Formula INFERRED_PF001 = inferredPf001();

  private static final PercentageFormat PERCENT = PercentageFormat.of(2, RoundingMode.HALF_UP);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static final String DATA = "$.data";
  private static final String ROOT = DATA + ".";

  private Iv3Checks() {
  }

  /** Checks {@code delivery} with no tolerance on PF006, PF007 and PF008. */
  public static Iv3Validation check(Iv3Delivery delivery, Iv3Definitions definitions, Iv3ErrorCatalogue catalogue) {
    return check(delivery, definitions, catalogue, Iv3Tolerance.EXACT);
  }

  /**
   * Checks {@code delivery} against the definitions of its year, with the library's tolerance.
   *
   * @throws nl.sociaaldomein.SociaalDomeinException when {@code catalogue} lacks a code a finding
   *     needs (CBS's {@code fouten.json} has them all)
   */
  public static Iv3Validation check(Iv3Delivery delivery, Iv3Definitions definitions, Iv3ErrorCatalogue catalogue,
      Iv3Tolerance tolerance) {
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(definitions, "definitions");
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(tolerance, "tolerance");
    return new Run(delivery, definitions, catalogue, tolerance).run();
  }

  /** One check of one delivery, collecting findings in order. */
  private static final class Run {
    private final Iv3Delivery delivery;
    private final Iv3Definitions definitions;
    private final Iv3ErrorCatalogue catalogue;
    private final Iv3Tolerance tolerance;
    private final List<Iv3Finding> findings = new ArrayList<>();

    Run(Iv3Delivery delivery, Iv3Definitions definitions, Iv3ErrorCatalogue catalogue, Iv3Tolerance tolerance) {
      this.delivery = delivery;
      this.definitions = definitions;
      this.catalogue = catalogue;
      this.tolerance = tolerance;
    }

    Iv3Validation run() {
      if (!definitions.appliesTo(delivery.metadata())) {
        String file = Iv3Definitions.fileName(delivery.metadata().overheidslaag(), delivery.metadata().boekjaar());
        error("SF888", "$.metadata", Map.of("fout", file), List.of(file, definitions.fileName()));
        return new Iv3Validation(findings);
      }
      codes();
      controles();
      return new Iv3Validation(findings);
    }

    // ---------------------------------------------------------------------------------------
    // Codes

    private void codes() {
      bookingCodes(Iv3Section.LASTEN, "taakveld", "DF001");
      bookingCodes(Iv3Section.BATEN, "taakveld", "DF001");
      bookingCodes(Iv3Section.BALANS_LASTEN, "balanscode", "DF003");
      bookingCodes(Iv3Section.BALANS_BATEN, "balanscode", "DF003");
      bookingCodes(Iv3Section.BALANS_STANDEN, "balanscode", "DF003");
      figureCodes(Iv3Section.KENGETALLEN, "kengetal", "DF005");
      figureCodes(Iv3Section.BELEIDSINDICATOREN, "beleidsindicator", "DF006");
    }

    private void bookingCodes(Iv3Section section, String codeKey, String codeFout) {
      Iv3CodeList codes = definitions.codes(section);
      boolean positions = section == Iv3Section.BALANS_STANDEN;
      Iv3CodeList dimensions = positions ? definitions.standper() : definitions.categories(section);
      String dimensionKey = positions ? "standper" : "categorie";
      String dimensionFout = positions ? "DF004" : "DF002";
      List<Iv3Booking> lines = delivery.bookings(section);
      for (int i = 0; i < lines.size(); i++) {
        Iv3Booking b = lines.get(i);
        String path = ROOT + section.key() + "[" + i + "]";
        String amount = "bedrag " + plain(b.bedrag());
        boolean codeOk = codes.isLeaf(b.code());
        if (!codeOk) {
          unknownCode(codeFout, section, path + "." + codeKey, b.code(), codes, amount);
        }
        boolean dimensionOk = dimensions.isLeaf(b.dimension());
        if (!dimensionOk) {
          unknownCode(dimensionFout, section, path + "." + dimensionKey, b.dimension(), dimensions, amount);
        }
        if (codeOk && dimensionOk && !positions && definitions.isGrey(section, b.code(), b.dimension())) {
          String extra = "(grijze cel: categorie " + b.dimension() + " bij " + codeKey + " " + b.code() + ", "
              + amount + ")";
          error("DF002", path + ".categorie",
              Map.of("onderdeel", section.key(), "fout", b.dimension(), "extra", extra),
              List.of(b.code(), b.dimension()));
        }
      }
    }

    private void figureCodes(Iv3Section section, String codeKey, String codeFout) {
      List<Iv3Figure> lines = delivery.figures(section);
      if (lines.isEmpty()) {
        return;
      }
      if (definitions.codeList(definitions.codes(section).name()).isEmpty()
          || definitions.codeList(Iv3Definitions.VERSLAGPERIODE).isEmpty()) {
        notInterpreted(codeFout, ROOT + section.key(), "the definitions of " + definitions.boekjaar()
            + " have no list of " + section.key() + " or of verslagperiode, so their codes cannot be checked");
        return;
      }
      Iv3CodeList codes = definitions.codes(section);
      Iv3CodeList periods = definitions.verslagperioden();
      for (int i = 0; i < lines.size(); i++) {
        Iv3Figure f = lines.get(i);
        String path = ROOT + section.key() + "[" + i + "]";
        String value = "waarde " + f.waarde();
        if (!codes.isLeaf(f.code())) {
          unknownCode(codeFout, section, path + "." + codeKey, f.code(), codes, value);
        }
        if (!periods.isLeaf(f.verslagperiode())) {
          unknownCode("DF007", section, path + ".verslagperiode", f.verslagperiode(), periods, value);
        }
      }
    }

    private void unknownCode(String foutcode, Iv3Section section, String path, String code, Iv3CodeList list,
        String context) {
      String extra = list.contains(code)
          ? "(" + code + " is een totaal, geen boekbare code; " + context + ")"
          : "(" + context + ")";
      error(foutcode, path, Map.of("onderdeel", section.key(), "fout", code, "extra", extra), List.of(code));
    }

    // ---------------------------------------------------------------------------------------
    // Controles

    private void controles() {
      for (Iv3Control c : definitions.controles()) {
        if (c instanceof Iv3Control.Formula f) {
          // The 2017-2019 files give the controle no periodes and no code; by its meaning it is PF001.
          formula("PF001", f);
        } else if (c instanceof Iv3Control.Listed l) {
          listed(l);
        }
      }
    }

    private void listed(Iv3Control.Listed controle) {
      String code = controle.foutcode();
      int periode = delivery.metadata().periode();
      boolean applies = controle.calculaties().stream().anyMatch(k -> k.periodes().contains(periode));
      if (!applies) {
        List<Integer> periodes = controle.calculaties().stream().flatMap(k -> k.periodes().stream()).distinct()
            .sorted().toList();
        finding(Iv3Finding.Kind.NOT_APPLICABLE, code, omschrijving(code), "$.metadata.periode",
            "not applicable: the controle applies to periode " + periodes + ", the delivery is of periode " + periode,
            List.of(Integer.toString(periode)));
        return;
      }
      switch (code) {
        case "PF001" -> formula(code, INFERRED_PF001);
        case "PF006" -> pf006();
        case "PF007" -> balance(code, definitions.primoStandper(), "primo");
        case "PF008" -> balance(code, definitions.ultimoStandper(), "ultimo");
        case "PF002" -> notInterpreted(code, ROOT + "balans_lasten",
            "the definitions give the financial balance codes but not the share that is measured or its maximum,"
                + " and CBS's texts disagree on the allowed categories (6.1, 7.2 and 7.5 against 6.1 and 7.5);"
                + " the grey cells of these codes already forbid other categories");
        case "PF003" -> notInterpreted(code, ROOT + "balans_standen",
            "the definitions name the balance codes but not the sign of the mutations against the positions,"
                + " the positions of quarters 1 to 4, how the percentage is formed or its maximum");
        case "PF004" -> notInterpreted(code, DATA,
            "the definitions give neither the formula of the settlement categories (7.x) nor its maximum");
        case "PF005" -> notInterpreted(code, DATA,
            "the definitions give the excluded taakvelden but not the share of category 6.1 that is measured"
                + " or its maximum; the grey cells already forbid 6.1 outside 0.5");
        case "PF009" -> notInterpreted(code, DATA,
            "the definitions give neither the value measured on categories 4.3.9 and 4.4.9 nor its maximum");
        default -> notInterpreted(code, "$", "the library does not know controle " + controle.nummer() + " ("
            + code + ")");
      }
    }

    private void formula(String code, Iv3Control.Formula formula) {
      Iv3Formulas.Outcome outcome = Iv3Formulas.evaluate(formula, delivery, definitions);
      String path = DATA;
      if (outcome instanceof Iv3Formulas.ZeroDenominator z) {
        error("PF099", path, Map.of("fout", "een waarde ongelijk aan nul voor " + z.denominator(), "extra", code),
            List.of(code, z.denominator()));
      } else if (outcome instanceof Iv3Formulas.Unreadable u) {
        notInterpreted(code, path, "the controle's formula cannot be evaluated: " + u.reason());
      } else if (outcome instanceof Iv3Formulas.Checked c && !c.passed()) {
        String found = PERCENT.format(c.value().multiply(HUNDRED));
        String allowed = PERCENT.format(c.threshold().multiply(HUNDRED));
        error(code, path, Map.of("fout", found, "goed", allowed),
            List.of(c.value().toPlainString(), c.threshold().toPlainString()));
      }
    }

    private void pf006() {
      List<Iv3Booking> lasten = delivery.bookings(Iv3Section.LASTEN);
      List<Iv3Booking> baten = delivery.bookings(Iv3Section.BATEN);
      if (lasten.isEmpty() && baten.isEmpty()) {
        pf099("PF006", ROOT + "lasten", "lasten en baten");
        return;
      }
      difference("PF006", DATA, total(lasten).subtract(total(baten)));
    }

    private void balance(String code, List<String> standper, String moment) {
      BigDecimal activa = BigDecimal.ZERO;
      BigDecimal passiva = BigDecimal.ZERO;
      boolean any = false;
      Iv3CodeList codes = definitions.balanceCodes();
      Set<String> wanted = Set.copyOf(standper);
      for (Iv3Booking b : delivery.bookings(Iv3Section.BALANS_STANDEN)) {
        if (!wanted.contains(b.dimension())) {
          continue;
        }
        Optional<Iv3BalanceSide> side = codes.isLeaf(b.code()) ? codes.side(b.code()) : Optional.empty();
        if (side.isEmpty()) {
          continue;
        }
        any = true;
        if (side.get() == Iv3BalanceSide.ACTIVA) {
          activa = activa.add(b.bedrag());
        } else {
          passiva = passiva.add(b.bedrag());
        }
      }
      if (!any) {
        pf099(code, ROOT + "balans_standen", "balans_standen met standper " + String.join(" of ", standper)
            + " (" + moment + ")");
        return;
      }
      difference(code, ROOT + "balans_standen", activa.subtract(passiva));
    }

    private void difference(String code, String path, BigDecimal difference) {
      if (!tolerance.allows(difference)) {
        EuroUnit unit = delivery.unit();
        error(code, path, Map.of("fout", figure(difference.abs(), unit), "goed", figure(tolerance.maxDifference(), unit)),
            List.of(difference.toPlainString(), tolerance.maxDifference().toPlainString()));
      }
    }

    private void pf099(String controle, String path, String missing) {
      error("PF099", path, Map.of("fout", missing, "extra", controle), List.of(controle));
    }

    // ---------------------------------------------------------------------------------------
    // Findings

    private String omschrijving(String foutcode) {
      return catalogue.find(foutcode).map(Iv3Error::omschrijving).orElse(foutcode);
    }

    private void error(String foutcode, String path, Map<String, String> placeholders, List<String> values) {
      Iv3Error e = catalogue.get(foutcode);
      finding(Iv3Finding.Kind.ERROR, foutcode, e.omschrijving(), path, catalogue.message(foutcode, placeholders),
          values);
    }

    private void notInterpreted(String foutcode, String path, String reason) {
      finding(Iv3Finding.Kind.NOT_INTERPRETED, foutcode, omschrijving(foutcode), path, "not interpreted: " + reason,
          List.of());
    }

    private void finding(Iv3Finding.Kind kind, String foutcode, String omschrijving, String path, String melding,
        List<String> values) {
      findings.add(new Iv3Finding(kind, foutcode, omschrijving, melding, path, values));
    }
  }

  static BigDecimal total(List<Iv3Booking> bookings) {
    return bookings.stream().map(Iv3Booking::bedrag).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /**
   * {@code value} of the delivery's unit in Dutch notation, in that unit and with the decimals
   * it has (at most to the cent): {@code 1.250}, {@code 0,5}.
   */
  static String figure(BigDecimal value, EuroUnit unit) {
    int decimals = Math.min(Math.max(value.stripTrailingZeros().scale(), 0), unit.exponent() + 2);
    Amount euros = Amount.of(unit.toEuros(value), RoundingMode.HALF_EVEN);
    return FigureFormat.of(unit).withDecimals(decimals).format(euros, RoundingMode.HALF_EVEN);
  }

  private static Iv3Control.Formula inferredPf001() {
    List<Iv3Control.Step> steps = new ArrayList<>();
    String[][] rows = {
        {"Totaal_lasten_taakv_LR", "lasten", "LR", null},
        {"Totaal_lasten_balans_LR", "balans_lasten", "LR", null},
        {"Totaal_lasten_LR", null, null, "Totaal_lasten_taakv_LR + Totaal_lasten_balans_LR"},
        {"Totaal_baten_taakv_LR", "baten", "LR", null},
        {"Totaal_baten_balans_LR", "balans_baten", "LR", null},
        {"Totaal_baten_LR", null, null, "Totaal_baten_taakv_LR + Totaal_baten_balans_LR"},
        {"Emu_saldo_LR", null, null, "Totaal_baten_LR - Totaal_lasten_LR"},
        {"Totaal_lasten_taakv_FR", "lasten", "FR", null},
        {"Totaal_lasten_balans_FR", "balans_lasten", "FR", null},
        {"Totaal_lasten_FR", null, null, "Totaal_lasten_taakv_FR + Totaal_lasten_balans_FR"},
        {"Totaal_baten_taakv_FR", "baten", "FR", null},
        {"Totaal_baten_balans_FR", "balans_baten", "FR", null},
        {"Totaal_baten_FR", null, null, "Totaal_baten_taakv_FR + Totaal_baten_balans_FR"},
        {"Emu_saldo_FR", null, null, "Totaal_lasten_FR - Totaal_baten_FR"},
        {"Absoluut_verschil", null, null, "ABS(Emu_saldo_LR - Emu_saldo_FR)"},
        {"relatief_verschil", null, null, "Absoluut_verschil / Totaal_lasten_LR"},
    };
    int volgnr = 1;
    for (String[] r : rows) {
      Optional<Iv3Control.Selector> selector = r[1] == null ? Optional.empty() : Optional.of(new Iv3Control.Selector(
          Iv3Section.valueOf(r[1].toUpperCase(Locale.ROOT)), r[1].startsWith("balans") ? "Totaal balanscode" : "Totaal taakveld", r[2]));
      steps.add(new Iv3Control.Step(volgnr++, r[0], r[0], selector, Optional.ofNullable(r[3]), Optional.empty()));
    }
    steps.add(new Iv3Control.Step(volgnr, "Waardering controle 01", "Resultaat controle 01", Optional.empty(),
        Optional.of("(relatief_verschil)"), Optional.of("<= 0.01")));
    return new Iv3Control.Formula(1, "Controle 01 (2018-2019 formula, groups LR and FR)", steps);
  }
}
