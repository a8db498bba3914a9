// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.reference;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.SplittableRandom;
import nl.sociaaldomein.SociaalDomeinException;
import org.junit.jupiter.api.Test;

/**
 * Another tool's output is input the check reads, so it is held to the reader contract: any
 * mangled output gives a report or the library's exception, never another exception. The outputs
 * are the shipped answers with characters replaced, inserted, deleted and lines dropped or
 * repeated (the io fuzz harness cannot reach the testkit, which depends on io).
 */
class ConformanceRobustnessTest {

  private static final List<ReferenceCase> CASES = ReferenceCases.all();
  private static final String TOKENS = ";,\n\"-.V N0123456789 x€p.m.";

  @Test
  void anyMangledOutputGivesAReportOrTheLibrarysException() {
    qt().withExamples(400).forAll(integers().between(0, CASES.size() - 1), longs().all()).checkAssert((c, seed) -> {
      ReferenceCase reference = CASES.get(c);
      String output = mangled(reference.expected(), new SplittableRandom(seed));
      try {
        ConformanceReport report = Conformance.check(reference, output, "mangled.csv");
        assertTrue(report.toString().contains("mangled.csv"), report::toString);
      } catch (SociaalDomeinException refused) {
        assertTrue(refused.getMessage() != null && !refused.getMessage().isBlank());
      }
    });
  }

  private static String mangled(String text, SplittableRandom random) {
    StringBuilder out = new StringBuilder(text);
    for (int n = 1 + random.nextInt(4); n > 0 && out.length() > 0; n--) {
      int at = random.nextInt(out.length());
      char token = TOKENS.charAt(random.nextInt(TOKENS.length()));
      switch (random.nextInt(5)) {
        case 0 -> out.setCharAt(at, token);
        case 1 -> out.insert(at, token);
        case 2 -> out.deleteCharAt(at);
        case 3 -> {
          int end = out.indexOf("\n", at);
          out.delete(at, end < 0 ? out.length() : end + 1);
        }
        default -> {
          int start = out.lastIndexOf("\n", at) + 1;
          int end = out.indexOf("\n", at);
          String line = out.substring(start, end < 0 ? out.length() : end + 1);
          out.insert(start, line);
        }
      }
    }
    return out.toString();
  }
}
