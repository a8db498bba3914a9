// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.sociaaldomein.clients.AgeBand;
import nl.sociaaldomein.clients.DeliveryForm;
import nl.sociaaldomein.clients.IntensityLevel;
import nl.sociaaldomein.clients.InvalidBsnException;
import nl.sociaaldomein.clients.Law;
import nl.sociaaldomein.clients.PaymentRecord;
import nl.sociaaldomein.clients.Pseudonymiser;
import nl.sociaaldomein.clients.Referrer;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ReadReport;
import nl.sociaaldomein.io.clients.ClientColumn;
import nl.sociaaldomein.io.clients.ClientFields;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The rows of a DataFrame checked on an executor as the io reader checks a CSV row, with its
 * reasons: every bad field of a row is a problem of its own, and the row is rejected once. The
 * BSN is validated and pseudonymised here and goes no further; the partition's counts close its
 * output. A DataFrame has no lines: its problems name the source and the column.
 */
final class FrameRows {

  private FrameRows() {}

  private static final List<ClientColumn> PAYMENT_COLUMNS = List.of(ClientColumn.BSN, ClientColumn.YEAR,
      ClientColumn.LAW, ClientColumn.PROVISION, ClientColumn.PROVIDER, ClientColumn.AMOUNT);
  private static final List<ClientColumn> CLIENT_COLUMNS = List.of(ClientColumn.BSN, ClientColumn.YEAR,
      ClientColumn.LAW, ClientColumn.PROVISION, ClientColumn.PROVIDER, ClientColumn.DELIVERY_FORM,
      ClientColumn.REFERRER, ClientColumn.LEVEL, ClientColumn.AGE, ClientColumn.PHASE, ClientColumn.QUALIFICATION,
      ClientColumn.HOUSEHOLD);
  /**
   * A typed decimal's zeros after its last significant decimal (and its point, where none is
   * left). Only for a decimal column: in text, {@code 1.500} is Dutch for fifteen hundred.
   */
  private static final Pattern TRAILING_ZEROS = Pattern.compile("^(-?[0-9]+)(?:\\.0+|(\\.[0-9]*[1-9])0+)$");

  /** The columns read, in the order of the text rows {@link #check} takes (then the row's place). */
  static List<ClientColumn> columns(boolean payments) {
    return payments ? PAYMENT_COLUMNS : CLIENT_COLUMNS;
  }

  static List<ClientColumn> required(boolean payments) {
    return payments ? List.of(ClientColumn.BSN, ClientColumn.YEAR, ClientColumn.LAW, ClientColumn.PROVISION, ClientColumn.AMOUNT)
        : List.of(ClientColumn.BSN, ClientColumn.YEAR, ClientColumn.LAW, ClientColumn.PROVISION);
  }

  /**
   * The partition's records, problems and counts; {@code decimalAmount} when the source's amount
   * column is a typed decimal, whose scale may pad it with zeros.
   */
  static Iterator<Row> check(boolean payments, String source, Iterator<Row> rows, byte[] key, int maxProblems,
      boolean decimalAmount) {
    Pseudonymiser pseudonymiser = Pseudonymiser.of(key);
    Pseudonymiser.Cache cache = pseudonymiser.newCache();
    List<Row> out = new ArrayList<>();
    long[] counts = new long[3];
    try {
      while (rows.hasNext()) {
        Row row = rows.next();
        if (isEmpty(row, columns(payments).size())) {
          continue;  // as a line of only separators in a file: not a row
        }
        List<Problem> problems = new ArrayList<>();
        Row record = record(payments, source, row, cache, pseudonymiser, problems, decimalAmount);
        long seq = row.getLong(columns(payments).size());
        if (record != null) {
          out.add(Envelope.record(record));
          counts[0]++;
        } else {
          counts[1]++;
        }
        for (int i = 0; i < problems.size(); i++) {
          if (counts[2] < maxProblems) {
            out.add(Envelope.problem(problems.get(i), seq * 16 + i));
          }
          counts[2]++;
        }
      }
    } finally {
      cache.wipe();
    }
    out.add(Envelope.report(new ReadReport(source, Optional.empty(), counts[0] + counts[1], counts[0], counts[1],
        counts[2], List.of())));
    return out.iterator();
  }

  private static boolean isEmpty(Row row, int fields) {
    for (int i = 0; i < fields; i++) {
      if (row.getString(i) != null && !row.getString(i).isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** The record of one row, or null after adding its problems. */
  private static Row record(boolean payments, String source, Row row, Pseudonymiser.Cache cache,
      Pseudonymiser pseudonymiser, List<Problem> problems, boolean decimalAmount) {
    Fields f = new Fields(source, row, columns(payments), problems);
    long client = f.client(cache);
    int year = f.year();
    Law law = f.law();
    String provision = f.required(ClientColumn.PROVISION);
    if (payments) {
      long cents = f.cents(decimalAmount);
      String provider = Optional.ofNullable(f.text(ClientColumn.PROVIDER)).orElse("");
      return problems.isEmpty() ? SparkColumns.payment(client, year, law, provision, provider, cents) : null;
    }
    Optional<DeliveryForm> form = f.parsed(ClientColumn.DELIVERY_FORM, DeliveryForm::parse, ClientFields::unknownDeliveryForm);
    Optional<Referrer> referrer = f.parsed(ClientColumn.REFERRER, Referrer::parse, ClientFields::unknownReferrer);
    Optional<IntensityLevel> level = f.parsed(ClientColumn.LEVEL, IntensityLevel::parse, ClientFields::unknownLevel);
    OptionalInt age = f.age();
    if (!problems.isEmpty()) {
      return null;
    }
    return RowFactory.create(client, year, law.name(), provision, form.map(Enum::name).orElse(null),
        referrer.map(Enum::name).orElse(null), level.map(Enum::name).orElse(null),
        age.isPresent() ? AgeBand.of(age.getAsInt()).name() : null, f.text(ClientColumn.PHASE),
        f.text(ClientColumn.QUALIFICATION), f.text(ClientColumn.PROVIDER),
        Optional.ofNullable(f.text(ClientColumn.HOUSEHOLD)).map(pseudonymiser::pseudonymiseHousehold).orElse(null),
        row.getLong(columns(payments).size()));
  }

  /** One row's fields, trimmed, empty as null; its problems, at the source and column. */
  private static final class Fields {
    private final String source;
    private final Row row;
    private final List<ClientColumn> columns;
    private final List<Problem> problems;

    Fields(String source, Row row, List<ClientColumn> columns, List<Problem> problems) {
      this.source = source;
      this.row = row;
      this.columns = columns;
      this.problems = problems;
    }

    String text(ClientColumn c) {
      String s = row.getString(columns.indexOf(c));
      return s == null || s.isBlank() ? null : s.trim();
    }

    void problem(ClientColumn c, String why) {
      problems.add(Problem.of(new Location(source, OptionalLong.empty(), OptionalInt.empty(), Optional.of(c.header()),
          Optional.empty()), why));
    }

    String required(ClientColumn c) {
      String s = text(c);
      if (s == null) {
        problem(c, ClientFields.MISSING);
      }
      return s;
    }

    long client(Pseudonymiser.Cache cache) {
      String bsn = row.getString(columns.indexOf(ClientColumn.BSN));
      if (bsn == null || bsn.isBlank()) {
        problem(ClientColumn.BSN, ClientFields.MISSING);
        return 0;
      }
      try {
        return cache.pseudonymValue(bsn);
      } catch (InvalidBsnException e) {
        problem(ClientColumn.BSN, ClientFields.invalidBsn(e));
        return 0;
      }
    }

    int year() {
      String s = required(ClientColumn.YEAR);
      if (s == null) {
        return 0;
      }
      int year;
      try {
        year = Integer.parseInt(s);
      } catch (NumberFormatException e) {
        problem(ClientColumn.YEAR, ClientFields.notAYear(s));
        return 0;
      }
      if (year < PaymentRecord.FIRST_YEAR || year > PaymentRecord.LAST_YEAR) {
        problem(ClientColumn.YEAR, ClientFields.yearOutOfRange(s));
      }
      return year;
    }

    Law law() {
      String s = required(ClientColumn.LAW);
      if (s == null) {
        return null;
      }
      try {
        return Law.parse(s);
      } catch (IllegalArgumentException e) {
        problem(ClientColumn.LAW, ClientFields.unknownLaw(s));
        return null;
      }
    }

    /**
     * A plain decimal of at most two decimals, in cents, as the plain CSV dialect writes amounts;
     * a typed decimal column's trailing zeros ({@code 1234.5000} of a decimal(18,4)) are no
     * decimals, where {@code decimal} says the column is one.
     */
    long cents(boolean decimal) {
      String s = required(ClientColumn.AMOUNT);
      if (s == null) {
        return 0;
      }
      OptionalLong cents = ClientFields.plainCents(decimal ? TRAILING_ZEROS.matcher(s).replaceFirst("$1$2") : s);
      if (cents.isEmpty()) {
        problem(ClientColumn.AMOUNT, ClientFields.notAPlainAmount(s));
        return 0;
      }
      return cents.getAsLong();
    }

    OptionalInt age() {
      String s = text(ClientColumn.AGE);
      if (s == null) {
        return OptionalInt.empty();
      }
      int age;
      try {
        age = Integer.parseInt(s);
      } catch (NumberFormatException e) {
        problem(ClientColumn.AGE, ClientFields.notAnAge(s));
        return OptionalInt.empty();
      }
      if (age < 0 || age > 150) {
        problem(ClientColumn.AGE, ClientFields.ageOutOfRange(s));
        return OptionalInt.empty();
      }
      return OptionalInt.of(age);
    }

    <T> Optional<T> parsed(ClientColumn c, Function<String, T> parser, Function<String, String> reason) {
      String s = text(c);
      if (s == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(parser.apply(s));
      } catch (IllegalArgumentException e) {
        problem(c, reason.apply(s));
        return Optional.empty();
      }
    }
  }
}
