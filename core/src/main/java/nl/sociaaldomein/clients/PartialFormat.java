// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * The serialized form of the partials (docs/clients.md, "Partials and their serialized form"):
 * a header (magic, version, kind), a body of unsigned LEB128 varints, a string table and
 * delta-encoded ascending pseudonyms, and a CRC-32 of all before it. The reader checks every
 * count against the bytes left before it allocates, so a corrupt length cannot exhaust memory,
 * and names what is wrong and at which byte.
 */
final class PartialFormat {

  /** "SDPA": sociaaldomein partial aggregate. */
  static final byte[] MAGIC = {'S', 'D', 'P', 'A'};
  static final int VERSION = 1;
  static final int HEADER = MAGIC.length + 2;
  static final int CHECKSUM = 4;

  /** What a serialized partial holds; its byte follows the version. */
  enum Kind {
    AGGREGATION('A', "an", "aggregation partial"),
    STACKING('S', "a", "stacking partial"),
    CONCENTRATION('C', "a", "concentration partial");

    final byte code;
    final String description;
    /** The description with its article, as a sentence names it. */
    final String named;

    Kind(char code, String article, String description) {
      this.code = (byte) code;
      this.description = description;
      this.named = article + " " + description;
    }
  }

  private PartialFormat() {}

  /** Writes a partial's bytes; {@link #finish()} appends the checksum. */
  static final class Writer {
    private byte[] out = new byte[256];
    private int size;

    Writer(Kind kind) {
      for (byte b : MAGIC) {
        u8(b);
      }
      u8(VERSION);
      u8(kind.code);
    }

    void u8(int b) {
      if (size == out.length) {
        out = Arrays.copyOf(out, size * 2);
      }
      out[size++] = (byte) b;
    }

    /** {@code value} as an unsigned LEB128 varint: 7 bits a byte, low first, high bit set on all but the last. */
    void varint(long value) {
      long v = value;
      while ((v & ~0x7FL) != 0) {
        u8((int) ((v & 0x7F) | 0x80));
        v >>>= 7;
      }
      u8((int) v);
    }

    /** A signed value, zigzag-mapped so that small magnitudes of either sign are short. */
    void signed(long value) {
      varint((value << 1) ^ (value >> 63));
    }

    void string(String s) {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      varint(utf8.length);
      for (byte b : utf8) {
        u8(b);
      }
    }

    /** The string table: a count, then each string; ascending and distinct. */
    void strings(List<String> table) {
      varint(table.size());
      table.forEach(this::string);
    }

    /**
     * Ascending distinct pseudonyms: a count, the first as its distance from {@link Long#MIN_VALUE}
     * and each next as its distance from the one before, less one.
     */
    void ascending(long[] pseudonyms) {
      varint(pseudonyms.length);
      long previous = Long.MIN_VALUE;
      for (int i = 0; i < pseudonyms.length; i++) {
        varint(pseudonyms[i] - previous - (i == 0 ? 0 : 1));
        previous = pseudonyms[i];
      }
    }

    /** The bytes with their checksum. */
    byte[] finish() {
      CRC32 crc = new CRC32();
      crc.update(out, 0, size);
      long value = crc.getValue();
      for (int shift = 24; shift >= 0; shift -= 8) {
        u8((int) (value >>> shift));
      }
      return Arrays.copyOf(out, size);
    }
  }

  /** Reads a partial's bytes after checking the header and checksum; every error names its byte. */
  static final class Reader {
    private final byte[] in;
    private final Kind kind;
    private final int end;
    private int at;

    Reader(byte[] bytes, Kind kind) {
      this.in = bytes.clone();
      this.kind = kind;
      for (int i = 0; i < MAGIC.length; i++) {
        if (i >= in.length) {
          throw error(i, "the input ends in the magic bytes SDPA after " + i + " bytes");
        }
        if (in[i] != MAGIC[i]) {
          throw error(i, "not a serialized partial: it does not start with the magic bytes SDPA");
        }
      }
      if (in.length <= MAGIC.length) {
        throw error(MAGIC.length, "the input ends before the version");
      }
      if (in[MAGIC.length] != VERSION) {
        throw error(MAGIC.length, "version " + (in[MAGIC.length] & 0xFF) + " is unknown; this library reads version " + VERSION);
      }
      if (in.length <= MAGIC.length + 1) {
        throw error(MAGIC.length + 1, "the input ends before the kind");
      }
      byte code = in[MAGIC.length + 1];
      if (code != kind.code) {
        String held = Arrays.stream(Kind.values()).filter(k -> k.code == code).map(k -> k.named)
            .findFirst().orElse("kind " + (code & 0xFF) + ", which is unknown");
        throw error(MAGIC.length + 1, "holds " + held + ", not " + kind.named);
      }
      if (in.length < HEADER + CHECKSUM) {
        throw error(in.length, "the input ends before its checksum");
      }
      end = in.length - CHECKSUM;
      CRC32 crc = new CRC32();
      crc.update(in, 0, end);
      long stored = ByteBuffer.wrap(in, end, CHECKSUM).getInt() & 0xFFFF_FFFFL;
      if (stored != crc.getValue()) {
        throw error(end, String.format("the checksum %08x is not that of the %d bytes before it (%08x): the input is "
            + "corrupt or truncated", stored, end, crc.getValue()));
      }
      at = HEADER;
    }

    /** Where the next byte is read. */
    int offset() {
      return at;
    }

    SociaalDomeinException error(int offset, String why) {
      return new SociaalDomeinException(kind.description + ", byte " + offset, Optional.empty(), why);
    }

    int u8(String what) {
      if (at >= end) {
        throw error(at, "the input ends in " + what);
      }
      return in[at++] & 0xFF;
    }

    long varint(String what) {
      int start = at;
      long value = 0;
      for (int shift = 0; ; shift += 7) {
        int b = u8(what);
        if (shift == 63 && b > 1) {
          throw error(start, what + " is a varint of more than 64 bits");
        }
        value |= (long) (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return value;
        }
      }
    }

    long signed(String what) {
      long v = varint(what);
      return (v >>> 1) ^ -(v & 1);
    }

    /** A varint below {@code bound}, such as an index into a table of that size. */
    int below(int bound, String what) {
      int start = at;
      long v = varint(what);
      if (v < 0 || v >= bound) {
        throw error(start, what + " is " + Long.toUnsignedString(v) + ", not below " + bound);
      }
      return (int) v;
    }

    /** A count of items of at least one byte each, so never more than the bytes left. */
    int count(String what) {
      int start = at;
      long v = varint("the count of " + what);
      if (v < 0 || v > end - at) {
        throw error(start, "the count of " + what + " is " + Long.toUnsignedString(v) + ", more than the "
            + (end - at) + " bytes left");
      }
      return (int) v;
    }

    String string(String what) {
      int length = count("the bytes of " + what);
      int start = at;
      at += length;
      try {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in, start, length)).toString();
      } catch (CharacterCodingException e) {
        throw error(start, what + " is not UTF-8");
      }
    }

    /** The string table, which must be ascending and distinct, so that one partial has one form. */
    List<String> strings() {
      int n = count("the string table");
      String[] table = new String[n];
      for (int i = 0; i < n; i++) {
        int start = at;
        table[i] = string("string " + i);
        if (i > 0 && table[i - 1].compareTo(table[i]) >= 0) {
          throw error(start, "string " + i + " does not follow string " + (i - 1) + " in order");
        }
      }
      return List.of(table);
    }

    /** A value written by {@link Writer#ascending(long[])}. */
    long[] ascending(String what) {
      int n = count(what);
      long[] out = new long[n];
      long previous = Long.MIN_VALUE;
      for (int i = 0; i < n; i++) {
        previous = next(previous, i == 0 ? 0 : 1, what);
        out[i] = previous;
      }
      return out;
    }

    /** The pseudonym {@code varint + step} above {@code previous}; refused when it passes the largest. */
    long next(long previous, int step, String what) {
      int start = at;
      long distance = varint(what);
      if (Long.compareUnsigned(distance, Long.MAX_VALUE - previous - step) > 0 || (step > 0 && previous == Long.MAX_VALUE)) {
        throw error(start, what + " run past the largest pseudonym");
      }
      return previous + distance + step;
    }

    /** Refuses bytes between the body and the checksum. */
    void end() {
      if (at != end) {
        throw error(at, (end - at) + (end - at == 1 ? " byte follows" : " bytes follow") + " the body");
      }
    }
  }
}
