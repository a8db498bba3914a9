// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.cli;

import java.util.Locale;

/** What a command writes its result as, on standard output. */
public enum Format {
  /** Plain text tables, as the library's text classes lay them out. */
  TEXT,
  /** GitHub-flavoured Markdown. */
  MARKDOWN,
  /** JSON through the library's Jackson modules. */
  JSON,
  /** Tidy CSV, one row per observation. */
  CSV,
  /** One self-contained HTML report. */
  HTML;

  /** The name as typed after {@code --format}: {@code markdown}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
