// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Pattern;

/** The Mustache templates under this package's resources, compiled once. */
final class Templates {

  /**
   * The licence header of a template file: its Mustache comment lines and the blank line after
   * them. Mustache.java prints the line breaks of comment lines, which would put blank lines before
   * the doctype of every report (and of every partial), so each file is read without them.
   */
  private static final Pattern LICENCE_HEADER = Pattern.compile("\\A(?:\\{\\{!.*}}\\R)+\\R?");

  private static final MustacheFactory FACTORY = new DefaultMustacheFactory("nl/sociaaldomein/report") {
    @Override
    public Reader getReader(String resourceName) {
      StringWriter text = new StringWriter();
      try (Reader in = super.getReader(resourceName)) {
        in.transferTo(text);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the template " + resourceName, e);
      }
      return new StringReader(LICENCE_HEADER.matcher(text.toString()).replaceFirst(""));
    }
  };
  /** What would start markup in a Markdown cell, the escape character itself included. */
  private static final Pattern MARKDOWN_MARKUP = Pattern.compile("[\\\\|<>&*_`\\[\\]~]");

  private Templates() {}

  static String render(String template, Map<String, Object> model) {
    StringWriter out = new StringWriter();
    FACTORY.compile(template).execute(out, model);
    return out.toString();
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
