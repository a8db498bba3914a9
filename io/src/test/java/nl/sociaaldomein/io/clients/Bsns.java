// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.clients;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Test BSNs, made valid by computing the elfproef check digit, and a check that none leaks. */
final class Bsns {

  private Bsns() {}

  /**
   * The nine-digit BSN starting with {@code first8} (0 to 99.999.999), or null when no check digit
   * fits or the weighted sum is 0 (as for 000000012), which the elfproef refuses.
   */
  static String withCheckDigit(long first8) {
    String digits = String.format("%08d", first8);
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (digits.charAt(i) - '0');
    }
    int check = sum % 11;
    if (check == 10 || sum - check == 0) {
      return null;
    }
    return digits + check;
  }

  /** The texts a BSN from a file may leak as: as written, and padded to nine digits. */
  static List<String> forms(Collection<String> bsns) {
    List<String> out = new ArrayList<>();
    for (String b : bsns) {
      String t = b.trim();
      out.add(t);
      if (t.matches("\\d{7,8}")) {
        out.add("0".repeat(9 - t.length()) + t);
      }
    }
    return out;
  }

  /** Fails when any of {@code texts} holds any of {@code bsns}, in any of its forms. */
  static void assertNoneLeaks(Collection<String> bsns, Collection<String> texts) {
    List<String> forms = forms(bsns);
    for (String text : texts) {
      for (String bsn : forms) {
        if (text != null && text.contains(bsn)) {
          fail("A BSN from the file appears in: " + text.replace(bsn, "<BSN>"));
        }
      }
    }
  }
}
