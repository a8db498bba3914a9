// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import nl.sociaaldomein.SociaalDomeinException;
import org.junit.jupiter.api.Test;

/**
 * Pseudonyms are kept in files that must join with files of later runs and later versions, so
 * their values are pinned here: a change of any vector below is a break for every user, not a
 * test to update. The vectors are HMAC-SHA256 of the nine ASCII digits (of {@code "household:"}
 * and the UTF-8 id for a household), first eight bytes read little-endian, as
 * {@code docs/client-data.md} describes; they can be checked with any HMAC tool.
 */
class PseudonymiserTest {

  private static final byte[] TEXT_KEY = "sociaaldomein pseudonym test key".getBytes(StandardCharsets.UTF_8);
  private static final byte[] COUNTING_KEY = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};

  /** What a key of 32 zero bytes gives for 111222333: what random() would give if it forgot to fill its key. */
  private static final ClientId ZERO_KEY_PSEUDONYM = ClientId.parse("client-54df4d74edff28e0");
  private static final String ZERO_KEY_HOUSEHOLD = "household-51933467830a56a8";

  @Test
  void knownKeysGiveKnownClientPseudonyms() {
    Pseudonymiser text = Pseudonymiser.of(TEXT_KEY);
    assertEquals(ClientId.parse("client-57d5bea76a880e20"), text.pseudonymise("111222333"));
    assertEquals(ClientId.parse("client-ad14fbbad9f91275"), text.pseudonymise("123456782"));
    assertEquals(ClientId.parse("client-1be414789486660d"), text.pseudonymise("12345672"));
    assertEquals(ClientId.parse("client-1be414789486660d"), text.pseudonymise("012345672"));
    assertEquals(0x57d5bea76a880e20L, text.pseudonymise(Bsn.parse("111222333")).value());

    Pseudonymiser counting = Pseudonymiser.of(COUNTING_KEY);
    assertEquals(ClientId.parse("client-74668362fffaa9ec"), counting.pseudonymise("111222333"));
    assertEquals(ClientId.parse("client-3620476a8bf55453"), counting.pseudonymise("123456782"));
    assertEquals(ClientId.parse("client-fbec9a02aba930d2"), counting.pseudonymise("12345672"));
  }

  @Test
  void knownKeysGiveKnownHouseholdPseudonyms() {
    Pseudonymiser text = Pseudonymiser.of(TEXT_KEY);
    assertEquals("household-f2fd10ff2d6418d8", text.pseudonymiseHousehold("H-1"));
    assertEquals("household-4b2c9a35bfeac4dc", text.pseudonymiseHousehold("111222333"));
    assertEquals("household-8ab62f18e03e3ba6", text.pseudonymiseHousehold("Straatweg 1, 1234 AB"));
    assertEquals("household-59e0e9910ce9f724", text.pseudonymiseHousehold("Åsa-straat ü"));

    Pseudonymiser counting = Pseudonymiser.of(COUNTING_KEY);
    assertEquals("household-dbcb964aae764e20", counting.pseudonymiseHousehold("H-1"));
    assertEquals("household-e7b8f5aa96e43ec9", counting.pseudonymiseHousehold("111222333"));
    assertEquals("household-7de1db30b90364d5", counting.pseudonymiseHousehold("Straatweg 1, 1234 AB"));
    assertEquals("household-f0bc524aa36f2241", counting.pseudonymiseHousehold("Åsa-straat ü"));
  }

  @Test
  void theKeyIsCopiedSoChangingTheCallersArrayChangesNothing() {
    byte[] key = TEXT_KEY.clone();
    Pseudonymiser p = Pseudonymiser.of(key);
    Arrays.fill(key, (byte) 7);
    assertEquals(ClientId.parse("client-57d5bea76a880e20"), p.pseudonymise("111222333"));
  }

  @Test
  void randomKeysDifferAndAreNotAllZero() {
    List<Pseudonymiser> randoms = List.of(Pseudonymiser.random(), Pseudonymiser.random(), Pseudonymiser.random());
    for (Pseudonymiser p : randoms) {
      assertNotEquals(ZERO_KEY_PSEUDONYM, p.pseudonymise("111222333"));
      assertNotEquals(ZERO_KEY_HOUSEHOLD, p.pseudonymiseHousehold("H-1"));
      assertEquals(p.pseudonymise("111222333"), p.pseudonymise("111222333"), "one key within a run");
    }
    assertEquals(3, randoms.stream().map(p -> p.pseudonymise("111222333")).distinct().count());
  }

  @Test
  void aShortOrAllZeroKeyIsRefused() {
    SociaalDomeinException shortKey = assertThrows(SociaalDomeinException.class,
        () -> Pseudonymiser.of(Arrays.copyOf(COUNTING_KEY, 15)));
    assertEquals("A pseudonymisation key needs at least 16 bytes, not 15", shortKey.getMessage());
    assertThrows(SociaalDomeinException.class, () -> Pseudonymiser.of(new byte[0]));

    for (int length : new int[] {16, 32, 64}) {
      SociaalDomeinException zero = assertThrows(SociaalDomeinException.class, () -> Pseudonymiser.of(new byte[length]));
      assertEquals("A pseudonymisation key of " + length + " zero bytes is no key: was it filled?", zero.getMessage());
    }
    byte[] oneBitSet = new byte[16];
    oneBitSet[15] = 1;
    assertNotEquals(ZERO_KEY_PSEUDONYM, Pseudonymiser.of(oneBitSet).pseudonymise("111222333"));
    assertThrows(NullPointerException.class, () -> Pseudonymiser.of(null));
  }

  @Test
  void aCacheGivesThePseudonymsAndRefusalsOfThePseudonymiser() {
    Pseudonymiser pseudonymiser = Pseudonymiser.of(COUNTING_KEY);
    // Nine-digit numbers from a narrow range, so that BSNs repeat and the table grows.
    qt().forAll(lists().of(integers().between(100_000_000, 100_002_000)).ofSizeBetween(1, 400))
        .checkAssert(numbers -> {
          Pseudonymiser.Cache cache = pseudonymiser.newCache();
          for (int n : numbers) {
            // Odd numbers twice in a row, as a client's rows follow each other.
            for (int time = 0; time <= n % 2; time++) {
              String text = n % 3 == 0 ? " " + n + " " : Integer.toString(n);
              if (Bsn.isValid(text)) {
                assertEquals(pseudonymiser.pseudonymise(Bsn.parse(text)), cache.pseudonymise(text));
              } else {
                String why = assertThrows(InvalidBsnException.class, () -> Bsn.parse(text)).getMessage();
                assertEquals(why, assertThrows(InvalidBsnException.class, () -> cache.pseudonymise(text)).getMessage());
              }
            }
          }
          cache.wipe();
          assertEquals(0, cache.size());
          String first = Integer.toString(numbers.get(0));
          if (Bsn.isValid(first)) {
            assertEquals(pseudonymiser.pseudonymise(Bsn.parse(first)), cache.pseudonymise(first));
          }
        });
  }

  @Test
  void aCachedEightDigitBsnIsItsNineDigitForm() {
    Pseudonymiser.Cache cache = Pseudonymiser.of(TEXT_KEY).newCache();
    assertEquals(ClientId.parse("client-1be414789486660d"), cache.pseudonymise("12345672"));
    assertEquals(ClientId.parse("client-1be414789486660d"), cache.pseudonymise("012345672"));
    assertEquals(1, cache.size());
    assertEquals("a BSN of only zeros is not a BSN",
        assertThrows(InvalidBsnException.class, () -> cache.pseudonymise("000000000")).why());
  }
}
