// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the writers of this library put the text they made: a file, always UTF-8, or a writer
 * the caller opened and closes. A failure to write is the environment's, so it is an
 * {@link UncheckedIOException}, as in every reader.
 */
public final class TextOutput {

  private TextOutput() {}

  /** Writes {@code text} to {@code file} as UTF-8, replacing what was there. */
  public static void write(String text, Path file) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  /** Writes {@code text} to {@code out}, which stays open; {@code what} names it if that fails. */
  public static void write(String text, Writer out, String what) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + what, e);
    }
  }
}
