// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command line in process and keeps what it wrote. */
record Cli(int code, String out, String err) {

  static Cli run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, out, err);
    return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A seed file of data/ (on the test class path), as a path. */
  static String seed(String name) {
    try {
      return Path.of(Cli.class.getResource("/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A copy of the seed file {@code name} in {@code dir} with each text of {@code fromTo}'s pairs
   * (which must be there) replaced by the next.
   */
  static String changed(Path dir, String name, String... fromTo) {
    try {
      String text = Files.readString(Path.of(seed(name)), StandardCharsets.UTF_8);
      for (int i = 0; i < fromTo.length; i += 2) {
        if (!text.contains(fromTo[i])) {
          throw new IllegalStateException(name + " has no " + fromTo[i]);
        }
        text = text.replace(fromTo[i], fromTo[i + 1]);
      }
      return Files.writeString(dir.resolve(Path.of(name).getFileName()), text).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
