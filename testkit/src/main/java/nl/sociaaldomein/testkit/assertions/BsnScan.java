package nl.sociaaldomein.testkit.assertions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.testkit.generate.Bsns;

/**
 * Where a text holds something that may be a BSN: a run of nine digits, or of eight (a BSN with
 * its leading zero dropped, as spreadsheets print it), standing alone between non-digits and
 * passing the elfproef; or nine digits in the groups a BSN is written in ({@code 1234.56.782},
 * {@code 1234 56 782}), which no amount uses. Longer runs (IBANs, amounts in cents) are not BSNs.
 * The place is given by line and column, never the number, so that a failure message does not
 * leak it.
 */
public final class BsnScan {

  /** Four, two and three digits with one separator, standing alone. */
  private static final Pattern GROUPED = Pattern.compile("(?<![0-9.,])([0-9]{4})([. ])([0-9]{2})\\2([0-9]{3})(?![0-9]|[.,][0-9])");

  private BsnScan() {}

  /** Every place in {@code text} that holds a number passing the elfproef. */
  public static List<Found> find(CharSequence text) {
    Objects.requireNonNull(text, "text");
    List<Found> out = new ArrayList<>();
    int line = 1;
    int lineStart = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        lineStart = i + 1;
        i++;
      } else if (isDigit(c)) {
        int start = i;
        while (i < n && isDigit(text.charAt(i))) {
          i++;
        }
        int length = i - start;
        if ((length == 8 || length == 9) && Bsns.passesElfproef(text.subSequence(start, i))) {
          out.add(new Found(line, start - lineStart + 1, start, length));
        }
      } else {
        i++;
      }
    }
    Matcher m = GROUPED.matcher(text);
    while (m.find()) {
      if (Bsns.passesElfproef(m.group(1) + m.group(3) + m.group(4))) {
        int lineOf = 1;
        int startOfLine = 0;
        for (int k = 0; k < m.start(); k++) {
          if (text.charAt(k) == '\n') {
            lineOf++;
            startOfLine = k + 1;
          }
        }
        out.add(new Found(lineOf, m.start() - startOfLine + 1, m.start(), 9));
      }
    }
    out.sort(Comparator.comparingInt(Found::offset));
    return List.copyOf(out);
  }

  /**
   * Every place in {@code text} that holds one of {@code bsns} (nine digits each), written in any
   * grouping: the digits with at most one space, dot or hyphen between any two of them
   * ({@code 123.456.782}, {@code 123 45 6782}, {@code 1234.56.782}), or the eight digits a
   * spreadsheet leaves of one with a leading zero. This finds the 3-3-3 form that {@link #find}
   * must pass over, since amounts are written that way too: it looks for the numbers the test
   * knows, not for every number that happens to pass the elfproef.
   */
  public static List<Found> findAny(CharSequence text, Collection<String> bsns) {
    Objects.requireNonNull(text, "text");
    Set<String> wanted = new HashSet<>();
    for (String bsn : bsns) {
      if (bsn == null || !bsn.matches("[0-9]{9}")) {
        throw new SociaalDomeinException("A BSN to look for is nine digits; one given is not (not shown)");
      }
      wanted.add(bsn);
      if (bsn.charAt(0) == '0') {
        wanted.add(bsn.substring(1));
      }
    }
    List<Found> out = new ArrayList<>();
    int line = 1;
    int lineStart = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        lineStart = i + 1;
      } else if (isDigit(c) && (i == 0 || !isDigit(text.charAt(i - 1)) && !(i >= 2 && isSeparator(text.charAt(i - 1)) && isDigit(text.charAt(i - 2))))) {
        StringBuilder digits = new StringBuilder();
        int j = i;
        while (j < n && isDigit(text.charAt(j))) {
          digits.append(text.charAt(j++));
          if (j + 1 < n && isSeparator(text.charAt(j)) && isDigit(text.charAt(j + 1))) {
            j++;
          }
        }
        if (wanted.contains(digits.toString())) {
          out.add(new Found(line, i - lineStart + 1, i, digits.length()));
        }
      }
    }
    return List.copyOf(out);
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '.' || c == '-';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * A number that passes the elfproef.
   *
   * @param line 1-based line
   * @param column 1-based column of its first digit
   * @param offset 0-based index of its first digit in the text
   * @param digits 8 or 9 (a grouped BSN's digits, without its separators)
   */
  public record Found(int line, int column, int offset, int digits) {
    @Override
    public String toString() {
      return "line " + line + ", column " + column + " (" + digits + " digits)";
    }
  }
}
