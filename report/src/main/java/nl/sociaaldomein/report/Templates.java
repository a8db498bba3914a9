// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.util.Map;
import java.util.regex.Pattern;

/** The Mustache templates under this package's resources, compiled once. */
final class Templates {

  private static final MustacheFactory FACTORY = new DefaultMustacheFactory("nl/sociaaldomein/report");
  /** What would start markup in a Markdown cell, the escape character itself included. */
  private static final Pattern MARKDOWN_MARKUP = Pattern.compile("[\\\\|<>&*_`\\[\\]~]");

  private Templates() {}

  static String render(String template, Map<String, Object> model) {
    StringWriter out = new StringWriter();
    FACTORY.compile(template).execute(out, model);
    // Each template opens with its licence header as Mustache comments, whose line breaks
    // mustache.java keeps: a document starts at its first character, <!DOCTYPE html> or its title.
    return out.toString().stripLeading();
  }

  /**
   * Text as it may stand in a Markdown table cell: a pipe would end the cell and a line break the
   * row. Markdown templates insert text unescaped ({@code {{{...}}}}), since HTML escaping is not
   * Markdown's. The characters that would make a name markup (raw HTML from {@code <}, an entity
   * from {@code &}, emphasis, code or a link) are escaped too, so that the rendered Markdown says
   * what the HTML says.
   */
  static String markdownCell(String text) {
    return MARKDOWN_MARKUP.matcher(text).replaceAll("\\\\$0").replace("\r", " ").replace("\n", " ");
  }
}
