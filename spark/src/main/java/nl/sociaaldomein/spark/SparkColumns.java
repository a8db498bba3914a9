// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.spark;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.clients.AgeBand;
import nl.sociaaldomein.clients.ClientRecord;
import nl.sociaaldomein.clients.DeliveryForm;
import nl.sociaaldomein.clients.Dimension;
import nl.sociaaldomein.clients.GroupKey;
import nl.sociaaldomein.clients.IntensityLevel;
import nl.sociaaldomein.clients.Law;
import nl.sociaaldomein.clients.PaymentRecord;
import nl.sociaaldomein.clients.Referrer;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of the pseudonymised payments and client records on Spark, and how a dimension's
 * values are held in them: a year as an int, a law and the characteristics held as constants by
 * their constant's name ({@code JEUGDWET}, {@code PGB}, {@code AGE_18_26}), the rest as text;
 * null where a characteristic is not known.
 */
final class SparkColumns {

  private SparkColumns() {}

  static final String CLIENT = "client";
  static final String YEAR = "year";
  static final String LAW = "law";
  static final String PROVISION = "provision";
  static final String PROVIDER = "provider";
  static final String CENTS = "cents";
  static final String DELIVERY_FORM = "delivery_form";
  static final String REFERRER = "referrer";
  static final String LEVEL = "level";
  static final String AGE_BAND = "age_band";
  static final String PHASE = "phase";
  static final String QUALIFICATION = "qualification";
  static final String HOUSEHOLD = "household";
  /** The place of a client record in its input, for the rules that take the first record. */
  static final String SEQ = "seq";

  /** The characteristics, attached per client, year and law where the records agree. */
  static final List<String> TRAITS = List.of(DELIVERY_FORM, REFERRER, LEVEL, AGE_BAND, PHASE, QUALIFICATION);

  static final StructType PAYMENTS = new StructType()
      .add(CLIENT, DataTypes.LongType, false)
      .add(YEAR, DataTypes.IntegerType, false)
      .add(LAW, DataTypes.StringType, false)
      .add(PROVISION, DataTypes.StringType, false)
      .add(PROVIDER, DataTypes.StringType, false)
      .add(CENTS, DataTypes.LongType, false);

  static final StructType CLIENTS = new StructType()
      .add(CLIENT, DataTypes.LongType, false)
      .add(YEAR, DataTypes.IntegerType, false)
      .add(LAW, DataTypes.StringType, false)
      .add(PROVISION, DataTypes.StringType, false)
      .add(DELIVERY_FORM, DataTypes.StringType, true)
      .add(REFERRER, DataTypes.StringType, true)
      .add(LEVEL, DataTypes.StringType, true)
      .add(AGE_BAND, DataTypes.StringType, true)
      .add(PHASE, DataTypes.StringType, true)
      .add(QUALIFICATION, DataTypes.StringType, true)
      .add(PROVIDER, DataTypes.StringType, true)
      .add(HOUSEHOLD, DataTypes.StringType, true)
      .add(SEQ, DataTypes.LongType, false);

  private static final Map<Dimension<?>, String> NAMES = Map.of(
      Dimension.LAW, LAW, Dimension.YEAR, YEAR, Dimension.PROVISION, PROVISION, Dimension.PROVIDER, PROVIDER,
      Dimension.DELIVERY_FORM, DELIVERY_FORM, Dimension.REFERRER, REFERRER, Dimension.LEVEL, LEVEL,
      Dimension.AGE_BAND, AGE_BAND, Dimension.PHASE, PHASE, Dimension.QUALIFICATION, QUALIFICATION);

  /** The column that holds {@code dimension}. */
  static String of(Dimension<?> dimension) {
    return NAMES.get(dimension);
  }

  /** A value of a dimension as its column holds it. */
  static Object literal(Object value) {
    return value instanceof Enum<?> e ? e.name() : value;
  }

  /** The value a column holds as the dimension's value, {@link GroupKey#UNKNOWN} for null. */
  static Object value(Dimension<?> dimension, Object held) {
    if (held == null) {
      return GroupKey.UNKNOWN;
    }
    if (dimension == Dimension.LAW) {
      return Law.valueOf((String) held);
    }
    if (dimension == Dimension.DELIVERY_FORM) {
      return DeliveryForm.valueOf((String) held);
    }
    if (dimension == Dimension.REFERRER) {
      return Referrer.valueOf((String) held);
    }
    if (dimension == Dimension.LEVEL) {
      return IntensityLevel.valueOf((String) held);
    }
    if (dimension == Dimension.AGE_BAND) {
      return AgeBand.valueOf((String) held);
    }
    return held;
  }

  static Row payment(PaymentRecord p) {
    return payment(p.client().value(), p.year(), p.law(), p.provision(), p.provider(), p.amount().toCents());
  }

  static Row payment(long client, int year, Law law, String provision, String provider, long cents) {
    return RowFactory.create(client, year, law.name(), provision, provider, cents);
  }

  static Row client(ClientRecord r, long seq) {
    return RowFactory.create(r.client().value(), r.year(), r.law().name(), r.provision(), name(r.deliveryForm()),
        name(r.referrer()), name(r.level()),
        r.age().isPresent() ? AgeBand.of(r.age().getAsInt()).name() : null,
        r.phase().orElse(null), r.qualification().orElse(null), r.provider().orElse(null), r.household().orElse(null),
        seq);
  }

  private static String name(Optional<? extends Enum<?>> value) {
    return value.map(Enum::name).orElse(null);
  }
}
