// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the readers of this library take their text: in the charset the caller names (UTF-8 unless
 * told otherwise) or a {@link Problem} at the line and character of the first byte that is not
 * valid in it, with a hint at the charset the bytes look like (never replacement characters), a byte order mark
 * dropped, the CSV dialect of the first line that holds anything, and FastCSV's syntax errors in
 * the words of this library. A file that cannot be opened is the environment's failure and
 * throws {@link UncheckedIOException}.
 */
public final class TextInput {

  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final Pattern FASTCSV_LINE = Pattern.compile("line (\\d+)");

  private TextInput() {}

  /** The charset of Windows tools that export CSV, which {@link #hint} names when UTF-8 fails. */
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final char REPLACEMENT = '\uFFFD';

  /** The text of {@code file}; empty, with a problem at the first bad byte, when it is not UTF-8. */
  public static Optional<String> read(Path file, ProblemLog log) {
    return read(file, StandardCharsets.UTF_8, log);
  }

  /**
   * The text of {@code file} in {@code charset}; empty, with a problem at the line and character
   * of the first byte that is not valid in it, when one is not.
   */
  public static Optional<String> read(Path file, Charset charset, ProblemLog log) {
    Objects.requireNonNull(charset, "charset");
    try {
      return decode(Files.readAllBytes(file), charset, log);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /**
   * The text of {@code in} in {@code charset}, read to its end and not closed; empty, with a
   * problem at the line and character of the first byte that is not valid in it, when one is not.
   */
  public static Optional<String> read(InputStream in, Charset charset, ProblemLog log) {
    Objects.requireNonNull(charset, "charset");
    try {
      return decode(in.readAllBytes(), charset, log);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + log.source(), e);
    }
  }

  /**
   * The text of {@code in}, read to its end and not closed; empty, with a problem, when the
   * reader's decoder refuses a byte (a reader decodes before this class sees the text, so that
   * problem names no line). An {@link InputStreamReader} made with a charset replaces bytes not
   * valid in it with U+FFFD without a word, and so does any reader over one (a
   * {@code BufferedReader}, a {@code FileReader}), which this class cannot see through. So text
   * that holds U+FFFD is refused at the line and character of the first, unless it comes from a
   * reader over text already in memory ({@link StringReader}, {@link CharArrayReader}), where the
   * character is the text's own: what the writers of this library write reads back. Pass the
   * bytes with their charset instead ({@link #read(InputStream, Charset, ProblemLog)}).
   */
  public static Optional<String> read(Reader in, ProblemLog log) {
    StringWriter text = new StringWriter();
    try {
      in.transferTo(text);
    } catch (CharacterCodingException e) {
      log.add(Problem.of(Location.of(log.source()), notUtf8("the text is not")), e);
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + log.source(), e);
    }
    String read = text.toString();
    int replaced = in instanceof StringReader || in instanceof CharArrayReader ? -1 : read.indexOf(REPLACEMENT);
    if (replaced >= 0) {
      long line = 1;
      int lineStart = 0;
      for (int i = 0; i < replaced; i++) {
        if (read.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      log.add(Problem.of(Location.atCharacter(log.source(), line, replaced - lineStart + 1),
          "the replacement character U+FFFD: a reader decodes bytes not valid in its charset to it, so the text"
              + " is not what the file holds; pass the file or stream with its charset"
              + " (UTF-8, or windows-1252 for a CSV file saved by Windows tools)"));
      return Optional.empty();
    }
    return Optional.of(read);
  }

  /**
   * How a reader makes its value of the text it was given, adding each problem to the log:
   * what differs between the readers, while where the text comes from is the same for them all.
   */
  @FunctionalInterface
  public interface TextParser<T> {
    /** The value of {@code text}, or empty with the problems in {@code log}. */
    Optional<T> parse(String text, ProblemLog log);
  }

  /** {@code parser}'s value of the UTF-8 text in {@code file}, read in {@code mode}, with the report of the read. */
  public static <T> ReadResult<T> parse(Path file, ReadMode mode, TextParser<T> parser) {
    return parse(file, StandardCharsets.UTF_8, mode, parser);
  }

  /** {@code parser}'s value of the text in {@code file} in {@code charset}, read in {@code mode}. */
  public static <T> ReadResult<T> parse(Path file, Charset charset, ReadMode mode, TextParser<T> parser) {
    return parse(file, file.toString(), charset, mode, parser);
  }

  /** As {@link #parse(Path, Charset, ReadMode, TextParser)}, with {@code source} naming the file in problems. */
  public static <T> ReadResult<T> parse(Path file, String source, Charset charset, ReadMode mode,
      TextParser<T> parser) {
    ProblemLog log = new ProblemLog(source, mode);
    return log.result(read(file, charset, log).flatMap(text -> parser.parse(text, log)));
  }

  /** {@code parser}'s value of the text in {@code in} in {@code charset}, which is left open; {@code source} names it. */
  public static <T> ReadResult<T> parse(InputStream in, String source, Charset charset, ReadMode mode,
      TextParser<T> parser) {
    ProblemLog log = new ProblemLog(source, mode);
    return log.result(read(in, charset, log).flatMap(text -> parser.parse(text, log)));
  }

  /** {@code parser}'s value of the text of {@code in}, which is left open (see {@link #read(Reader, ProblemLog)}). */
  public static <T> ReadResult<T> parse(Reader in, String source, ReadMode mode, TextParser<T> parser) {
    ProblemLog log = new ProblemLog(source, mode);
    return log.result(read(in, log).flatMap(text -> parser.parse(text, log)));
  }

  /** The text of {@code bytes}; empty, with a problem at the first bad byte, when they are not UTF-8. */
  public static Optional<String> decode(byte[] bytes, ProblemLog log) {
    return decode(bytes, StandardCharsets.UTF_8, log);
  }

  /**
   * The text of {@code bytes} in {@code charset}, never with replacement characters: empty, with
   * a problem at the line and character of the first byte that is not valid in it and a
   * {@linkplain #hint hint} at the charset the bytes look like, when one is not.
   */
  public static Optional<String> decode(byte[] bytes, Charset charset, ProblemLog log) {
    Objects.requireNonNull(charset, "charset");
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      return Optional.of(strictDecoder(charset).decode(in).toString());
    } catch (CharacterCodingException e) {
      // decode leaves the buffer at the first byte it could not read.
      int bad = in.position();
      long line = 1;
      int lineStart = 0;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      int character = charset.decode(ByteBuffer.wrap(bytes, lineStart, bad - lineStart)).length() + 1;
      String found = String.format("byte 0x%02X is not valid ", bytes[bad]) + charset.name();
      log.add(Problem.of(Location.atCharacter(log.source(), line, character),
          charset.equals(StandardCharsets.UTF_8) && !isValid(bytes, WINDOWS_1252)
              ? notUtf8(String.format("byte 0x%02X is not", bytes[bad]))
              : found + "; " + hint(bytes, charset)), e);
      return Optional.empty();
    }
  }

  /** A decoder of {@code charset} that reports bytes not valid in it instead of replacing them. */
  public static CharsetDecoder strictDecoder(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * What to do about {@code bytes} that are not valid in {@code charset}: read them as UTF-8 or
   * as Windows-1252 where they are valid in that, else save the file in the charset named.
   */
  public static String hint(byte[] bytes, Charset charset) {
    if (!charset.equals(StandardCharsets.UTF_8) && isValid(bytes, StandardCharsets.UTF_8)) {
      return "the file looks like UTF-8; read it with that charset";
    }
    if (!charset.equals(WINDOWS_1252) && isValid(bytes, WINDOWS_1252)) {
      return "the file looks like Windows-1252 (as Windows tools save CSV); read it with that charset,"
          + " or save it as UTF-8 (in Excel: \"CSV UTF-8\")";
    }
    return "read it with the charset it was saved in, or save it as " + charset.name();
  }

  private static boolean isValid(byte[] bytes, Charset charset) {
    try {
      strictDecoder(charset).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** The message of text that is not UTF-8, after what was found. */
  public static String notUtf8(String found) {
    return found + " UTF-8; save the file as UTF-8 (in Excel: \"CSV UTF-8\")";
  }

  /** {@code text} without a leading byte order mark. */
  public static String withoutByteOrderMark(String text) {
    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
  }

  /** The dialect of the first line of {@code text} that holds more than white space (plain when none does). */
  public static CsvDialect dialectOf(String text) {
    for (String line : withoutByteOrderMark(text).split("\r?\n|\r", -1)) {
      if (!line.isBlank()) {
        return CsvDialect.detect(line);
      }
    }
    return CsvDialect.PLAIN;
  }

  /**
   * FastCSV's syntax error ("Exception when reading record that started in line 2", the reason
   * in its cause) as a problem at that line; FastCSV cannot go on after it, so nothing after it
   * is read.
   */
  public static Problem syntaxError(String source, CsvParseException e) {
    Matcher m = FASTCSV_LINE.matcher(String.valueOf(e.getMessage()));
    String reason = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
        : String.valueOf(e.getMessage());
    Location where = m.find() ? Location.atLine(source, Long.parseLong(m.group(1))) : Location.of(source);
    return Problem.of(where, "not valid CSV: " + reason);
  }

  /**
   * The lines a quote that is never closed takes in: FastCSV reads from it to the end of the text
   * as one field, so the rows there would otherwise be one row, or none.
   *
   * @param lines the lines from the opening quote on that hold more than white space, the first
   *     being the line of the quote: the rows they would have been
   */
  public record UnclosedQuote(List<Long> lines) {
    /** Keeps a copy of the lines. */
    public UnclosedQuote {
      lines = List.copyOf(lines);
    }

    /** The line of the opening quote. */
    public long firstLine() {
      return lines.get(0);
    }

    /** The last line the quote takes in. */
    public long lastLine() {
      return lines.get(lines.size() - 1);
    }

    /** The reason of the problem at {@link #firstLine()}, for people. */
    public String why() {
      return "not valid CSV: an unclosed quote from line " + firstLine() + " takes in lines " + firstLine() + " to "
          + lastLine() + "; close the quote (a quote inside a quoted field is written twice)";
    }

    /** The problem at {@link #firstLine()} of {@code source}. */
    public Problem problem(String source) {
      return Problem.of(Location.atLine(source, firstLine()), why());
    }

    /**
     * Rejects, after a reader's header, each line the quote takes in as a row of its own: the
     * first with {@link #problem}, the others as taken in by it, so that the count of rows still
     * matches the file.
     */
    public void rejectRows(ProblemLog log) {
      log.reject(problem(log.source()));
      for (long line : lines.subList(1, lines.size())) {
        log.reject(Problem.of(Location.atLine(log.source(), line),
            "not read: taken in by the unclosed quote from line " + firstLine()));
      }
    }
  }

  /**
   * The quote of {@code text} that is never closed, when there is one. Quotes count as FastCSV
   * counts them: one opens a field only at its start, and inside a quoted field a doubled quote is
   * a quote.
   */
  public static Optional<UnclosedQuote> unclosedQuote(String text, char separator) {
    long line = 1;
    boolean quoted = false;
    boolean fieldStart = true;
    long openedAt = 0;
    int openedIndex = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean newline = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            i++;
          } else {
            quoted = false;
          }
        }
      } else if (c == '"' && fieldStart) {
        quoted = true;
        openedAt = line;
        openedIndex = i;
      }
      fieldStart = !quoted && (c == separator || c == '\n' || c == '\r');
      if (newline) {
        line++;
      }
    }
    if (!quoted) {
      return Optional.empty();
    }
    List<Long> lines = new ArrayList<>();
    long at = openedAt;
    boolean blank = true;
    for (int i = openedIndex; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      boolean newline = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
      if (newline) {
        if (!blank) {
          lines.add(at);
        }
        at++;
        blank = true;
      } else if (!Character.isWhitespace(c)) {
        blank = false;
      }
    }
    return Optional.of(new UnclosedQuote(lines));
  }
}
