// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.savings;

import static java.math.RoundingMode.HALF_UP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ReadException;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.savings.ModelledPlan;
import nl.sociaaldomein.savings.SavingsPlan;
import nl.sociaaldomein.savings.model.Annex8Models;
import nl.sociaaldomein.savings.model.CalculationModel;
import nl.sociaaldomein.savings.model.CalculationModels;
import nl.sociaaldomein.savings.model.Comparison.Verdict;
import nl.sociaaldomein.savings.model.Driver;
import nl.sociaaldomein.savings.model.Product;
import nl.sociaaldomein.savings.model.Result;
import nl.sociaaldomein.savings.model.Rounding;
import org.junit.jupiter.api.Test;

class CalculationModelCsvTest {

  static final String MODELS = "seed-004-hoogeveen-bijlage-8-modellen.csv";

  static CalculationModels annex8() {
    ReadResult<CalculationModels> result = read(SavingsFixturesTest.resource(MODELS));
    assertEquals(List.of(), result.problems());
    assertEquals(0, result.report().rejected());
    return result.orElseThrow();
  }

  private static ReadResult<CalculationModels> read(String csv) {
    return CalculationModelCsv.read(new StringReader(csv), "models.csv");
  }

  private static List<String> problems(ReadResult<?> result) {
    return result.problems().stream().map(Problem::toString).collect(Collectors.toList());
  }

  @Test
  void annex8ReadsAsTheModelsBuiltByHand() {
    CalculationModels models = annex8();
    assertEquals(List.of("Beleidsplan Schuldhulpverlening", "Lichte vormen van begeleiding", "Dagontmoeting",
            "Verordeningen en beleidsregels", "Ombuigen naar collectieve voorzieningen", "Sturen vanuit de backoffice"),
        models.models().stream().map(CalculationModel::name).toList());
    assertEquals(Optional.of(Annex8Models.lichteBegeleiding()), models.model("Lichte vormen van begeleiding"));
    assertEquals(Optional.of(Annex8Models.dagontmoeting()), models.model("Dagontmoeting"));
    assertEquals(List.of("P1", "W1", "W2", "J1", "J2", "J3"), List.copyOf(models.byMeasureId().keySet()));
  }

  @Test
  void annex8sClaimsAgainstTheirCalculations() {
    Map<String, CalculationModel> byMeasure = annex8().byMeasureId();
    // Net computed, claimed, verdict: seed 004's "Netto besparing" against its own arithmetic.
    assertEquals(Amount.ofEuros(20_000), byMeasure.get("P1").net());
    assertEquals(Amount.ofEuros(267_000), byMeasure.get("W1").net());
    assertEquals(Amount.ofEuros(116_000), byMeasure.get("W2").net());
    assertEquals(Amount.ofEuros(200_000), byMeasure.get("J1").net());
    assertEquals(Verdict.EQUAL, byMeasure.get("J1").comparison().verdict());
    assertEquals(Amount.ofEuros(30_000), byMeasure.get("J2").net());
    assertEquals(Amount.ofEuros(97_500), byMeasure.get("J3").net());
    assertEquals(Amount.ofEuros(-2_500), byMeasure.get("J3").comparison().difference());
    assertEquals(String.join("\n",
        "1.300 x 10 % x 2.000 x 50 % = € 130.000",
        "950 x 20 % x 3.500 x 10 % = € 66.500, afgerond € 70.000",
        "bruto: € 130.000 + € 70.000 = € 200.000",
        "geclaimd: € 200.000, verschil: € 0"), byMeasure.get("J1").derivation());
  }

  @Test
  void annex8BacksItsMeasuresInThePlanOfTheAnnex() {
    SavingsPlan plan = SavingsFixturesTest.plan("seed-004-hoogeveen-bijlage-8.csv");
    ModelledPlan modelled = ModelledPlan.of(plan, annex8());
    assertEquals(6, modelled.modelled().size());
    // Claimed 1.900.000; the six calculations give 20.000 - 80.000 + 267.000 - 300.000 + 116.000
    // - 100.000 + 200.000 - 200.000 + 30.000 - 100.000 + 97.500 - 100.000 = -149.500 against them.
    assertEquals(Amount.ofEuros(1_900_000), plan.total(nl.sociaaldomein.savings.Kind.STRUCTURAL).low().orElseThrow());
    assertEquals(Amount.ofEuros(1_750_500),
        modelled.computed().total(nl.sociaaldomein.savings.Kind.STRUCTURAL).low().orElseThrow());
  }

  @Test
  void writesWhatReadsBackEqualInBothDialects() {
    CalculationModels models = annex8();
    for (CsvDialect dialect : CsvDialect.values()) {
      String csv = CalculationModelCsv.toCsv(models, dialect);
      ReadResult<CalculationModels> back = read(csv);
      assertEquals(List.of(), problems(back), csv);
      assertEquals(models, back.orElseThrow(), csv);
    }
  }

  @Test
  void writesNumbersAndRoundingsInTheDialectsNotation() {
    CalculationModels one = CalculationModels.of().plus(Annex8Models.lichteBegeleiding(), "W1");
    String dutch = CalculationModelCsv.toCsv(one, CsvDialect.DUTCH_EXCEL);
    assertTrue(dutch.contains("Lichte vormen van begeleiding;euro;prijs per minuut;€ 0,84;;;"), dutch);
    assertTrue(dutch.contains("Lichte vormen van begeleiding;percentage;overhead;21 %;;;"), dutch);
    assertTrue(dutch.contains("Lichte vormen van begeleiding;aantal;cliënten;140;;;stap 2"), dutch);
    assertTrue(dutch.contains(";besparing;besparing 1;stap 1 x weken per jaar;per jaar;1.000 HALF_UP;"), dutch);
    assertTrue(dutch.contains(";kosten;kosten 2;overhead x kosten 1;;1.000 HALF_UP;"), dutch);
    assertTrue(dutch.contains("Lichte vormen van begeleiding;claim;;€ 300.000;;;"), dutch);
    String plain = CalculationModelCsv.toCsv(one, CsvDialect.PLAIN);
    assertTrue(plain.contains("Lichte vormen van begeleiding,euro,prijs per minuut,0.84,,,"), plain);
    assertTrue(plain.contains(",per jaar,1000 HALF_UP,"), plain);
  }

  @Test
  void keepsTheNestingOfTheFormula() {
    CalculationModel nested = CalculationModel.of("Nesting", List.of(
            Result.of(Product.of(Driver.count("a", 2), Product.of(Driver.count("b", 3), Driver.euros("c", "5")))),
            Result.of(Product.of(Driver.count("a", 2), Driver.count("b", 3), Driver.euros("c", "5")))),
        List.of(), Amount.ofEuros(60));
    String csv = CalculationModelCsv.toCsv(CalculationModels.of(nested), CsvDialect.PLAIN);
    assertTrue(csv.contains("Nesting,besparing,besparing 1,a x (b x c),,,"), csv);
    assertTrue(csv.contains("Nesting,besparing,besparing 2,a x b x c,,,"), csv);
    assertEquals(CalculationModels.of(nested), read(csv).orElseThrow());
    assertEquals(nested.gains().get(0), read("model,item,name,value,label,rounding,in step\n"
        + "Nesting,count,a,2,,,\nNesting,count,b,3,,,\nNesting,euros,c,5,,,\n"
        + "Nesting,gain,,a * ( b × c ),,,\nNesting,claimed,,60,,,\n").orElseThrow().models().get(0).gains().get(0));
  }

  @Test
  void refusesToWriteWhatWouldNotReadBack() {
    CalculationModel times = CalculationModel.of("Times", List.of(
        Result.of(Product.of(Driver.count("a x b", 2), Driver.euros("c", "5")))), List.of(), Amount.ofEuros(10));
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class,
        () -> CalculationModelCsv.toCsv(CalculationModels.of(times), CsvDialect.PLAIN));
    assertTrue(e.getMessage().contains("a x b") && e.getMessage().contains("word x"), e.getMessage());
    CalculationModel twoValues = CalculationModel.of("Two", List.of(
        Result.of(Product.of(Driver.count("n", 2), Driver.count("n", 3), Driver.euros("c", "5")))), List.of(), Amount.ofEuros(30));
    SociaalDomeinException two = assertThrows(SociaalDomeinException.class,
        () -> CalculationModelCsv.toCsv(CalculationModels.of(twoValues), CsvDialect.PLAIN));
    assertTrue(two.getMessage().contains("\"n\""), two.getMessage());
  }

  private static final String HEAD = "model;item;name;value;label;rounding;in step\n";

  @Test
  void aWrongRowRefusesItsModelAtItsLineAndCellAndTheOtherModelsAreRead() {
    ReadResult<CalculationModels> result = read(HEAD
        + "Goed;aantal;n;5;;;\n"
        + "Goed;euro;prijs;€ 4.000;;;\n"
        + "Goed;besparing;;n x prijs;;;\n"
        + "Goed;claim;;€ 20.000;;;\n"
        + "Fout;aantal;n;vijf;;;\n"
        + "Fout;besparing;;n x prijs;;;\n"
        + "Fout;claim;;€ 20.000;;;\n");
    assertEquals(List.of("Goed"), result.value().orElseThrow().models().stream().map(CalculationModel::name).toList());
    assertEquals(4, result.report().accepted());
    assertEquals(3, result.report().rejected());
    List<String> problems = problems(result);
    assertTrue(problems.get(0).startsWith("models.csv, line 6, column \"value\": \"vijf\""), problems.get(0));
    assertEquals(List.of(
        "models.csv, line 7: not read: the model \"Fout\" is refused at line 6",
        "models.csv, line 8: not read: the model \"Fout\" is refused at line 6"), problems.subList(1, 3));
  }

  @Test
  void aFormulaNamingWhatTheModelLacksRefusesTheModelAtTheFormula() {
    ReadResult<CalculationModels> result = read(HEAD
        + "M;aantal;n;5;;;\n"
        + "M;besparing;;n x prijs per stuk;;;\n"
        + "M;claim;;€ 20.000;;;\n");
    assertEquals(List.of(), result.value().orElseThrow().models());
    assertEquals(3, result.report().rejected());
    assertEquals("models.csv, line 3, column \"value\": \"n x prijs per stuk\": the model has no driver or step "
        + "called \"prijs per stuk\"", problems(result).get(0));
  }

  @Test
  void reportsEachModelFaultAtItsRow() {
    assertEquals("models.csv, line 2, column \"value\": \"n x (n\": at the end: expected ) to close the ( at character 5",
        problems(read(HEAD + "M;besparing;;n x (n;;;\n")).get(0));
    assertEquals("models.csv, line 2, column \"value\": \"b\": the formula uses itself, through the steps it names",
        problems(read(HEAD + "M;stap;a;b;;;\nM;stap;b;a;;;\nM;besparing;;a;;;\nM;claim;;€ 1;;;\n")).get(0));
    assertEquals("models.csv, line 3, column \"name\": \"ongebruikt\": no formula of the model uses this aantal",
        problems(read(HEAD + "M;euro;p;€ 5;;;\nM;aantal;ongebruikt;3;;;\nM;besparing;;p;;;\nM;claim;;€ 5;;;\n")).get(0));
    assertEquals("models.csv, line 2, column \"model\": \"M\": a model needs a claim row: the net saving the document claims",
        problems(read(HEAD + "M;euro;p;€ 5;;;\nM;besparing;;p;;;\n")).get(0));
    assertEquals("models.csv, line 3, column \"value\": \"n x m\": is not an amount of euros",
        problems(read(HEAD + "M;aantal;n;5;;;\nM;besparing;;n x m;;;\nM;aantal;m;2;;;\nM;claim;;€ 5;;;\n")).get(0)
            .replaceAll("result .*?: ", ""));
    assertEquals("models.csv, line 3, column \"in step\": \"elders\": the model has no step, gain or cost of this name",
        problems(read(HEAD + "M;euro;p;€ 5;;;\nM;euro;p;€ 6;;;elders\nM;besparing;;p;;;\nM;claim;;€ 5;;;\n")).get(0));
    assertEquals("models.csv, line 3, column \"name\": \"p\": the driver is given at line 2; a driver has one number per step",
        problems(read(HEAD + "M;euro;p;€ 5;;;\nM;euro;p;€ 6;;;\nM;besparing;;p;;;\nM;claim;;€ 5;;;\n")).get(0));
    assertEquals("models.csv, line 2, column \"rounding\": \"1.000\": a rounding is a step and a rounding mode, such as 1.000 HALF_UP",
        problems(read(HEAD + "M;besparing;;p;;1.000;\n")).get(0));
    assertEquals("models.csv, line 2, column \"item\": \"schatting\": the item is one of aantal, percentage, euro, minuten, "
        + "uren, weken, fte, getal, stap, besparing, kosten, claim, tolerantie, maatregel (or their English names)",
        problems(read(HEAD + "M;schatting;p;€ 5;;;\n")).get(0));
  }

  @Test
  void strictModeThrowsAtTheFirstProblem() {
    ReadException e = assertThrows(ReadException.class, () -> CalculationModelCsv.read(
        new StringReader(HEAD + "M;aantal;n;vijf;;;\n"), "models.csv", ReadMode.STRICT));
    assertTrue(e.getMessage().startsWith("models.csv, line 2, column \"value\": \"vijf\""), e.getMessage());
  }

  @Test
  void aRoundingAppliesWhereTheRowStatesIt() {
    CalculationModels read = read(HEAD + "M;aantal;n;7;;;\nM;euro;p;€ 1.234,56;;;\n"
        + "M;besparing;;n x p;per jaar;100 HALF_UP;\nM;claim;;€ 8.600;;;\nM;tolerantie;;€ 100;;;\n").orElseThrow();
    CalculationModel model = read.models().get(0);
    assertEquals(Result.of(Product.of(Driver.count("n", 7), Driver.euros("p", "1234.56"))).withLabel("per jaar")
        .roundedTo(Rounding.toNearest(100, HALF_UP)), model.gains().get(0));
    assertEquals(Amount.ofEuros(8_600), model.net());
    assertEquals(Amount.ofEuros(100), model.tolerance());
  }
}
