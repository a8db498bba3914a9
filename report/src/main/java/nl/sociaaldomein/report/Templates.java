// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.util.Map;

/** The Mustache templates under this package's resources, compiled once. */
final class Templates {

  private static final MustacheFactory FACTORY = new DefaultMustacheFactory("nl/sociaaldomein/report");

  private Templates() {}

  static String render(String template, Map<String, Object> model) {
    StringWriter out = new StringWriter();
    FACTORY.compile(template).execute(out, model);
    return out.toString();
  }

  /**
   * Text as it may stand in a Markdown table cell: a pipe would end the cell and a line break the
   * row. Markdown templates insert text unescaped ({@code {{{...}}}}), since HTML escaping is not
   * Markdown's.
   */
  static String markdownCell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
  }
}
