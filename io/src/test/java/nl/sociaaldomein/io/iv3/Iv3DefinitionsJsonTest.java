// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.iv3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ReadException;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.iv3.GreyCell;
import nl.sociaaldomein.iv3.Iv3Code;
import nl.sociaaldomein.iv3.Iv3CodeList;
import nl.sociaaldomein.iv3.Iv3Control;
import nl.sociaaldomein.iv3.Iv3Definitions;
import nl.sociaaldomein.iv3.Iv3Section;
import nl.sociaaldomein.iv3.Overheidslaag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Iv3DefinitionsJsonTest {

  /** The bookable codes of a list: those no node has as its parent. */
  static Set<String> leaves(Iv3CodeList list) {
    Set<String> parents = list.codes().stream().flatMap(c -> c.parent().stream()).collect(Collectors.toSet());
    Set<String> leaves = new HashSet<>();
    for (Iv3Code c : list.codes()) {
      if (!parents.contains(c.code())) {
        leaves.add(c.code());
      }
    }
    return leaves;
  }

  private static ReadResult<Iv3Definitions> shared(int year) {
    return Iv3DefinitionsJson.read(ShippedIv3Test.shared().resolve("iv3_definities_Gemeente_" + year + ".json"));
  }

  /** Leaf counts per list, from the files (docs/iv3.md): taakveld, categorie_lasten, categorie_baten, balanscode, standper. */
  private static final Map<Integer, List<Integer>> LEAVES = new TreeMap<>(Map.of(
      2017, List.of(53, 35, 37, 61, 2), 2018, List.of(53, 35, 37, 61, 2), 2019, List.of(53, 35, 37, 62, 2),
      2020, List.of(53, 35, 37, 62, 7), 2021, List.of(53, 35, 37, 62, 7), 2022, List.of(53, 35, 37, 62, 7),
      2023, List.of(71, 35, 37, 62, 7), 2024, List.of(71, 35, 37, 62, 7),
      2025, List.of(69, 37, 39, 76, 7), 2026, List.of(69, 37, 39, 76, 7)));

  /** Grey cells per section: lasten, baten, balans_lasten, balans_baten. */
  private static final Map<Integer, List<Integer>> GREY = new TreeMap<>(Map.of(
      2017, List.of(496, 792, 1858, 1947), 2018, List.of(496, 792, 1858, 1947), 2019, List.of(496, 792, 1858, 1947),
      2020, List.of(496, 803, 1891, 2042), 2021, List.of(496, 786, 1872, 2022), 2022, List.of(492, 782, 1872, 2036),
      2023, List.of(849, 1218, 1872, 2036), 2024, List.of(849, 1218, 1872, 2036),
      2025, List.of(784, 1175, 2459, 2653), 2026, List.of(784, 1175, 2459, 2653)));

  @ParameterizedTest
  @ValueSource(ints = {2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026})
  void everyYearReadsWithoutProblemAndHasItsCodesGreyCellsAndControles(int year) {
    ReadResult<Iv3Definitions> read = shared(year);
    assertTrue(read.isClean(), read.report()::toString);
    Iv3Definitions d = read.orElseThrow();
    assertEquals(d, Iv3DefinitionsJson.read(new StringReader(ShippedIv3Test.text(year)), "r").orElseThrow());
    assertEquals(Overheidslaag.GEMEENTE, d.overheidslaag());
    assertEquals(year, d.boekjaar());
    assertEquals(read.report().rowsRead(), read.report().accepted());

    List<String> names = List.of("taakveld", "categorie_lasten", "categorie_baten", "balanscode", "standper");
    for (int i = 0; i < names.size(); i++) {
      assertEquals((int) LEAVES.get(year).get(i), leaves(d.codeList(names.get(i)).orElseThrow()).size(), year + " " + names.get(i));
    }
    for (String later : List.of("kengetallen", "beleidsindicatoren", "verslagperiode")) {
      assertEquals(year < 2020 ? Optional.empty() : Optional.of(Map.of("kengetallen", 6, "beleidsindicatoren", 5,
          "verslagperiode", 8).get(later)), d.codeList(later).map(l -> leaves(l).size()), year + " " + later);
    }
    assertEquals(Optional.empty(), d.codeList("dimensies"));

    List<Iv3Section> sections = List.of(Iv3Section.LASTEN, Iv3Section.BATEN, Iv3Section.BALANS_LASTEN, Iv3Section.BALANS_BATEN);
    for (int i = 0; i < sections.size(); i++) {
      Iv3Section s = sections.get(i);
      assertEquals((long) GREY.get(year).get(i), d.greyCells().stream().filter(c -> c.section() == s).count(), year + " " + s);
    }

    if (year < 2020) {
      assertEquals(1, d.controles().size());
      Iv3Control.Formula f = assertInstanceOf(Iv3Control.Formula.class, d.controles().get(0));
      assertEquals(17, f.steps().size());
      assertEquals(Optional.of("<= 0.01"), f.steps().get(16).check());
      assertEquals(Optional.of("(relatief_verschil)"), f.steps().get(16).formule());
      assertEquals(Optional.of(new Iv3Control.Selector(Iv3Section.LASTEN, "Totaal taakveld", "Lopende Rekening")),
          f.steps().get(0).selector());
    } else {
      assertEquals(List.of("PF001", "PF002", "PF003", "PF004", "PF005", "PF006", "PF007", "PF008", "PF009"),
          d.controles().stream().map(c -> ((Iv3Control.Listed) c).foutcode()).toList());
      Iv3Control.Listed pf005 = (Iv3Control.Listed) d.controles().get(4);
      assertEquals(year == 2020 ? List.of() : List.of("0.5"), pf005.calculaties().get(0).uitgeslotenTaakvelden());
      Iv3Control.Listed pf006 = (Iv3Control.Listed) d.controles().get(5);
      assertEquals(Set.of(0, 5), pf006.calculaties().get(0).periodes());
    }
  }

  @Test
  void namesAreTrimmedParentsKeptAndGroupsWithoutNameHaveAnEmptyOne() {
    Iv3Definitions d2023 = shared(2023).orElseThrow();
    Iv3CodeList taakvelden = d2023.codeList("taakveld").orElseThrow();
    assertTrue(taakvelden.codes().contains(new Iv3Code("6.82a", "Jeugdbescherming", Optional.of("6."))));
    assertEquals(new Iv3Code("Tot_TV", "Totaal taakvelden", Optional.empty()), taakvelden.codes().get(0));
    assertTrue(d2023.greyCells().contains(new GreyCell(Iv3Section.LASTEN, "6.71", "1.1")), "6.71 is closed in 2023");

    Iv3CodeList categories2017 = shared(2017).orElseThrow().codeList("categorie_lasten").orElseThrow();
    assertEquals(new Iv3Code("Lopende Rekening", "", Optional.empty()), categories2017.codes().get(0));
    assertEquals(new Iv3Code("1.1", "Salarissen en sociale lasten", Optional.of("Lopende Rekening")),
        categories2017.codes().get(1));
  }

  private static final String SMALL = """
      {"metadata": {"overheidslaag": "Gemeente", "boekjaar": "2024", "omschrijving": "test"},
       "codelijsten": {"taakveld": {"codelijst": [
         {"code": "6.", "omschrijving": "SOCIAAL DOMEIN", "kleur": "rood", "subcodes": [
           {"code": "6.1", "omschrijving": "Samenkracht "}]}]}},
       "grijze_cellen": {"lasten": [{"taakveld": "6.1", "categorie": "7.1"}, {"taakveld": "6.1"}]},
       "controles": [{"nummer": 1, "foutcode": "PF001", "calculaties": [{"periode": [1, "5"]}]}]}
      """;

  @Test
  void aBadRowIsRejectedAtItsPathAndTheRowsUnderItAreStillRead() {
    ReadResult<Iv3Definitions> read = Iv3DefinitionsJson.read(new StringReader(SMALL), "small.json");
    assertEquals(List.of(
        Problem.of(Location.atPath("small.json", "$.codelijsten.taakveld.codelijst[0].kleur"), "kleur",
            "unknown field; expected [code, omschrijving, subcodes]"),
        Problem.of(Location.atPath("small.json", "$.grijze_cellen.lasten[1].categorie"), "missing"),
        Problem.of(Location.atPath("small.json", "$.controles[0].calculaties[0].periode[1]"), "5",
            "expected a whole number")), read.problems());
    assertEquals(5, read.report().rowsRead());
    assertEquals(3, read.report().rejected());
    Iv3Definitions d = read.value().orElseThrow();
    assertEquals(List.of(new Iv3Code("6.1", "Samenkracht", Optional.of("6."))), d.codeList("taakveld").orElseThrow().codes());
    assertEquals(Set.of(new GreyCell(Iv3Section.LASTEN, "6.1", "7.1")), d.greyCells());
    assertEquals(List.of(), d.controles());
  }

  @Test
  void withoutAYearThereAreNoDefinitionsAndEveryRowIsRejected() {
    ReadResult<Iv3Definitions> read = Iv3DefinitionsJson.read(
        new StringReader(SMALL.replace("\"2024\"", "\"twintig\"")), "small.json");
    assertEquals(Optional.empty(), read.value());
    assertEquals(Problem.of(Location.atPath("small.json", "$.metadata.boekjaar"), "twintig", "expected a four-digit year"),
        read.problems().get(0));
    assertEquals(0, read.report().accepted());
    assertEquals(5, read.report().rejected());
  }

  @Test
  void strictModeThrowsTheFirstProblem() {
    ReadException e = assertThrows(ReadException.class,
        () -> Iv3DefinitionsJson.read(new StringReader(SMALL), "small.json", ReadMode.STRICT));
    assertEquals(Location.atPath("small.json", "$.codelijsten.taakveld.codelijst[0].kleur"), e.problem().where());
  }
}
