// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.reference;

import static nl.sociaaldomein.testkit.SociaalDomeinAssertions.assertThat;
import static nl.sociaaldomein.testkit.SociaalDomeinAssertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.clients.Pseudonymiser;
import nl.sociaaldomein.io.clients.ClientData;
import nl.sociaaldomein.io.clients.ClientDataReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped answers are the library's answers today: a change of either fails here. Run with
 * {@code -Dtestkit.writeAnswers=true} to write them anew into src/main/resources (then review the diff).
 */
class ReferenceCasesTest {

  @Test
  void everyShippedAnswerIsTheLibrarysAnswerFromTheSeeds() throws IOException {
    Map<String, String> computed = new LinkedHashMap<>();
    for (String name : ReferenceCases.names()) {
      computed.put(name, Seeds.answer(name));
      if (Boolean.getBoolean("testkit.writeAnswers")) {
        Path file = Path.of("src/main/resources" + ReferenceCases.RESOURCES + name + ".csv");
        Files.writeString(file, computed.get(name), StandardCharsets.UTF_8);
      }
    }
    computed.forEach((name, answer) -> assertThat(ReferenceCases.named(name).expected()).as(name).isEqualTo(answer));
  }

  @Test
  void theStatementCasesReconcileAsTheSeedsDo() {
    assertThat(ReferenceCases.named("seed-000-statement").expectedStatement()).reconciles();
    assertThat(ReferenceCases.named("seed-000-statement").expectedStatement().check().checkedCells()).isEqualTo(121);
    assertThat(ReferenceCases.named("seed-002-statement").expectedStatement()).reconciles();
  }

  @Test
  void theQuickscanCaseHoldsTheFiguresOfAnnex5bAsTheDemoPrintsThem() {
    // Jeugdwet 2018: 1.751 clients, € 16.924.704 (DemoTest, docs/generator.md).
    assertThat(ReferenceCases.named("seed-004-quickscan").expected()).contains("Jeugdwet;2018;1.751;27.305;16.924.704");
  }

  @Test
  void theAnnex7CaseHoldsThePrintedGapsWhereTheDocumentIsRight() {
    String expected = ReferenceCases.named("seed-004-annex-7").expected();
    assertThat(expected).contains("-646.765").contains("-4.436.005").contains("-646.354")
        .contains("-2.729.576").doesNotContain("-2.729.575");
  }

  @Test
  void theAnnex8CasesHoldTheCalculationsOfTheDemo() {
    assertThat(ReferenceCases.named("seed-004-annex-8").expected()).contains("W1;Wmo;300.000;267.000;-33.000")
        .contains("J1;Jeugd;200.000;200.000;0");
    assertThat(ReferenceCases.named("seed-004-annex-8-phasing").expected()).contains("2025;totaal;1.750.500;0;0;1.750.500");
  }

  @Test
  void theQuickscanInputReadBackGivesTheCasesTable(@TempDir Path dir) {
    List<Path> files = ReferenceCases.writeQuickscanInput(dir);
    ClientData read = ClientDataReader.readDataset(files.get(0), files.get(1), Pseudonymiser.random(), Set.of());
    assertThat(read.isClean()).isTrue();
    String table = Answers.quickscan(read.dataset());
    ConformanceReport report = Conformance.check(ReferenceCases.named("seed-004-quickscan"), table, "read back");
    assertThat(report.differences()).isEmpty();
    assertThat(ReferenceCases.QUICKSCAN_LEFT_OUT_PROVISION).isEqualTo("Meerkosten");
  }

  @Test
  void anUnknownNameIsRefusedWithTheNamesThereAre() {
    assertThatThrownBy(() -> ReferenceCases.named("seed-001"))
        .isInstanceOf(SociaalDomeinException.class)
        .hasMessageContaining("\"seed-001\"")
        .hasMessageContaining("seed-000-statement, seed-002-statement, seed-004-quickscan");
  }
}
