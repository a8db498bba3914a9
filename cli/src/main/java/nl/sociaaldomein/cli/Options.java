// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.cli;

import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.ReadMode;
import picocli.CommandLine.Option;

/** The options every command shares, as picocli mixins. */
final class Options {

  private Options() {}

  /** {@code --format}. */
  static final class Output {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
        description = "text, markdown, json, csv or html (default: ${DEFAULT-VALUE}); see docs/cli.md for which each"
            + " command writes")
    Format format;

    @Option(names = "--dialect", paramLabel = "DIALECT", defaultValue = "dutch_excel",
        description = "for --format csv: dutch_excel (; and 1.234,56, with a byte order mark, for Excel) or plain"
            + " (, and 1234.56, for pandas and DuckDB) (default: ${DEFAULT-VALUE})")
    CsvDialect dialect;
  }

  /** {@code --strict}. */
  static final class Reading {
    @Option(names = "--strict",
        description = "stop at the first problem of an input file and exit 2; without it a rejected row is reported on"
            + " standard error, the rest is read, and the exit code is 1")
    boolean strict;

    ReadMode mode() {
      return strict ? ReadMode.STRICT : ReadMode.LENIENT;
    }
  }
}
