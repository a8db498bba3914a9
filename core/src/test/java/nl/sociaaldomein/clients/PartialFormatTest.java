// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.CRC32;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.money.Amount;
import org.junit.jupiter.api.Test;

/** The serialized form of the partials, pinned byte for byte, and the inputs it refuses. */
class PartialFormatTest {

  /** Two clients of one household in 2019: client 1 has Hulp under the Wmo, client 2 Ambulant under the Jeugdwet. */
  private static ClientDataset small() {
    return ClientDataset.builder()
        .add(new PaymentRecord(new ClientId(1), 2019, Law.WMO, "Hulp", "A", Amount.ofCents(1000)))
        .add(new PaymentRecord(new ClientId(2), 2019, Law.JEUGDWET, "Ambulant", "B", Amount.ofCents(250)))
        .add(ClientRecord.of(new ClientId(1), 2019, Law.WMO, "Hulp").withHousehold("H1"))
        .add(ClientRecord.of(new ClientId(2), 2019, Law.JEUGDWET, "Ambulant").withHousehold("H1"))
        .build();
  }

  /** The distance of pseudonym 1 from the smallest long, 2^63 + 1, as a varint of ten bytes. */
  private static final String CLIENT_1 = "81808080808080808001";

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  /** The bytes of {@code headerAndBody} (hex) with their checksum appended. */
  private static byte[] withChecksum(String headerAndBody) {
    return withChecksum(HexFormat.of().parseHex(headerAndBody));
  }

  /** {@code body} (header included) with its checksum appended, as a writer seals it. */
  static byte[] withChecksum(byte[] body) {
    CRC32 crc = new CRC32();
    crc.update(body);
    byte[] out = Arrays.copyOf(body, body.length + 4);
    long v = crc.getValue();
    for (int i = 0; i < 4; i++) {
      out[body.length + i] = (byte) (v >>> (24 - 8 * i));
    }
    return out;
  }

  private static String text(String s) {
    return HexFormat.of().toHexDigits((byte) s.length()) + HexFormat.of().formatHex(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anAggregationByLawIsPinnedByteForByte() {
    Aggregation partial = small().partial(Query.by(Dimension.LAW));
    String expected = "5344504101" + "41"                   // SDPA, version 1, aggregation
        + "03" + text("JEUGDWET") + text("LAW") + text("WMO")  // string table
        + "01" + "01"                                      // one dimension: string 1, LAW
        + "01" + "00"                                      // unmatched values: present, none
        + "02" + CLIENT_1 + "00"                           // all clients: 1, and 2 (1 + 0 + 1)
        + "02"                                             // two groups, ordered by their codes
        + "01" + "f403" + "01" + "01" + "82808080808080808001" // JEUGDWET: 250 cents, 1 payment, client 2
        + "03" + "d00f" + "01" + "01" + CLIENT_1;          // WMO: 1000 cents, 1 payment, client 1
    assertEquals(hex(withChecksum(expected)), hex(partial.toBytes()));
    assertEquals(75, partial.toBytes().length, "as docs/clients.md says");
    assertEquals(partial, Aggregation.fromBytes(partial.toBytes()));
  }

  @Test
  void aStackingPartialIsPinnedByteForByte() {
    StackingPartial partial = small().stackingPartial();
    String expected = "5344504101" + "53"                   // SDPA, version 1, stacking
        + "02" + text("Ambulant") + text("Hulp")           // string table: the provisions
        + "02"                                             // two client-years
        + CLIENT_1 + "13" + "01" + "01" + "01"             // client 1, 2019, Wmo, one provision: Hulp
        + "01" + "13" + "02" + "01" + "00"                 // client 2 (1 further), 2019, Jeugdwet, Ambulant
        + "01"                                             // one household-year
        + CLIENT_1 + "13" + "02" + "00" + "00";            // household of client 1, 2019: Ambulant and Hulp (0 + 0 + 1)
    assertEquals(hex(withChecksum(expected)), hex(partial.toBytes()));
    assertEquals(partial, StackingPartial.fromBytes(partial.toBytes()));
    assertEquals(1, StackingPartial.fromBytes(partial.toBytes()).result().householdsWithAtLeastProvisions(2019, 2));
  }

  @Test
  void aConcentrationPartialIsAnAggregationByProviderOfItsOwnKind() {
    ConcentrationPartial partial = small().concentrationPartial(Query.by().where(Dimension.LAW, Law.WMO));
    String expected = "5344504101" + "43"                   // SDPA, version 1, concentration
        + "02" + text("A") + text("PROVIDER")
        + "01" + "01"                                      // by PROVIDER
        + "01" + "00"
        + "01" + CLIENT_1
        + "01" + "01" + "d00f" + "01" + "01" + CLIENT_1;   // A: 1000 cents, 1 payment, client 1
    assertEquals(hex(withChecksum(expected)), hex(partial.toBytes()));
    assertEquals(small().providerConcentration(Query.by().where(Dimension.LAW, Law.WMO), 100),
        ConcentrationPartial.fromBytes(partial.toBytes()).result(100));
  }

  @Test
  void theIdentityOfMergingKeepsThatItHoldsNoUnmatchedValues() {
    Aggregation empty = Aggregation.empty(Set.of(Dimension.YEAR));
    assertEquals("5344504101" + "41" + "01" + text("YEAR") + "01" + "00" + "00" + "00" + "00",
        hex(empty.toBytes()).substring(0, hex(empty.toBytes()).length() - 8));
    Aggregation back = Aggregation.fromBytes(empty.toBytes());
    Aggregation some = small().partial(Query.by(Dimension.YEAR).where(Dimension.YEAR, 2019, 2020));
    assertEquals(some.result(), back.merge(some).result(), "2020 stays unmatched after merging with the identity");
  }

  private static SociaalDomeinException refused(Function<byte[], ?> read, byte[] bytes) {
    return assertThrows(SociaalDomeinException.class, () -> read.apply(bytes));
  }

  @Test
  void anUnknownVersionIsRefusedAtItsByte() {
    byte[] bytes = small().stackingPartial().toBytes();
    bytes[4] = 2;
    SociaalDomeinException e = refused(StackingPartial::fromBytes, bytes);
    assertEquals("stacking partial, byte 4", e.where());
    assertEquals("version 2 is unknown; this library reads version 1", e.why());
  }

  @Test
  void bytesThatAreNoPartialOrAnotherKindAreRefusedAtTheirByte() {
    assertEquals("aggregation partial, byte 0: the input ends in the magic bytes SDPA after 0 bytes",
        refused(Aggregation::fromBytes, new byte[0]).getMessage());
    assertEquals("aggregation partial, byte 0: not a serialized partial: it does not start with the magic bytes SDPA",
        refused(Aggregation::fromBytes, "{\"groups\": []}".getBytes(StandardCharsets.UTF_8)).getMessage());
    assertEquals("aggregation partial, byte 5: holds a stacking partial, not an aggregation partial",
        refused(Aggregation::fromBytes, small().stackingPartial().toBytes()).getMessage());
    assertEquals("concentration partial, byte 5: holds an aggregation partial, not a concentration partial",
        refused(ConcentrationPartial::fromBytes, small().partial(Query.by(Dimension.PROVIDER)).toBytes()).getMessage());
  }

  @Test
  void truncatedOrCorruptBytesAreRefusedAtTheChecksum() {
    byte[] bytes = small().partial(Query.by(Dimension.LAW)).toBytes();
    byte[] truncated = Arrays.copyOf(bytes, bytes.length - 3);
    assertEquals("aggregation partial, byte " + (truncated.length - 4), refused(Aggregation::fromBytes, truncated).where());
    assertEquals("aggregation partial, byte 9: the input ends before its checksum",
        refused(Aggregation::fromBytes, Arrays.copyOf(bytes, 9)).getMessage());
    byte[] corrupt = bytes.clone();
    corrupt[20] ^= 0x10;
    SociaalDomeinException e = refused(Aggregation::fromBytes, corrupt);
    assertEquals("aggregation partial, byte " + (bytes.length - 4), e.where());
    assertEquals(true, e.why().endsWith("the input is corrupt or truncated"), e.why());
  }

  @Test
  void aBodyThatBreaksTheLayoutIsRefusedAtItsByteEvenWithAGoodChecksum() {
    String head = "5344504101" + "41" + "01" + text("LAW") + "01" + "00" + "01" + "00" + "00";
    assertEquals("aggregation partial, byte 16: the count of groups is 1000, more than the 0 bytes left",
        refused(Aggregation::fromBytes, withChecksum(head + "e807")).getMessage());
    assertEquals("aggregation partial, byte 17: a value of LAW is 5, not below 2",
        refused(Aggregation::fromBytes, withChecksum(head + "01" + "05")).getMessage());
    assertEquals("aggregation partial, byte 17: \"LAW\" is not a Law",
        refused(Aggregation::fromBytes, withChecksum(head + "01" + "01")).getMessage());
    assertEquals("aggregation partial, byte 17: 1 byte follows the body",
        refused(Aggregation::fromBytes, withChecksum(head + "00" + "ff")).getMessage());
    assertEquals("aggregation partial, byte 9: string 1 does not follow string 0 in order",
        refused(Aggregation::fromBytes, withChecksum("5344504101" + "41" + "02" + text("b") + text("a"))).getMessage());
    String stacking = "5344504101" + "53" + "01" + text("Hulp") + "02"
        + CLIENT_1 + "13" + "01" + "01" + "00"
        + "00" + "13" + "01" + "01" + "00";
    assertEquals("stacking partial, byte 27: client-year 1 does not follow the one before in order",
        refused(StackingPartial::fromBytes, withChecksum(stacking + "00")).getMessage());
  }
}
