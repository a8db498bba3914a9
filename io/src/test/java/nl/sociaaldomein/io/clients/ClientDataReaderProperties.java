// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nl.sociaaldomein.clients.Law;
import nl.sociaaldomein.clients.PaymentRecord;
import nl.sociaaldomein.clients.Pseudonymiser;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ReadReport;
import nl.sociaaldomein.money.Amount;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ClientDataReaderProperties {

  private static final Pseudonymiser PSEUDONYMISER =
      Pseudonymiser.of("another test key, 32 bytes long!".getBytes(StandardCharsets.UTF_8));
  private static final ClientDataReader READER = ClientDataReader.of(PSEUDONYMISER);

  private static final List<String> HEADER = List.of("bsn", "year", "law", "provision", "provider", "amount");
  private static final String[] PROVISIONS = {"Huishoudelijke hulp", "Hulp, thuis", "Jeugd; ambulant",
      "Begeleiding \"groep\"", "Re-integratie", "Woningaanpassing"};
  private static final String[] PROVIDERS = {"", "Zorg Thuis BV", "Kwadraad", "Werk, en meer", "O'Brien & Zn."};

  /** A payment row as a generator writes it. */
  record Row(String bsn, boolean dropLeadingZero, int year, Law law, String provision, String provider, long cents) {}

  /** What is wrong with a row, and in which column the reader must say so. */
  enum Defect {
    NONE(null), ELFPROEF("bsn"), SEVEN_DIGITS("bsn"), LETTER_IN_BSN("bsn"), BAD_AMOUNT("amount"),
    MISSING_PROVISION("provision"), UNKNOWN_LAW("law"), BAD_YEAR("year"), BSN_AS_YEAR("year"), BSN_AS_LAW("law"),
    MISSING_FIELD(null);

    final String column;

    Defect(String column) {
      this.column = column;
    }
  }

  private static String validBsn(long seed) {
    long p = seed;
    String bsn;
    while ((bsn = Bsns.withCheckDigit(p)) == null) {
      p = (p + 1) % 100_000_000L;
    }
    return bsn;
  }

  private static Gen<Row> rows() {
    Gen<String> bsns = longs().between(0, 99_999_999L).mix(longs().between(0, 9_999_999L), 30).map(ClientDataReaderProperties::validBsn);
    Gen<Long> cents = longs().between(-100_000_000_000L, 100_000_000_000L).mix(longs().between(-100_000, 100_000), 50);
    return bsns.zip(booleans().all(), integers().between(2000, 2099), integers().between(0, 2), (b, drop, y, l) ->
            new Row(b, drop, y, Law.values()[l], "", "", 0))
        .zip(integers().between(0, PROVISIONS.length - 1), integers().between(0, PROVIDERS.length - 1), cents,
            (r, pn, pr, c) -> new Row(r.bsn, r.dropLeadingZero, r.year, r.law, PROVISIONS[pn], PROVIDERS[pr], c));
  }

  private static String bsnText(Row row) {
    return row.dropLeadingZero && row.bsn.startsWith("0") ? row.bsn.substring(1) : row.bsn;
  }

  /** {@code cents} as the dialect writes it, in one of the forms it allows. */
  static String amountText(long cents, CsvDialect dialect, int style) {
    long abs = Math.abs(cents);
    String sign = cents < 0 ? "-" : "";
    long euros = abs / 100;
    int fraction = (int) (abs % 100);
    if (dialect == CsvDialect.PLAIN) {
      if (fraction == 0 && style % 2 == 0) {
        return sign + euros;
      }
      if (fraction % 10 == 0 && style % 3 == 0) {
        return sign + euros + "." + fraction / 10;
      }
      return sign + euros + "." + String.format("%02d", fraction);
    }
    String whole = Long.toString(euros);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append('.');
      }
      grouped.append(whole.charAt(i));
    }
    String number = sign + grouped + (fraction == 0 && style % 2 == 0 ? "" : "," + String.format("%02d", fraction));
    return style % 3 == 0 ? "€ " + number : number;
  }

  private static String write(List<List<String>> records, CsvDialect dialect, boolean bom) {
    StringWriter out = new StringWriter();
    if (bom) {
      out.write('\uFEFF');
    }
    try (CsvWriter csv = CsvWriter.builder().fieldSeparator(dialect.separator()).build(out)) {
      records.forEach(csv::writeRecord);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static List<String> fields(Row row, CsvDialect dialect, int style, List<Integer> order) {
    String[] byColumn = {bsnText(row), Integer.toString(row.year), row.law.dutchName(), row.provision, row.provider,
        amountText(row.cents, dialect, style)};
    List<String> out = new ArrayList<>();
    for (int i : order) {
      out.add(byColumn[i]);
    }
    return out;
  }

  private static List<Integer> order(long seed) {
    List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5));
    Collections.shuffle(order, new Random(seed));
    return order;
  }

  @Test
  void validRowsWrittenAreAllReadBackWithExactAmounts() {
    qt().forAll(lists().of(rows()).ofSizeBetween(0, 60), booleans().all(), integers().between(0, 5), longs().all())
        .checkAssert((rows, dutch, style, seed) -> {
          CsvDialect dialect = dutch ? CsvDialect.DUTCH_EXCEL : CsvDialect.PLAIN;
          List<Integer> order = order(seed);
          List<List<String>> records = new ArrayList<>();
          records.add(order.stream().map(HEADER::get).toList());
          for (int i = 0; i < rows.size(); i++) {
            records.add(fields(rows.get(i), dialect, style + i, order));
          }
          List<PaymentRecord> read = new ArrayList<>();
          ReadReport report = READER.readPayments(new StringReader(write(records, dialect, seed % 2 == 0)), "generated",
              read::add);

          assertEquals(dialect, report.dialect().orElseThrow());
          assertEquals(rows.size(), report.rowsRead());
          assertEquals(rows.size(), report.accepted(), () -> report.toString());
          assertEquals(0, report.rejected());
          assertEquals(Amount.ofCents(rows.stream().mapToLong(Row::cents).sum()),
              read.stream().map(PaymentRecord::amount).collect(Amount.summing()));
          for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            PaymentRecord p = read.get(i);
            assertEquals(new PaymentRecord(PSEUDONYMISER.pseudonymise(row.bsn), row.year, row.law, row.provision,
                row.provider, Amount.ofCents(row.cents)), p);
          }
        });
  }

  @Test
  void everyDefectIsReportedOnceInItsColumnAndNoBsnIsShown() {
    Gen<Defect> defects = integers().between(0, Defect.values().length - 1).map(i -> Defect.values()[i])
        .mix(integers().between(0, 0).map(i -> Defect.NONE), 30);
    qt().forAll(lists().of(rows().zip(defects, integers().between(0, 8), Case::new)).ofSizeBetween(1, 40),
            booleans().all(), longs().all())
        .checkAssert((cases, dutch, seed) -> {
          CsvDialect dialect = dutch ? CsvDialect.DUTCH_EXCEL : CsvDialect.PLAIN;
          List<Integer> order = order(seed);
          List<List<String>> records = new ArrayList<>();
          records.add(order.stream().map(HEADER::get).toList());
          List<String> bsnsWritten = new ArrayList<>();
          List<Problem> expected = new ArrayList<>();
          long good = 0;
          for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            List<String> fields = fields(c.row, dialect, i, order);
            String[] byColumn = new String[6];
            for (int k = 0; k < 6; k++) {
              byColumn[order.get(k)] = fields.get(k);
            }
            bsnsWritten.add(bsnText(c.row));
            apply(c, byColumn, bsnsWritten);
            List<String> written = new ArrayList<>();
            for (int k : order) {
              written.add(byColumn[k]);
            }
            if (c.defect == Defect.MISSING_FIELD) {
              written.remove(written.size() - 1);
            }
            records.add(written);
            long line = i + 2;
            if (c.defect == Defect.NONE) {
              good++;
            } else if (c.defect == Defect.MISSING_FIELD) {
              expected.add(ClientDataReaderTest.problem("defects", line, null, "the row has 5 fields where the header has 6"));
            } else {
              expected.add(ClientDataReaderTest.problem("defects", line, c.defect.column, "(any)"));
            }
          }
          List<PaymentRecord> read = new ArrayList<>();
          ReadReport report = READER.readPayments(new StringReader(write(records, dialect, false)), "defects",
              read::add);

          assertEquals(cases.size(), report.rowsRead());
          assertEquals(report.rowsRead(), report.accepted() + report.rejected());
          assertEquals(good, report.accepted(), () -> report.toString());
          assertEquals(expected.size(), report.problems().size(), () -> report.toString());
          for (int i = 0; i < expected.size(); i++) {
            Problem want = expected.get(i);
            Problem got = report.problems().get(i);
            assertEquals(want.where(), got.where(), () -> report.toString());
            if (want.where().column().isEmpty()) {
              assertEquals(want.why(), got.why());
            }
          }
          List<String> texts = new ArrayList<>();
          texts.add(report.toString());
          texts.add(ClientResultsJson.toJson(report));
          report.problems().forEach(p -> texts.add(p.why()));
          read.forEach(p -> texts.add(p.toString()));
          Bsns.assertNoneLeaks(bsnsWritten, texts);
        });
  }

  /** A row and what to break in it. */
  record Case(Row row, Defect defect, int position) {}

  private static void apply(Case c, String[] byColumn, List<String> bsns) {
    String bsn = c.row.bsn;
    switch (c.defect) {
      case ELFPROEF:
        byColumn[0] = bsn.substring(0, 8) + (char) ('0' + (bsn.charAt(8) - '0' + 1) % 10);
        bsns.add(byColumn[0]);
        break;
      case SEVEN_DIGITS:
        byColumn[0] = bsn.substring(0, 7);
        bsns.add(byColumn[0]);
        break;
      case LETTER_IN_BSN:
        byColumn[0] = bsn.substring(0, c.position) + 'X' + bsn.substring(c.position + 1);
        bsns.add(byColumn[0]);
        break;
      case BAD_AMOUNT:
        byColumn[5] = c.position % 2 == 0 ? "12x" : "1.2.3,4,5";
        break;
      case MISSING_PROVISION:
        byColumn[3] = c.position % 2 == 0 ? "" : "  ";
        break;
      case UNKNOWN_LAW:
        byColumn[2] = "Wlz";
        break;
      case BAD_YEAR:
        byColumn[1] = c.position % 2 == 0 ? "20x9" : "1999";
        break;
      case BSN_AS_YEAR:
        byColumn[1] = bsn;
        break;
      case BSN_AS_LAW:
        byColumn[2] = bsn;
        break;
      default:
        break;
    }
  }
}
