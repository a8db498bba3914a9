// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.savings.CalculationModelCsv;
import nl.sociaaldomein.io.savings.SavingsCsv;
import nl.sociaaldomein.io.statement.StatementCsv;
import nl.sociaaldomein.savings.ModelledPlan;
import nl.sociaaldomein.statement.Statement;

/** The seed documents' data files (data/ on the test class path) and the answers computed from them. */
final class Seeds {

  private Seeds() {}

  static Statement statement(String file) {
    try (Reader in = reader("statements/" + file)) {
      return StatementCsv.read(in, file, ReadMode.STRICT).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ModelledPlan annex8() {
    try (Reader plan = reader("savings/seed-004-hoogeveen-bijlage-8.csv");
        InputStream models = stream("savings/seed-004-hoogeveen-bijlage-8-modellen.csv")) {
      return ModelledPlan.of(SavingsCsv.read(plan, "bijlage-8", ReadMode.STRICT).orElseThrow(),
          CalculationModelCsv.read(models, "bijlage-8-modellen", StandardCharsets.UTF_8, ReadMode.STRICT).orElseThrow());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The library's answer to the case named {@code name}, as the testkit ships it. */
  static String answer(String name) {
    return switch (name) {
      case "seed-000-statement" -> Answers.statement(statement("seed-000-meppel-2022.csv"));
      case "seed-002-statement" -> Answers.statement(statement("seed-002-twenterand-2022.csv"));
      case "seed-004-quickscan" -> Answers.quickscan();
      case "seed-004-annex-7" -> Answers.funding();
      case "seed-004-annex-8" -> Answers.models(annex8());
      case "seed-004-annex-8-phasing" -> Answers.phasing(annex8(), Year.of(2022), Year.of(2025));
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static Reader reader(String resource) {
    return new InputStreamReader(stream(resource), StandardCharsets.UTF_8);
  }

  private static InputStream stream(String resource) {
    InputStream in = Seeds.class.getResourceAsStream("/" + resource);
    if (in == null) {
      throw new IllegalStateException("data/" + resource + " is not on the test class path");
    }
    return in;
  }
}
