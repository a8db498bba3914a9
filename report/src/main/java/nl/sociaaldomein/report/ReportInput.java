// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * A file a report was made from, named as the reader knows it and fixed by its SHA-256, so that
 * a reader can tell whether the file on their disk is the one the report describes.
 *
 * @param fileName the file's name, without the directories of the machine that made the report
 * @param sha256 the SHA-256 of the file's bytes, 64 lowercase hexadecimal digits
 */
public record ReportInput(String fileName, String sha256) {
  public ReportInput {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(sha256, "sha256");
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new SociaalDomeinException("The SHA-256 of " + SociaalDomeinException.quote(fileName) + " is "
          + SociaalDomeinException.quote(sha256) + ", not 64 lowercase hexadecimal digits");
    }
  }

  /** The input {@code file}: its name and the SHA-256 of its bytes as they are now. */
  public static ReportInput of(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return of(String.valueOf(file.getFileName()), in);
    } catch (IOException e) {
      throw new SociaalDomeinException("Cannot read report input " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * An input that is not a file on this machine (a class path resource, an upload), named
   * {@code fileName}, with the SHA-256 of the bytes {@code in} gives until its end. The stream is
   * read but not closed.
   */
  public static ReportInput of(String fileName, InputStream in) throws IOException {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(in, "in");
    MessageDigest digest = newDigest();
    byte[] buffer = new byte[8192];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      digest.update(buffer, 0, n);
    }
    return new ReportInput(fileName, HexFormat.of().formatHex(digest.digest()));
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256 (MessageDigest's contract); this cannot happen.
      throw new IllegalStateException(e);
    }
  }
}
