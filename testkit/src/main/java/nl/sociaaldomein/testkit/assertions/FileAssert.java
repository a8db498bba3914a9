package nl.sociaaldomein.testkit.assertions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Objects;
import nl.sociaaldomein.statement.Statement;
import org.assertj.core.api.AbstractPathAssert;

/** Assertions on a file a tool writes, with every assertion AssertJ has for paths besides. */
public final class FileAssert extends AbstractPathAssert<FileAssert> {

  public FileAssert(Path actual) {
    super(actual, FileAssert.class);
  }

  /**
   * As {@link TextAssert#containsNoBsn()}, on the file's bytes (digits are the same in every
   * ASCII-based charset), or its text where it is UTF-16 with a byte order mark.
   */
  public FileAssert containsNoBsn() {
    isNotNull();
    TextChecks.bsnFailure(actual.toString(), latin1(read())).ifPresent(m -> failWithMessage("%s", m));
    return this;
  }

  /** As {@link TextAssert#containsNoneOfTheBsns(Collection)}, on the file's bytes as {@link #containsNoBsn()} reads them. */
  public FileAssert containsNoneOfTheBsns(Collection<String> bsns) {
    Objects.requireNonNull(bsns, "bsns");
    isNotNull();
    TextChecks.knownBsnFailure(actual.toString(), latin1(read()), bsns).ifPresent(m -> failWithMessage("%s", m));
    return this;
  }

  /** As {@link TextAssert#parsesAs(Statement)}, on the file read as UTF-8. */
  public FileAssert parsesAs(Statement expected) {
    Objects.requireNonNull(expected, "expected");
    isNotNull();
    String text = new String(read(), StandardCharsets.UTF_8);
    TextChecks.statementFailure(actual.toString(), text, expected).ifPresent(m -> failWithMessage("%s", m));
    return this;
  }

  private byte[] read() {
    try {
      return Files.readAllBytes(actual);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + actual, e);
    }
  }

  /**
   * One char per byte, so that offsets are byte offsets and no byte fails to decode; but UTF-16
   * with its byte order mark (Excel's "Unicode text") decoded as such, one char per two bytes,
   * since its digits are not one byte each.
   */
  static String latin1(byte[] bytes) {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new String(bytes, StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new String(bytes, StandardCharsets.UTF_16BE);
    }
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }
}
