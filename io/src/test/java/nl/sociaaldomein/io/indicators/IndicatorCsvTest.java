// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.indicators.Basis;
import nl.sociaaldomein.indicators.Indicator;
import nl.sociaaldomein.indicators.IndicatorFixtures;
import nl.sociaaldomein.indicators.IndicatorSeries;
import nl.sociaaldomein.indicators.IndicatorTable;
import nl.sociaaldomein.indicators.IndicatorUnit;
import nl.sociaaldomein.indicators.IndicatorValue;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ReadException;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.io.TextInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorCsvTest {

  static final String SEED_000 = "seed-000-meppel-2022.csv";
  static final List<String> SEED_002 = List.of(
      "seed-002-twenterand-2022-sociale-zaken.csv",
      "seed-002-twenterand-2022-maatschappelijke-ondersteuning.csv",
      "seed-002-twenterand-2022-gezondheidszorg.csv",
      "seed-002-twenterand-2022-onderwijs.csv",
      "seed-002-twenterand-2022-jeugd.csv");

  private static final IndicatorValue NOT_YET_KNOWN = IndicatorValue.notYetKnown();

  static String resource(String name) {
    try (InputStream in = IndicatorCsvTest.class.getResourceAsStream("/indicators/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The seed's table, read with every row accepted and no problem. */
  static IndicatorTable seed(String name) {
    ReadResult<IndicatorTable> result = IndicatorCsv.read(new StringReader(resource(name)), name);
    assertEquals(List.of(), result.problems());
    assertEquals(0, result.report().rejected());
    assertEquals(Optional.of(CsvDialect.DUTCH_EXCEL), result.report().dialect());
    return result.orElseThrow();
  }

  private static ReadResult<IndicatorTable> read(String csv) {
    return IndicatorCsv.read(new StringReader(csv), "t.csv");
  }

  private static IndicatorValue n(String plain) {
    return IndicatorValue.of(new BigDecimal(plain));
  }

  private static IndicatorValue p(String percent) {
    return IndicatorValue.ofPercent(new BigDecimal(percent));
  }

  private static IndicatorSeries row(String name, String unit, IndicatorValue... from2019) {
    Map<Year, IndicatorValue> values = new LinkedHashMap<>();
    for (int i = 0; i < from2019.length; i++) {
      values.put(Year.of(2019 + i), from2019[i]);
    }
    return IndicatorSeries.of(Indicator.of(name, unit), values);
  }

  @Test
  void seed000sTenIndicatorsReadCellForCell() {
    IndicatorTable table = seed(SEED_000);
    assertEquals("Indicator", table.heading());
    assertEquals(List.of(Year.of(2019), Year.of(2020), Year.of(2021), Year.of(2022)), table.years());
    assertEquals(List.of(
        row("Banen", "per 1.000 inwoners van 15-64 jaar", n("906.5"), n("896.7"), n("906.4"), NOT_YET_KNOWN),
        row("Netto arbeidsparticipatie", "%", p("71.3"), p("71.1"), p("71.1"), NOT_YET_KNOWN),
        row("Bijstandsuitkeringen", "per 10.000 inwoners", n("338.5"), n("395.6"), n("354.2"), NOT_YET_KNOWN),
        row("Lopende re-integratievoorzieningen", "per 10.000 inwoners van 15-64 jaar",
            n("369.1"), n("333.8"), NOT_YET_KNOWN, NOT_YET_KNOWN),
        row("% kinderen in uitkeringsgezin", "%", p("5.0"), p("5.0"), p("5.0"), NOT_YET_KNOWN),
        row("% werkloze jongeren", "%", p("2.0"), p("2.0"), p("2.0"), NOT_YET_KNOWN),
        row("Jongeren met jeugdhulp", "% van alle jongeren tot 18 jaar", p("13.1"), p("13.5"), p("14.2"), p("11.9")),
        row("Jongeren met jeugdreclassering", "%", p("0.3"), p("0.4"), p("0.4"), p("0.3")),
        row("Jongeren met jeugdbescherming", "%", p("0.9"), p("0.9"), p("1.0"), p("0.9")),
        row("Wmo-cliënten met een maatwerkarrangement", "per 10.000 inwoners", n("790"), n("790"), n("780"), n("710"))),
        table.series());
    IndicatorSeries jobs = table.series("Banen").orElseThrow();
    assertEquals(IndicatorUnit.Kind.RATE, jobs.kind());
    assertEquals(Optional.of(new BigDecimal("1000")), jobs.indicator().unit().orElseThrow().per());
    assertEquals(Optional.of(new BigDecimal("10000")),
        table.series("Lopende re-integratievoorzieningen").orElseThrow().indicator().unit().orElseThrow().per());
    // None of seed 000's indicators of the sociaal domein is on the Iv3 list.
    assertTrue(table.matchedTo(IndicatorFixtures.beleidsindicatoren()).series().stream()
        .allMatch(s -> s.indicator().iv3Code().isEmpty()));
  }

  @Test
  void aWindows1252ExportReadsWithThatCharsetAndIsRefusedAsUtf8(@TempDir Path dir) throws IOException {
    // Seed 000's table as Excel's plain "CSV" saves it: "Wmo-cliënten" with ë as the one byte 0xEB.
    Path file = dir.resolve(SEED_000);
    Files.write(file, resource(SEED_000).getBytes(TextInput.WINDOWS_1252));
    IndicatorTable expected = seed(SEED_000);
    assertEquals(expected, IndicatorCsv.read(file, TextInput.WINDOWS_1252, ReadMode.STRICT).orElseThrow());
    assertEquals(expected, IndicatorCsv.read(new ByteArrayInputStream(Files.readAllBytes(file)), SEED_000,
        TextInput.WINDOWS_1252, ReadMode.STRICT).orElseThrow());

    ReadResult<IndicatorTable> asUtf8 = IndicatorCsv.read(file, ReadMode.LENIENT);
    assertTrue(asUtf8.value().isEmpty());
    Problem refused = asUtf8.problems().get(0);
    // Line 13, "Wmo-cliënten met een maatwerkarrangement": the ë is its 8th character.
    assertEquals(Location.atCharacter(file.toString(), 13, 8), refused.where());
    assertTrue(refused.why().contains("Windows-1252"), refused.why());
  }

  @Test
  void seed002sMetingenReadWithSourcesGoalsAndFootnotes() {
    List<IndicatorTable> tables = new ArrayList<>();
    SEED_002.forEach(name -> tables.add(seed(name)));
    assertEquals(List.of(14, 6, 5, 4, 14), tables.stream().map(t -> t.series().size()).toList());
    Year y2018 = Year.of(2018);
    Year y2022 = Year.of(2022);

    IndicatorSeries uitkering = tables.get(0).series("Aantal uitkeringsgerechtigden* (participatiewet)").orElseThrow();
    assertEquals(Optional.of("CIV"), uitkering.source());
    assertEquals(Optional.of("Naar vermogen participerende (niet) uitkeringsgerechtigden"), uitkering.goal());
    assertEquals(Optional.of(n("394")), uitkering.value(y2022));
    assertEquals(Optional.of(n("462")), uitkering.value(y2018));
    assertEquals(IndicatorUnit.Kind.COUNT, uitkering.kind());
    IndicatorSeries subsidy = tables.get(0).series("Aantal personen met een loonkostensubsidie (nieuwe indicator 2021)")
        .orElseThrow();
    assertEquals(Optional.of(IndicatorValue.missing()), subsidy.value(y2018));
    assertEquals(Optional.of(n("97")), subsidy.value(Year.of(2020)));
    assertEquals(Optional.of("-"), tables.get(0).series("Beschut werk").orElseThrow().source());
    assertEquals(Optional.of("Sociaal zelfredzame inwoners"), tables.get(0).series("Beschut werk").orElseThrow().goal());

    IndicatorSeries mantelzorgers = tables.get(1).series("Aantal individueel ondersteunde mantelzorgers").orElseThrow();
    assertEquals(Optional.of(new IndicatorValue.Figure(new BigDecimal("306"), Optional.of("*"))),
        mantelzorgers.value(Year.of(2020)));
    assertEquals(Optional.of(new IndicatorValue.Figure(new BigDecimal("203"), Optional.of("*"))), mantelzorgers.value(y2018));
    assertEquals(Optional.of(n("162")), mantelzorgers.value(Year.of(2019)));

    IndicatorSeries hartslag = tables.get(2)
        .series("Minimaal aantal inwoners uit Twenterand die staan ingeschreven op www.hartslagnu.nl").orElseThrow();
    assertEquals(Optional.of(n("1039")), hartslag.value(y2018), "1.039 is one thousand thirty-nine");
    assertEquals(Optional.of(n("1100")), hartslag.value(y2022));
    IndicatorSeries huisverbod = tables.get(2)
        .series("Mate waarin hulpverlening bij tijdelijk huisverbod wordt aangeboden (%)*").orElseThrow();
    assertEquals(IndicatorUnit.Kind.PERCENTAGE, huisverbod.kind());
    assertEquals(Optional.of(p("100")), huisverbod.value(y2018));

    IndicatorSeries vervoer = tables.get(3).series("Aantal leerlingen leerlingenvervoer").orElseThrow();
    assertEquals(Optional.of("Nieuwe indicatoren"), vervoer.goal());
    assertEquals(Optional.empty(), vervoer.value(y2018));
    assertEquals(Optional.empty(), vervoer.source());
    assertEquals(Optional.of(new IndicatorValue.Figure(new BigDecimal("58"), Optional.of("**"))),
        tables.get(3).series("Aantal cursisten aangemeld via Taalpunt").orElseThrow().value(y2022));

    IndicatorTable jeugd = tables.get(4);
    assertEquals("Beleidsindicatoren", jeugd.heading());
    assertEquals(Optional.of(n("514907")), jeugd.series("Aantal Bezoekers website Loes.nl").orElseThrow().value(y2022));
    IndicatorSeries loverboy = jeugd
        .series("er is een regionaal meldpunt loverboyproblematiek / mensenhandel Twente gerealiseerd").orElseThrow();
    assertEquals(Map.of(y2022, IndicatorValue.ofYes(true), Year.of(2021), IndicatorValue.ofYes(true),
        Year.of(2020), IndicatorValue.ofYes(false)), loverboy.values());
    assertEquals(IndicatorUnit.Kind.YES_NO, loverboy.kind());
    IndicatorSeries overzicht = jeugd.series("Een overzicht van vrij toegankelijke voorzieningen per kern.").orElseThrow();
    assertEquals(Optional.of(IndicatorValue.done()), overzicht.value(y2018));
    assertEquals(Optional.empty(), overzicht.source());
  }

  @Test
  void everyBadCellIsAProblemAtItsLineAndColumn() {
    ReadResult<IndicatorTable> result = read("""
        #source;a test
        Indicator;Eenheid;2021;2022;Bron
        Banen;per 1.000 inwoners;906,4;nog niet bekent;CIV
        Bijstand;per 10.000 inwoners;354.20;1,9 miljoen;
        Jeugdhulp;%;14,2%;11,9%;CBS
        ;%;1;2;
        """);
    assertEquals(4, result.report().rowsRead());
    assertEquals(1, result.report().accepted());
    assertEquals(3, result.report().rejected());
    List<Problem> problems = result.problems();
    assertEquals(4, problems.size(), problems::toString);
    assertEquals(Location.atCell("t.csv", 3, "2022"), problems.get(0).where());
    assertEquals(Optional.of("nog niet bekent"), problems.get(0).what());
    assertEquals(Location.atCell("t.csv", 4, "2021"), problems.get(1).where());
    assertEquals(Optional.of("354.20"), problems.get(1).what());
    assertEquals(Location.atCell("t.csv", 4, "2022"), problems.get(2).where());
    assertEquals(Location.atCell("t.csv", 6, "Indicator"), problems.get(3).where());
    assertEquals(List.of("Jeugdhulp"), result.value().orElseThrow().series().stream()
        .map(s -> s.indicator().name()).toList());
  }

  @Test
  void strictModeThrowsTheFirstProblem() {
    String csv = "Indicator;2022\nBanen;906,4\nBijstand;abc\nJeugd;1.5\n";
    ReadException e = assertThrows(ReadException.class,
        () -> IndicatorCsv.read(new StringReader(csv), "t.csv", ReadMode.STRICT));
    assertEquals(read(csv).problems().get(0).toString(), e.getMessage());
    assertTrue(e.getMessage().startsWith("t.csv, line 3, column \"2022\""), e.getMessage());
  }

  @Test
  void aHeaderItCannotReadReadsNothing() {
    ReadResult<IndicatorTable> unknown = read("Indicator;Eenheid;2022;Toelichting\nBanen;%;1%;x\n");
    assertTrue(unknown.value().isEmpty());
    assertEquals(Location.atLine("t.csv", 1), unknown.problems().get(0).where());
    assertEquals(Optional.of("Toelichting"), unknown.problems().get(0).what());
    // Rows below a header that cannot be read are rejected, not skipped.
    assertEquals(1, unknown.report().rejected());
    assertEquals(Location.atLine("t.csv", 2), unknown.problems().get(1).where());
    assertTrue(read("Indicator;2022;2022\nBanen;1;2\n").value().isEmpty());
    assertTrue(read("Indicator;Eenheid;Bron\nBanen;%;CBS\n").value().isEmpty());
    ReadResult<IndicatorTable> empty = read("#source;nothing\n");
    assertTrue(empty.value().isEmpty());
    assertEquals(1, empty.problems().size());
  }

  @Test
  void aRowWithMoreFieldsThanTheHeaderIsRejected() {
    ReadResult<IndicatorTable> result = read("Indicator;2022\nBanen;1;2\nBijstand;3\n");
    assertEquals(1, result.report().rejected());
    assertEquals(Location.atLine("t.csv", 2), result.problems().get(0).where());
  }

  @Test
  void readsComparisonsIv3CodesAndBasesAndWritesThemBack() {
    String csv = """
        Beleidsindicatoren;2023;Nederland 2023;2024;Bron;Iv3;Basis
        Formatie;7,1;6,9;7,2;Begroting;bi.1;Beg
        Overhead;10,1%;;11,3%;Jaarrekening;bi.5;Rek
        """;
    IndicatorTable table = read(csv).orElseThrow();
    IndicatorSeries formatie = table.series("Formatie").orElseThrow();
    assertEquals(Basis.BUDGET, formatie.basis());
    assertEquals(Optional.of(n("6.9")), formatie.comparison(Year.of(2023)));
    assertEquals(Optional.of("bi.1"), formatie.indicator().iv3Code());
    assertEquals(Basis.REALISATION, table.series("Overhead").orElseThrow().basis());
    assertEquals(csv.replace("\n", "\r\n"), IndicatorCsv.toCsv(table, CsvDialect.DUTCH_EXCEL).substring(1));
  }

  @Test
  void seedTablesWriteBackEqualInBothDialects() {
    List<String> all = new ArrayList<>(SEED_002);
    all.add(SEED_000);
    for (String name : all) {
      IndicatorTable table = seed(name);
      for (CsvDialect dialect : CsvDialect.values()) {
        String csv = IndicatorCsv.toCsv(table, dialect);
        assertEquals(table, read(csv).orElseThrow(), csv);
      }
    }
  }

  @Test
  void refusesToWriteWhatWouldNotReadBack() {
    Year y = Year.of(2022);
    IndicatorSeries under = IndicatorSeries.of(Indicator.of("Banen"), Map.of(y, n("1"))).withGoal(Optional.of("Doel"));
    IndicatorSeries loose = IndicatorSeries.of(Indicator.of("Bijstand"), Map.of(y, n("2")));
    assertThrows(SociaalDomeinException.class, () ->
        IndicatorCsv.toCsv(new IndicatorTable("Indicator", List.of(y), List.of(under, loose)), CsvDialect.DUTCH_EXCEL));
    assertThrows(SociaalDomeinException.class, () -> IndicatorCsv.toCsv(new IndicatorTable("Indicator", List.of(y),
        List.of(IndicatorSeries.of(Indicator.of("#Banen"), Map.of(y, n("1"))))), CsvDialect.DUTCH_EXCEL));
  }
}
