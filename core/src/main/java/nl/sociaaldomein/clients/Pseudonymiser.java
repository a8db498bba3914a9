package nl.sociaaldomein.clients;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.security.SecureRandom;
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

  public ClientId pseudonymise(Bsn bsn) {
    Objects.requireNonNull(bsn, "bsn");
    return new ClientId(hmac.hashBytes(bsn.digitBytes()).asLong());
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
