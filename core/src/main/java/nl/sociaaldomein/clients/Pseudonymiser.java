// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * Turns a BSN into a {@link ClientId} with a keyed hash (HMAC-SHA256), so that records can be
 * joined and clients counted without the number. The same key gives the same pseudonyms, so
 * files read with one key join; without the key, a pseudonym cannot be traced back by trying
 * all BSNs. Pseudonyms are stable across versions of this library, so that files pseudonymised
 * earlier join with later ones: {@code docs/client-data.md} defines them exactly, and a test pins
 * known key and pseudonym pairs.
 */
public final class Pseudonymiser {

  private final HashFunction hmac;

  private Pseudonymiser(byte[] key) {
    this.hmac = Hashing.hmacSha256(key);
  }

  /** A pseudonymiser with the user's key (at least 16 bytes, not all zero). */
  public static Pseudonymiser of(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length < 16) {
      throw new SociaalDomeinException("A pseudonymisation key needs at least 16 bytes, not " + key.length);
    }
    byte[] copy = key.clone();
    if (isAllZero(copy)) {
      // A buffer that was never filled: its pseudonyms could be traced back by anyone.
      throw new SociaalDomeinException("A pseudonymisation key of " + copy.length + " zero bytes is no key: was it filled?");
    }
    return new Pseudonymiser(copy);
  }

  private static boolean isAllZero(byte[] key) {
    int any = 0;
    for (byte b : key) {
      any |= b;
    }
    return any == 0;
  }

  /** A pseudonymiser with a random key: pseudonyms join within this run only. */
  public static Pseudonymiser random() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return new Pseudonymiser(key);
  }

  /** The pseudonym of {@code bsn}: the same for the same BSN and key, and no way back without the key. */
  public ClientId pseudonymise(Bsn bsn) {
    Objects.requireNonNull(bsn, "bsn");
    return new ClientId(hmac.hashBytes(bsn.digitBytes()).asLong());
  }

  private long pseudonym(int bsnNumber) {
    return hmac.hashBytes(Bsn.digitBytes(bsnNumber)).asLong();
  }

  /**
   * A cache of this pseudonymiser's client pseudonyms for one read on one thread: a client has
   * about ten payments, so most rows find their pseudonym here instead of computing an HMAC. It
   * holds BSNs for as long as it lives (see {@code docs/client-data.md}, "Pseudonym cache"):
   * {@link Cache#wipe()} it when the read ends.
   */
  public Cache newCache() {
    return new Cache();
  }

  /**
   * BSN to pseudonym, for one read on one thread (not thread-safe). The BSN is kept as the
   * number its nine digits make, a key compared exactly, so a cached pseudonym is the very value
   * {@link Pseudonymiser#pseudonymise(Bsn)} computes; no two BSNs share an entry. An open
   * addressing table of primitives: no object per entry. Past {@link #MAX_ENTRIES} it is wiped
   * and starts again, so that its memory stays bounded (at most 24 MiB).
   */
  public final class Cache {

    /** Entries kept before the table is wiped and filled again. */
    public static final int MAX_ENTRIES = 1 << 20;

    /** 0 marks a free slot: a BSN of only zeros is refused before it gets here. */
    private int[] keys = new int[1 << 12];
    private long[] values = new long[1 << 12];
    private int size;
    /**
     * The BSN of the previous call and its pseudonym (0 before the first and after a wipe): a
     * client's rows follow each other, and the table of a million clients misses the caches.
     */
    private int lastNumber;
    private long lastPseudonym;

    private Cache() {
    }

    /**
     * The pseudonym of the BSN in {@code bsnText}, validated as {@link Bsn#parse} validates
     * (throwing its {@link InvalidBsnException}).
     */
    public ClientId pseudonymise(CharSequence bsnText) {
      return new ClientId(pseudonymValue(bsnText));
    }

    /**
     * The {@link ClientId#value()} of {@link #pseudonymise(CharSequence)}, without making the
     * {@code ClientId}: for readers of millions of rows.
     */
    public long pseudonymValue(CharSequence bsnText) {
      int number = Bsn.number(bsnText);
      if (number != lastNumber) {
        lastPseudonym = lookUp(number);
        lastNumber = number;
      }
      return lastPseudonym;
    }

    private long lookUp(int number) {
      int mask = keys.length - 1;
      int slot = (number * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(mask);
      for (int key; (key = keys[slot]) != 0; slot = (slot + 1) & mask) {
        if (key == number) {
          return values[slot];
        }
      }
      long pseudonym = pseudonym(number);
      if (size >= MAX_ENTRIES) {
        wipe();
      } else if (2 * (size + 1) > keys.length) {
        grow();
      } else {
        keys[slot] = number;
        values[slot] = pseudonym;
        size++;
        return pseudonym;
      }
      put(number, pseudonym);
      return pseudonym;
    }

    private void put(int number, long pseudonym) {
      int mask = keys.length - 1;
      int slot = (number * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(mask);
      while (keys[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = number;
      values[slot] = pseudonym;
      size++;
    }

    private void grow() {
      int[] oldKeys = keys;
      long[] oldValues = values;
      keys = new int[oldKeys.length * 2];
      values = new long[oldKeys.length * 2];
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != 0) {
          put(oldKeys[i], oldValues[i]);
        }
      }
      Arrays.fill(oldKeys, 0);
      Arrays.fill(oldValues, 0);
    }

    /** Forgets every BSN and pseudonym held, overwriting them. */
    public void wipe() {
      Arrays.fill(keys, 0);
      Arrays.fill(values, 0);
      size = 0;
      lastNumber = 0;
      lastPseudonym = 0;
    }

    /** BSNs held now. */
    public int size() {
      return size;
    }

    @Override
    public String toString() {
      return "Pseudonymiser.Cache[" + size + " entries]";
    }
  }

  /** Validates and pseudonymises in one step, so the number is never held longer than needed. */
  public ClientId pseudonymise(CharSequence bsnText) {
    return pseudonymise(Bsn.parse(bsnText));
  }

  /**
   * A pseudonym for a household id (often the applicant's BSN), keyed like the clients' and
   * kept apart from them by a prefix, so that a household and a client with the same number do
   * not share a pseudonym: {@code household-} and 16 hex digits.
   */
  public String pseudonymiseHousehold(CharSequence householdId) {
    Objects.requireNonNull(householdId, "householdId");
    long value = hmac.newHasher().putString("household:", java.nio.charset.StandardCharsets.UTF_8)
        .putString(householdId, java.nio.charset.StandardCharsets.UTF_8).hash().asLong();
    return String.format("household-%016x", value);
  }

  @Override
  public String toString() {
    return "Pseudonymiser[HMAC-SHA256, key hidden]";
  }
}
