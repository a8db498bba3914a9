// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.clients;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.OptionalLong;

/**
 * A file read up to its header line and given back whole: the CSV reader needs the separator
 * before it starts, and the separator is told by the header line, which may follow any number of
 * blank lines. A mark and reset would need a buffer as long as those lines, so they are counted
 * instead and given back as one line break each (the line numbers stay true); the header line is
 * kept as runs of equal characters, so that even a header behind thousands of empty fields costs
 * a few runs. The byte order mark at the start is dropped.
 */
final class FileStart extends Reader {

  /** Runs kept of the header line; enough of it to tell the dialect, as the first line of any file. */
  private static final int MAX_RUNS = 1 << 16;

  private final Reader rest;
  private char[] runChars = new char[64];
  private int[] lengths = new int[64];
  private int runs;
  private long blankLines;
  private long tooManyBlanksAt = -1;

  private long breaksToGive;
  private int run;
  private int givenOfRun;

  private FileStart(Reader rest) {
    this.rest = rest;
  }

  /** The start of {@code in}, not read yet: {@link #scan()} reads it. */
  static FileStart of(Reader in) {
    return new FileStart(in);
  }

  /** Reads up to and including the end of the header line. */
  void scan() throws IOException {
    scanLines();
    breaksToGive = blankLines;
  }

  private void scanLines() throws IOException {
    int c = rest.read();
    if (c == '\uFEFF') {
      c = rest.read();
    }
    boolean blank = true;
    boolean overflow = false;
    while (c != -1) {
      if (c == '\n' || c == '\r') {
        if (!blank) {
          add((char) c);
          return;
        }
        blankLines++;
        runs = 0;
        overflow = false;
        int next = rest.read();
        c = c == '\r' && next == '\n' ? rest.read() : next;
        continue;
      }
      if (blank && !isBlank((char) c)) {
        if (overflow) {
          tooManyBlanksAt = blankLines + 1;
          runs = 0;
          return;
        }
        blank = false;
      }
      if (!add((char) c)) {
        // Only a line still blank gets here (one with a value stops below): it is dropped if it
        // stays blank, and refused if a value follows, since it cannot be given back.
        overflow = true;
      }
      if (!blank && runs == MAX_RUNS) {
        // Enough to tell the dialect; what follows is read from the file as it stands.
        return;
      }
      c = rest.read();
    }
  }

  private boolean add(char c) {
    if (runs > 0 && runChars[runs - 1] == c && lengths[runs - 1] < Integer.MAX_VALUE) {
      lengths[runs - 1]++;
      return true;
    }
    if (runs == MAX_RUNS) {
      return false;
    }
    if (runs == runChars.length) {
      runChars = Arrays.copyOf(runChars, runs * 2);
      lengths = Arrays.copyOf(lengths, runs * 2);
    }
    runChars[runs] = c;
    lengths[runs] = 1;
    runs++;
    return true;
  }

  /** As {@link RowHandler} sees an empty field, and the separators of either dialect. */
  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\uFEFF' || c == ';' || c == ',';
  }

  /** The start of the header line, as much as a header line needs to tell the dialect. */
  String headerLine() {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < runs && line.length() < MAX_RUNS; i++) {
      if (runChars[i] == '\n' || runChars[i] == '\r') {
        break;
      }
      line.append(String.valueOf(runChars[i]).repeat(Math.min(lengths[i], MAX_RUNS - line.length())));
    }
    return line.toString();
  }

  /** The 1-based line of a header behind more mixed blanks than {@link #MAX_RUNS} runs; such a file is not read. */
  OptionalLong tooManyBlanksAt() {
    return tooManyBlanksAt < 0 ? OptionalLong.empty() : OptionalLong.of(tooManyBlanksAt);
  }

  /** The blank lines before the header line, or before the point reached when reading it failed. */
  long blankLines() {
    return blankLines;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    int n = 0;
    while (n < len && breaksToGive > 0) {
      buf[off + n++] = '\n';
      breaksToGive--;
    }
    while (n < len && run < runs) {
      int take = Math.min(len - n, lengths[run] - givenOfRun);
      Arrays.fill(buf, off + n, off + n + take, runChars[run]);
      n += take;
      givenOfRun += take;
      if (givenOfRun == lengths[run]) {
        run++;
        givenOfRun = 0;
      }
    }
    if (n > 0) {
      return n;
    }
    return rest.read(buf, off, len);
  }

  @Override
  public void close() throws IOException {
    rest.close();
  }
}
