// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import java.util.Arrays;
import java.util.Set;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;

/**
 * The records a builder collects, as growing primitive arrays and dictionary codes, without an
 * object per record; {@link ColumnStore#encode(RecordBuffer)} turns them into columns.
 */
final class RecordBuffer {

  final Set<String> keepWithoutPayment;
  /** Pseudonym to client index, in order of first appearance. */
  final LongIntMap clientIndex = new LongIntMap(1024);
  long[] clientPseudonyms = new long[1024];
  private long lastPseudonym;
  /** The index of the client of the previous record, or -1 before the first. */
  private int lastIndex = -1;
  final Dictionary provisions = new Dictionary("provisions", Short.MAX_VALUE);
  final Dictionary providers = new Dictionary("providers", Short.MAX_VALUE);
  final Dictionary phases = new Dictionary("phases", 255);
  final Dictionary qualifications = new Dictionary("start qualifications", 255);
  final Dictionary households = new Dictionary("households", Integer.MAX_VALUE);

  int payments;
  int[] pClient = new int[1024];
  byte[] pYear = new byte[1024];
  byte[] pLaw = new byte[1024];
  short[] pProvision = new short[1024];
  short[] pProvider = new short[1024];
  long[] pCents = new long[1024];

  int records;
  int[] rClient = new int[256];
  byte[] rYear = new byte[256];
  byte[] rLaw = new byte[256];
  short[] rProvision = new short[256];
  short[] rProvider = new short[256];
  byte[] rForm = new byte[256];
  byte[] rReferrer = new byte[256];
  byte[] rLevel = new byte[256];
  byte[] rAgeBand = new byte[256];
  byte[] rPhase = new byte[256];
  byte[] rQualification = new byte[256];
  int[] rHousehold = new int[256];

  RecordBuffer(Set<String> keepWithoutPayment) {
    this.keepWithoutPayment = keepWithoutPayment;
    // Code 0 of the providers is "none", for client records that name no provider.
    providers.index("");
  }

  private int clientIndex(long pseudonym) {
    // A client's records mostly follow each other: the previous one's index saves a lookup in a
    // table of a million clients, which misses the processor's caches.
    if (lastIndex >= 0 && pseudonym == lastPseudonym) {
      return lastIndex;
    }
    int n = clientIndex.size();
    int i = clientIndex.putIfAbsent(pseudonym, n);
    lastPseudonym = pseudonym;
    if (i >= 0) {
      lastIndex = i;
      return i;
    }
    lastIndex = n;
    if (n == clientPseudonyms.length) {
      clientPseudonyms = Arrays.copyOf(clientPseudonyms, n * 2);
    }
    clientPseudonyms[n] = pseudonym;
    return n;
  }

  void add(PaymentRecord p) {
    store(p.client().value(), p.year(), p.law(), p.provision(), p.provider(), p.amount().toCents());
  }

  /** The payment of these parts, checked as {@link PaymentRecord} checks them. */
  void addPayment(long client, int year, Law law, String provision, String provider, long cents) {
    PaymentRecord.requireValid(year, law, provision, provider);
    store(client, year, law, provision, provider, cents);
  }

  /** A payment's valid parts. */
  private void store(long client, int year, Law law, String provision, String provider, long cents) {
    if (cents == ColumnStore.NO_PAYMENT) {
      throw new SociaalDomeinException("A payment of " + Amount.ofCents(cents) + " cannot be stored");
    }
    if (payments == pCents.length) {
      int size = payments * 2;
      pClient = Arrays.copyOf(pClient, size);
      pYear = Arrays.copyOf(pYear, size);
      pLaw = Arrays.copyOf(pLaw, size);
      pProvision = Arrays.copyOf(pProvision, size);
      pProvider = Arrays.copyOf(pProvider, size);
      pCents = Arrays.copyOf(pCents, size);
    }
    pClient[payments] = clientIndex(client);
    pYear[payments] = (byte) (year - PaymentRecord.FIRST_YEAR);
    pLaw[payments] = (byte) law.ordinal();
    pProvision[payments] = (short) provisions.index(provision);
    pProvider[payments] = (short) providers.index(provider);
    pCents[payments] = cents;
    payments++;
  }

  void add(ClientRecord r) {
    if (records == rClient.length) {
      int size = records * 2;
      rClient = Arrays.copyOf(rClient, size);
      rYear = Arrays.copyOf(rYear, size);
      rLaw = Arrays.copyOf(rLaw, size);
      rProvision = Arrays.copyOf(rProvision, size);
      rProvider = Arrays.copyOf(rProvider, size);
      rForm = Arrays.copyOf(rForm, size);
      rReferrer = Arrays.copyOf(rReferrer, size);
      rLevel = Arrays.copyOf(rLevel, size);
      rAgeBand = Arrays.copyOf(rAgeBand, size);
      rPhase = Arrays.copyOf(rPhase, size);
      rQualification = Arrays.copyOf(rQualification, size);
      rHousehold = Arrays.copyOf(rHousehold, size);
    }
    int i = records;
    rClient[i] = clientIndex(r.client().value());
    rYear[i] = (byte) (r.year() - PaymentRecord.FIRST_YEAR);
    rLaw[i] = (byte) r.law().ordinal();
    rProvision[i] = (short) provisions.index(r.provision());
    rProvider[i] = (short) providers.index(r.provider().orElse(""));
    rForm[i] = (byte) r.deliveryForm().map(f -> f.ordinal() + 1).orElse(0).intValue();
    rReferrer[i] = (byte) r.referrer().map(f -> f.ordinal() + 1).orElse(0).intValue();
    rLevel[i] = (byte) r.level().map(f -> f.ordinal() + 1).orElse(0).intValue();
    rAgeBand[i] = (byte) (r.age().isPresent() ? AgeBand.of(r.age().getAsInt()).ordinal() + 1 : 0);
    rPhase[i] = (byte) r.phase().map(p -> phases.index(p) + 1).orElse(0).intValue();
    rQualification[i] = (byte) r.qualification().map(q -> qualifications.index(q) + 1).orElse(0).intValue();
    rHousehold[i] = r.household().map(h -> households.index(h) + 1).orElse(0);
    records++;
  }
}
