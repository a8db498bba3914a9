// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The immutable columns of a dataset: one row per payment (and per kept client record without a
 * payment), dictionary-encoded into primitive arrays of 18 bytes a row, sorted by client so that a
 * client's rows are one block ({@link #clientStart}); the clients by pseudonym, and by household.
 * The kernels of this package read the arrays directly; nothing writes them after
 * {@link #encode(RecordBuffer)}.
 */
final class ColumnStore {

  /** The cents value that marks a kept client record without payment. */
  static final long NO_PAYMENT = Long.MIN_VALUE;

  final byte[] year;
  final byte[] law;
  final short[] provision;
  final short[] provider;
  /** Delivery form, referrer and level: see {@link PackedTraits}. */
  final byte[] traits;
  final byte[] ageBand;
  final byte[] phase;
  final byte[] qualification;
  final long[] cents;
  /** Client c's rows are {@code [clientStart[c], clientStart[c + 1])}. */
  final int[] clientStart;
  /** Client c's pseudonym; ascending. */
  final long[] pseudonyms;
  /** Client c's household, 1 to {@code households - 1}; 0 for none. */
  final int[] householdOf;
  /** The household codes, none (0) included. */
  final int households;
  /** The rows of kept client records without payment ({@link #NO_PAYMENT}), ascending. */
  final int[] noPaymentRows;
  /**
   * The largest absolute cents of a payment: sums over fewer than {@code Long.MAX_VALUE /
   * maxAbsCents} rows cannot overflow, so kernels may add without a check per row.
   */
  final long maxAbsCents;
  /** Arrays the kernels borrow per call, so that repeated analyses allocate next to nothing. */
  final Scratch scratch = new Scratch();
  final int firstYear;
  final int years;
  /** Whether any record (kept or not) has year code y: a filter on a year none has is unmatched. */
  private final boolean[] yearHeld;
  final List<String> provisions;
  final List<String> providers;
  final List<String> phases;
  final List<String> qualifications;
  final BuildReport report;

  private ColumnStore(Encoder e, RecordBuffer b) {
    year = e.year;
    law = e.law;
    provision = e.provision;
    provider = e.provider;
    traits = e.traits;
    ageBand = e.ageBand;
    phase = e.phase;
    qualification = e.qualification;
    cents = e.cents;
    clientStart = e.clientStart;
    pseudonyms = e.pseudonyms;
    householdOf = e.household;
    households = e.households;
    firstYear = e.firstYear;
    years = e.years;
    yearHeld = e.yearHeld;
    provisions = b.provisions.values();
    providers = b.providers.values();
    phases = b.phases.values();
    qualifications = b.qualifications.values();
    report = e.report;
    int none = 0;
    long max = 0;
    for (long v : cents) {
      if (v == NO_PAYMENT) {
        none++;
      } else {
        max = Math.max(max, Math.abs(v));
      }
    }
    noPaymentRows = new int[none];
    for (int r = 0, k = 0; k < none; r++) {
      if (cents[r] == NO_PAYMENT) {
        noPaymentRows[k++] = r;
      }
    }
    maxAbsCents = max;
  }

  /** Whether no sum of the cents of rows {@code [from, to)} can leave the range of a long. */
  boolean sumsFit(int fromRow, int toRow) {
    return maxAbsCents <= Long.MAX_VALUE / Math.max(1, toRow - fromRow);
  }

  /** The columns of the records in {@code buffer}. */
  static ColumnStore encode(RecordBuffer buffer) {
    return new ColumnStore(new Encoder(Objects.requireNonNull(buffer, "buffer")), buffer);
  }

  int rows() {
    return cents.length;
  }

  int clients() {
    return pseudonyms.length;
  }

  /**
   * The bytes the columns hold: 18 a row, 16 a client (row offset, pseudonym, household), and 4
   * per row without payment.
   */
  long residentBytes() {
    long perRow = 1L + 1 + 2 + 2 + 1 + 1 + 1 + 1 + 8;
    return perRow * cents.length + 4L * clientStart.length + 8L * pseudonyms.length + 4L * householdOf.length
        + 4L * noPaymentRows.length;
  }

  /**
   * The members of each household: household h's clients are {@code members[start[h] ..
   * start[h + 1])}. Built on demand (a counting sort) for the analyses that walk households.
   */
  record HouseholdIndex(int[] start, int[] members) {}

  HouseholdIndex householdIndex() {
    int[] start = new int[households + 1];
    for (int h : householdOf) {
      start[h + 1]++;
    }
    for (int h = 0; h < households; h++) {
      start[h + 1] += start[h];
    }
    int[] members = new int[householdOf.length];
    int[] fill = Arrays.copyOf(start, households);
    for (int c = 0; c < householdOf.length; c++) {
      members[fill[householdOf[c]]++] = c;
    }
    return new HouseholdIndex(start, members);
  }

  // ---------------------------------------------------------------------------------------------
  // Dimensions

  int cardinality(Dimension<?> d) {
    switch (d.ordinal()) {
      case Dimension.I_LAW:
        return Law.values().length;
      case Dimension.I_YEAR:
        return years;
      case Dimension.I_PROVISION:
        return Math.max(1, provisions.size());
      case Dimension.I_PROVIDER:
        return Math.max(1, providers.size());
      case Dimension.I_DELIVERY_FORM:
        return PackedTraits.FORM_MASK + 1;
      case Dimension.I_REFERRER:
        return PackedTraits.REFERRER_MASK + 1;
      case Dimension.I_LEVEL:
        return PackedTraits.LEVEL_MASK + 1;
      case Dimension.I_AGE_BAND:
        return AgeBand.values().length + 1;
      case Dimension.I_PHASE:
        return phases.size() + 1;
      default:
        return qualifications.size() + 1;
    }
  }

  /** The value of code {@code code} in dimension {@code d}, or {@link GroupKey#UNKNOWN}. */
  Object value(Dimension<?> d, int code) {
    switch (d.ordinal()) {
      case Dimension.I_LAW:
        return Law.values()[code];
      case Dimension.I_YEAR:
        return firstYear + code;
      case Dimension.I_PROVISION:
        return provisions.get(code);
      case Dimension.I_PROVIDER:
        return providers.get(code);
      case Dimension.I_DELIVERY_FORM:
        return code == 0 ? GroupKey.UNKNOWN : DeliveryForm.values()[code - 1];
      case Dimension.I_REFERRER:
        return code == 0 ? GroupKey.UNKNOWN : Referrer.values()[code - 1];
      case Dimension.I_LEVEL:
        return code == 0 ? GroupKey.UNKNOWN : IntensityLevel.values()[code - 1];
      case Dimension.I_AGE_BAND:
        return code == 0 ? GroupKey.UNKNOWN : AgeBand.values()[code - 1];
      case Dimension.I_PHASE:
        return code == 0 ? GroupKey.UNKNOWN : phases.get(code - 1);
      default:
        return code == 0 ? GroupKey.UNKNOWN : qualifications.get(code - 1);
    }
  }

  /** The code of {@code value} (of {@code d}'s type) in {@code d}; -1 when the dataset does not hold it. */
  int codeOf(Dimension<?> d, Object value) {
    switch (d.ordinal()) {
      case Dimension.I_LAW:
        return ((Law) value).ordinal();
      case Dimension.I_YEAR:
        int code = (Integer) value - firstYear;
        return code >= 0 && code < years && yearHeld[code] ? code : -1;
      case Dimension.I_PROVISION:
        return provisions.indexOf(value);
      case Dimension.I_PROVIDER:
        return providers.indexOf(value);
      case Dimension.I_PHASE:
        return known(phases.indexOf(value));
      case Dimension.I_QUALIFICATION:
        return known(qualifications.indexOf(value));
      default:
        // The characteristics held as constants: code 0 is unknown, then each constant in order.
        return ((Enum<?>) value).ordinal() + 1;
    }
  }

  /** The code of a dictionary value of a characteristic, whose code 0 is unknown; -1 when absent. */
  private static int known(int index) {
    return index < 0 ? -1 : index + 1;
  }

  /** Where the codes of {@code d} are. */
  Column column(Dimension<?> d) {
    switch (d.ordinal()) {
      case Dimension.I_LAW:
        return Column.ofBytes(law);
      case Dimension.I_YEAR:
        return Column.ofBytes(year);
      case Dimension.I_PROVISION:
        return Column.ofShorts(provision);
      case Dimension.I_PROVIDER:
        return Column.ofShorts(provider);
      case Dimension.I_DELIVERY_FORM:
        return Column.ofBytes(traits, PackedTraits.FORM_SHIFT, PackedTraits.FORM_MASK);
      case Dimension.I_REFERRER:
        return Column.ofBytes(traits, PackedTraits.REFERRER_SHIFT, PackedTraits.REFERRER_MASK);
      case Dimension.I_LEVEL:
        return Column.ofBytes(traits, PackedTraits.LEVEL_SHIFT, PackedTraits.LEVEL_MASK);
      case Dimension.I_AGE_BAND:
        return Column.ofBytes(ageBand);
      case Dimension.I_PHASE:
        return Column.ofBytes(phase);
      default:
        return Column.ofBytes(qualification);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Encoding

  /** Sorts and encodes a buffer's records into columns, applying the data annex's rules. */
  private static final class Encoder {
    byte[] year;
    byte[] law;
    short[] provision;
    short[] provider;
    byte[] traits;
    byte[] ageBand;
    byte[] phase;
    byte[] qualification;
    long[] cents;
    int[] clientStart;
    long[] pseudonyms;
    int[] household;
    int households;
    int firstYear;
    int years;
    boolean[] yearHeld;
    BuildReport report;

    Encoder(RecordBuffer b) {
      int clients = b.clientIndex.size();
      // Rank clients by pseudonym, so that partial results list clients in one global order.
      pseudonyms = Arrays.copyOf(b.clientPseudonyms, clients);
      Arrays.sort(pseudonyms);
      int[] rank = new int[clients];
      for (int i = 0; i < clients; i++) {
        rank[i] = Arrays.binarySearch(pseudonyms, b.clientPseudonyms[i]);
      }
      int minYear = Integer.MAX_VALUE;
      int maxYear = Integer.MIN_VALUE;
      for (int i = 0; i < b.payments; i++) {
        minYear = Math.min(minYear, b.pYear[i]);
        maxYear = Math.max(maxYear, b.pYear[i]);
      }
      for (int i = 0; i < b.records; i++) {
        minYear = Math.min(minYear, b.rYear[i]);
        maxYear = Math.max(maxYear, b.rYear[i]);
      }
      if (minYear == Integer.MAX_VALUE) {
        minYear = 0;
        maxYear = 0;
      }
      firstYear = PaymentRecord.FIRST_YEAR + minYear;
      years = maxYear - minYear + 1;
      yearHeld = new boolean[years];
      for (int i = 0; i < b.payments; i++) {
        yearHeld[b.pYear[i] - minYear] = true;
      }
      for (int i = 0; i < b.records; i++) {
        yearHeld[b.rYear[i] - minYear] = true;
      }

      // Characteristics per client, year and law: 6 slots each in traitSlots, at the index
      // traitsOf gives; 0 unset, a value, or -1 when the records disagree.
      LongIntMap traitsOf = new LongIntMap(b.records);
      int[] traitSlots = new int[6 * Math.max(1, b.records)];
      int[] conflicts = new int[6];
      household = new int[clients];
      for (int i = 0; i < b.records; i++) {
        long key = traitKey(rank[b.rClient[i]], b.rYear[i] - minYear, b.rLaw[i]);
        int at = traitsOf.putIfAbsent(key, traitsOf.size());
        int t = 6 * (at < 0 ? traitsOf.size() - 1 : at);
        merge(traitSlots, t, b.rForm[i], conflicts, 0);
        merge(traitSlots, t + 1, b.rReferrer[i], conflicts, 1);
        merge(traitSlots, t + 2, b.rLevel[i], conflicts, 2);
        merge(traitSlots, t + 3, b.rAgeBand[i], conflicts, 3);
        merge(traitSlots, t + 4, b.rPhase[i] & 0xFF, conflicts, 4);
        merge(traitSlots, t + 5, b.rQualification[i] & 0xFF, conflicts, 5);
        if (b.rHousehold[i] != 0 && household[rank[b.rClient[i]]] == 0) {
          household[rank[b.rClient[i]]] = b.rHousehold[i];
        }
      }
      // The paid keys are needed only to tell which client records have no payment.
      LongIntMap paid = new LongIntMap(b.records == 0 ? 0 : b.payments);
      for (int i = 0; i < b.payments && b.records > 0; i++) {
        paid.putIfAbsent(paymentKey(rank[b.pClient[i]], b.pYear[i], b.pLaw[i], b.pProvision[i]), 0);
      }
      LongIntMap keptKeys = new LongIntMap(0);
      int[] kept = new int[b.records];
      int keptCount = 0;
      int dropped = 0;
      for (int i = 0; i < b.records; i++) {
        long key = paymentKey(rank[b.rClient[i]], b.rYear[i], b.rLaw[i], b.rProvision[i]);
        if (paid.get(key) >= 0) {
          continue;
        }
        if (b.keepWithoutPayment.contains(b.provisions.value(b.rProvision[i]))) {
          if (keptKeys.putIfAbsent(key, 0) < 0) {
            kept[keptCount++] = i;
          }
        } else {
          dropped++;
        }
      }
      int n = b.payments + keptCount;
      int[] rowClient = new int[n];
      for (int i = 0; i < b.payments; i++) {
        rowClient[i] = rank[b.pClient[i]];
      }
      for (int k = 0; k < keptCount; k++) {
        rowClient[b.payments + k] = rank[b.rClient[kept[k]]];
      }
      // Counting sort by client: every client's rows become one contiguous block.
      clientStart = new int[clients + 1];
      for (int i = 0; i < n; i++) {
        clientStart[rowClient[i] + 1]++;
      }
      for (int c = 0; c < clients; c++) {
        clientStart[c + 1] += clientStart[c];
      }
      int[] next = Arrays.copyOf(clientStart, clients);
      year = new byte[n];
      law = new byte[n];
      provision = new short[n];
      provider = new short[n];
      traits = new byte[n];
      ageBand = new byte[n];
      phase = new byte[n];
      qualification = new byte[n];
      cents = new long[n];
      for (int i = 0; i < n; i++) {
        int c = rowClient[i];
        int at = next[c]++;
        int y;
        if (i < b.payments) {
          y = b.pYear[i] - minYear;
          law[at] = b.pLaw[i];
          provision[at] = b.pProvision[i];
          provider[at] = b.pProvider[i];
          cents[at] = b.pCents[i];
        } else {
          int r = kept[i - b.payments];
          y = b.rYear[r] - minYear;
          law[at] = b.rLaw[r];
          provision[at] = b.rProvision[r];
          provider[at] = b.rProvider[r];
          cents[at] = NO_PAYMENT;
        }
        year[at] = (byte) y;
        int found = b.records == 0 ? -1 : traitsOf.get(traitKey(c, y, law[at]));
        if (found >= 0) {
          int t = 6 * found;
          traits[at] = PackedTraits.pack(known(traitSlots[t]), known(traitSlots[t + 1]), known(traitSlots[t + 2]));
          ageBand[at] = (byte) known(traitSlots[t + 3]);
          phase[at] = (byte) known(traitSlots[t + 4]);
          qualification[at] = (byte) known(traitSlots[t + 5]);
        }
      }
      households = b.households.size() + 1;
      report = new BuildReport(b.payments, b.records, keptCount, dropped, clients,
          conflicts[0], conflicts[1], conflicts[2], conflicts[3], conflicts[4], conflicts[5]);
    }

    /** Characteristics are looked up per client, year and law, as the data annex enriches each law apart. */
    private static long traitKey(int client, int year, int law) {
      return ((long) client * 128 + year) * 4 + law;
    }

    private static long paymentKey(int client, int year, int law, int provision) {
      return ((long) client << 32) | ((long) year << 24) | ((long) law << 16) | (provision & 0xFFFF);
    }

    private static void merge(int[] slots, int slot, int value, int[] conflicts, int trait) {
      if (value == 0 || slots[slot] == value || slots[slot] == -1) {
        return;
      }
      if (slots[slot] == 0) {
        slots[slot] = value;
      } else {
        slots[slot] = -1;
        conflicts[trait]++;
      }
    }

    private static int known(int value) {
      return value < 0 ? 0 : value;
    }
  }
}
