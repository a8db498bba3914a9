package nl.sociaaldomein.io.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.RoundingMode;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.statement.SignConvention;
import nl.sociaaldomein.statement.Statement;
import nl.sociaaldomein.statement.StatementGenerator;
import org.junit.jupiter.api.Test;

class StatementJsonTest {

  @Test
  void theSeedsRoundTrip() {
    for (String name : new String[] {SeedStatementsTest.SEED_000, SeedStatementsTest.SEED_002}) {
      Statement s = SeedStatementsTest.read(name);
      assertEquals(s, StatementJson.read(StatementJson.write(s), name));
    }
  }

  @Test
  void generatedStatementsRoundTripLosslessly() {
    qt().forAll(longs().all(), arbitrary().enumValues(SignConvention.class)).checkAssert((seed, convention) -> {
      Statement exact = StatementGenerator.random(seed).withConvention(convention);
      assertEquals(exact, StatementJson.read(StatementJson.write(exact), "generated"));
      Statement printed = exact.roundEach(EuroUnit.THOUSANDS, RoundingMode.HALF_UP);
      assertEquals(printed, StatementJson.read(StatementJson.write(printed), "generated"));
    });
  }

  @Test
  void errorsNameTheJsonPath() {
    String json = StatementJson.write(SeedStatementsTest.read(SeedStatementsTest.SEED_002));
    IllegalArgumentException badFigure = assertThrows(IllegalArgumentException.class,
        () -> StatementJson.read(json.replaceFirst("\"printed\" : \"18971249\"", "\"printed\" : \"18.971.249\""), "s.json"));
    assertTrue(badFigure.getMessage().startsWith("s.json, $.cells[0].printed: \"18.971.249\""), badFigure.getMessage());
    IllegalArgumentException badUnit = assertThrows(IllegalArgumentException.class,
        () -> StatementJson.read(json.replaceFirst("\"unit\" : \"EUROS\"", "\"unit\" : \"GULDENS\""), "s.json"));
    assertTrue(badUnit.getMessage().contains("$.unit"), badUnit.getMessage());
  }
}
