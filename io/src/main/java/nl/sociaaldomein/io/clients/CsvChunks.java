// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.clients;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * A CSV file cut into chunks of whole lines, to be parsed on several threads: each chunk ends
 * just after a line feed. Whether that line feed ends a record, and not a line inside a quoted
 * value, is for {@link Chunk#lineBreaks(char)} to tell once the separator is known: it walks the
 * chunk as RFC 4180 quotes, and a chunk that does not end outside quotes, or quotes irregularly
 * (a quote inside an unquoted value, text after a closing quote), is not to be parsed on its
 * own. {@link ClientDataReader#withThreads(int)} reads its files so; the benchmarks tokenize
 * with the same chunks, so that both are measured alike.
 */
public final class CsvChunks {

  /** The size of a chunk unless told otherwise: large enough that a chunk's fixed costs vanish. */
  public static final int DEFAULT_CHUNK_BYTES = 4 << 20;

  /** How far {@link #prefix} looks for a header line. */
  private static final int MAX_PREFIX = 1 << 20;

  private final FileChannel channel;
  private final long to;
  private final int chunkBytes;
  private long position;
  /**
   * Buffers of released chunks, to be filled with later ones: a new array per chunk costs the
   * JVM's zeroing and the reader's wipe of it, together as much as a third of tokenizing it.
   */
  private final Deque<byte[]> free = new ArrayDeque<>();
  /** Every buffer handed out and not yet wiped, for {@link #wipe()}. */
  private final List<byte[]> handedOut = new ArrayList<>();
  private boolean wiped;

  private CsvChunks(FileChannel channel, long from, long to, int chunkBytes) {
    this.channel = channel;
    this.position = from;
    this.to = to;
    this.chunkBytes = chunkBytes;
  }

  /** The chunks of {@code channel} from byte {@code from} to byte {@code to}, of about {@code chunkBytes} each. */
  public static CsvChunks of(FileChannel channel, long from, long to, int chunkBytes) {
    Objects.requireNonNull(channel, "channel");
    if (from < 0 || to < from || chunkBytes < 1) {
      throw new SociaalDomeinException("Chunks of " + chunkBytes + " bytes from byte " + from + " to " + to
          + " cannot be cut");
    }
    return new CsvChunks(channel, from, to, chunkBytes);
  }

  /** Whether bytes before the end are left to cut into chunks. */
  public boolean hasNext() {
    return position < to;
  }

  /** The next chunk: up to and including the last line feed of the next {@code chunkBytes}, or more if none is there. */
  public Chunk next() throws IOException {
    if (!hasNext()) {
      throw new NoSuchElementException("no chunk after byte " + to);
    }
    int length = (int) Math.min(chunkBytes, to - position);
    byte[] bytes = buffer(length);
    int filled = 0;
    while (true) {
      filled += fill(bytes, filled, position + filled);
      if (position + filled == to) {
        Chunk chunk = new Chunk(this, position, bytes, filled, true);
        position += filled;
        return chunk;
      }
      int end = filled;
      while (end > 0 && bytes[end - 1] != '\n') {
        end--;
      }
      if (end > 0) {
        Chunk chunk = new Chunk(this, position, bytes, end, false);
        position += end;
        return chunk;
      }
      byte[] larger = Arrays.copyOf(bytes, (int) Math.min(Math.max(2L * bytes.length, 1), Math.min(to - position,
          Integer.MAX_VALUE - 8)));
      forget(bytes);
      bytes = larger;
      synchronized (this) {
        handedOut.add(bytes);
      }
    }
  }

  /** A buffer of {@code length} bytes: a released one of that length, or a new one. */
  private synchronized byte[] buffer(int length) {
    byte[] bytes = free.poll();
    if (bytes != null && bytes.length == length) {
      return bytes;
    }
    if (bytes != null) {
      forget(bytes);
    }
    bytes = new byte[length];
    handedOut.add(bytes);
    return bytes;
  }

  /** Takes back the buffer of a chunk read to its end, to be filled again; wiped when these chunks are. */
  private synchronized void release(byte[] bytes) {
    if (wiped || free.size() >= MAX_FREE) {
      forget(bytes);
    } else {
      free.add(bytes);
    }
  }

  private synchronized void forget(byte[] bytes) {
    Arrays.fill(bytes, (byte) 0);
    handedOut.remove(bytes);
  }

  /**
   * Overwrites every buffer these chunks handed out (they hold BSNs), released or not, and every
   * buffer released after: call it when the read ends, its chunks read or abandoned.
   */
  public synchronized void wipe() {
    wiped = true;
    for (byte[] bytes : handedOut) {
      Arrays.fill(bytes, (byte) 0);
    }
    handedOut.clear();
    free.clear();
  }

  /** Released buffers kept for later chunks; a read holds about twice its threads' chunks at once. */
  private static final int MAX_FREE = 64;

  private int fill(byte[] bytes, int offset, long at) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    long from = at;
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, from);
      if (n < 0) {
        break;
      }
      from += n;
    }
    return (int) (from - at);
  }

  /**
   * The start of a file up to and including the line feed after its header line: blank lines
   * (spaces, tabs, separators), then a line with a value, holding no quote. Empty when there is
   * no such start within its first mebibyte: such a file is read on one thread.
   */
  static Optional<Chunk> prefix(FileChannel channel, long size) throws IOException {
    byte[] bytes = new byte[(int) Math.min(size, MAX_PREFIX)];
    int length = new CsvChunks(channel, 0, size, bytes.length).fill(bytes, 0, 0);
    int i = length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
    boolean value = false;
    for (; i < length; i++) {
      byte b = bytes[i];
      if (b == '"') {
        return Optional.empty();
      }
      if (b == '\r' || b == '\n') {
        if (value) {
          if (b == '\r' && (i + 1 == length || bytes[i + 1] != '\n')) {
            return Optional.empty();
          }
          int end = b == '\r' ? i + 2 : i + 1;
          return Optional.of(new Chunk(null, 0, bytes, end, false));
        }
      } else if (!(b == ' ' || b == '\t' || b == ',' || b == ';' || (b >= 0x0B && b <= 0x0C) || (b >= 0x1C && b <= 0x1F))) {
        value = true;
      }
    }
    return Optional.empty();
  }

  /** Bytes {@code start} to {@code end} of a file. */
  public static final class Chunk {
    /** The chunks this one was cut from, which take its buffer back; null for one cut alone. */
    private final CsvChunks owner;
    private final long start;
    private final byte[] bytes;
    private final int length;
    private final boolean last;

    Chunk(CsvChunks owner, long start, byte[] bytes, int length, boolean last) {
      this.owner = owner;
      this.start = start;
      this.bytes = bytes;
      this.length = length;
      this.last = last;
    }

    /** The offset in the file of the chunk's first byte. */
    public long start() {
      return start;
    }

    /** The offset in the file just after the chunk's last byte: the next chunk's start. */
    public long end() {
      return start + length;
    }

    /** The chunk as UTF-8 text; a byte that is not UTF-8 is a {@link java.nio.charset.CharacterCodingException} when read. */
    public BufferedReader reader() {
      return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes, 0, length),
          StandardCharsets.UTF_8.newDecoder()));
    }

    /**
     * The line breaks in the chunk (CR, LF and CR LF each one, inside quotes too), as the
     * records of the chunk read with {@code separator} span them; -1 when the chunk does not end
     * a record (the last chunk of a file: is within a quoted value at its end) or quotes
     * irregularly (a lone CR within quotes included), so that it cannot be read apart from what precedes it.
     */
    public long lineBreaks(char separator) {
      long plain = plainLineFeeds();
      if (plain >= 0) {
        // Without quotes and lone carriage returns every line feed ends a record: the chunk ends
        // one when it ends with a line feed, as every chunk but the last does.
        return last || length > 0 && bytes[length - 1] == '\n' ? plain : -1;
      }
      return walkedLineBreaks(separator);
    }

    /** {@link #lineBreaks}, walking the chunk byte by byte as RFC 4180 quotes. */
    long walkedLineBreaks(char separator) {
      long lines = 0;
      int state = FIELD_START;
      for (int i = 0; i < length; i++) {
        byte b = bytes[i];
        if (b == '\n' || b == '\r') {
          lines++;
          if (b == '\r' && i + 1 < length && bytes[i + 1] == '\n') {
            i++;
          } else if (b == '\r' && state == QUOTED) {
            // FastCSV 4.0 reads a quoted value holding a lone CR apart from the standard (it
            // drops the value and the line feed ending its record): only the whole file reads it so.
            return -1;
          }
          if (state != QUOTED) {
            state = FIELD_START;
          }
          continue;
        }
        switch (state) {
          case FIELD_START:
            state = b == '"' ? QUOTED : b == separator ? FIELD_START : UNQUOTED;
            break;
          case UNQUOTED:
            if (b == '"') {
              return -1;
            }
            state = b == separator ? FIELD_START : UNQUOTED;
            break;
          case QUOTED:
            state = b == '"' ? CLOSED : QUOTED;
            break;
          default:
            if (b == '"') {
              state = QUOTED;
            } else if (b == separator) {
              state = FIELD_START;
            } else {
              return -1;
            }
        }
      }
      if (last) {
        return state == QUOTED ? -1 : lines;
      }
      return state == FIELD_START && length > 0 && bytes[length - 1] == '\n' ? lines : -1;
    }

    /**
     * The line feeds of a chunk that holds no quote and no carriage return but before a line
     * feed, or -1: eight bytes at a time, as the walk of {@link #lineBreaks} byte by byte costs
     * as much as tokenizing. A CR LF is one line break, counted by its line feed.
     */
    private long plainLineFeeds() {
      long feeds = 0;
      int i = 0;
      for (; i + Long.BYTES <= length; i += Long.BYTES) {
        long word = (long) LONGS.get(bytes, i);
        long returns = zeroBytes(word ^ RETURNS);
        long lineFeeds = zeroBytes(word ^ FEEDS);
        // Little-endian: the byte after a byte is eight bits higher; a CR in the top byte is
        // followed by the next word's first byte.
        if (zeroBytes(word ^ QUOTES) != 0 || (returns << 8 & ~lineFeeds) != 0
            || returns < 0 && (i + Long.BYTES == length || bytes[i + Long.BYTES] != '\n')) {
          return -1;
        }
        feeds += Long.bitCount(lineFeeds);
      }
      for (; i < length; i++) {
        if (bytes[i] == '"' || bytes[i] == '\r' && (i + 1 == length || bytes[i + 1] != '\n')) {
          return -1;
        }
        feeds += bytes[i] == '\n' ? 1 : 0;
      }
      return feeds;
    }

    /** The high bit of each byte of {@code word} that is zero, and no other bit (exact, no false positives). */
    private static long zeroBytes(long word) {
      return ~(((word & LOW_SEVEN) + LOW_SEVEN) | word | LOW_SEVEN);
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;
    private static final long QUOTES = 0x2222222222222222L;
    private static final long RETURNS = 0x0D0D0D0D0D0D0D0DL;
    private static final long FEEDS = 0x0A0A0A0A0A0A0A0AL;

    /** Overwrites the bytes, which hold BSNs. */
    public void wipe() {
      Arrays.fill(bytes, 0, length, (byte) 0);
    }

    /**
     * Done with this chunk: its buffer goes back to the chunks it was cut from, to be filled with
     * a later chunk (and wiped by {@link CsvChunks#wipe()}), or is wiped at once when it has none.
     * The chunk is not read after.
     */
    public void release() {
      if (owner == null) {
        wipe();
      } else {
        owner.release(bytes);
      }
    }

    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int CLOSED = 3;
  }
}
