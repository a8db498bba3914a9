// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sociaaldomein.SociaalDomeinException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** What the reports' tests share: the seed files on the class path, parsing, and the self-containment check. */
final class ReportFixtures {

  private ReportFixtures() {}

  /** A file of the repository's data directory, which the build puts on the test class path. */
  static Path resource(String name) throws URISyntaxException {
    URL url = ReportFixtures.class.getResource(name);
    assertTrue(url != null, name + " is not on the test class path");
    return Path.of(url.toURI());
  }

  /** {@code html} parsed, failing on any parse error. */
  static Document parse(String html) {
    Parser parser = Parser.htmlParser().setTrackErrors(50);
    Document document = Jsoup.parse(html, parser);
    assertEquals(List.of(), parser.getErrors().stream().map(Object::toString).toList());
    return document;
  }

  /** A whole document from its first character (the templates' licence comments leave no blank lines); no network reference, script or fetched resource; printable on A4. */
  static void assertSelfContained(String html) {
    assertTrue(html.startsWith("<!DOCTYPE html>"), () -> "starts with " + SociaalDomeinException.quote(html));
    // The inline SVG declares its XML namespaces by URI; a name, not something fetched.
    String stripped = html.replaceAll("xmlns(:\\w+)?=(\"[^\"]*\"|'[^']*')", "");
    assertFalse(stripped.contains("http:") || stripped.contains("https:"), "a reference to the network");
    assertFalse(stripped.toLowerCase(Locale.ROOT).contains("<script"), "a script");
    Document document = parse(stripped);
    assertEquals(0, document.select("link, img[src], [src], [href]").size());
    assertTrue(stripped.contains("@page { size: A4"));
    // Each chart scales to the column it stands in (a page narrower than the chart) rather than
    // being cut off: its view box is its drawing's size.
    for (Element svg : document.select("svg")) {
      assertEquals("0 0 " + svg.attr("width") + " " + svg.attr("height"), svg.attr("viewbox"), "a chart that cannot scale");
    }
    // And the browser is told to fetch nothing, should anything slip through.
    assertEquals("default-src 'none'; style-src 'unsafe-inline'; img-src data:",
        document.select("meta[http-equiv=Content-Security-Policy]").attr("content"));
  }

  /** The chart's SVG: present, with shapes drawn and text written. */
  static Element assertChart(Document document, String selector) {
    List<Element> svgs = document.select(selector + " > svg");
    assertEquals(1, svgs.size(), selector);
    Element svg = svgs.get(0);
    assertTrue(marks(svg) > 0, selector + ": nothing drawn in the plot");
    assertFalse(svg.select("text").eachText().isEmpty(), selector + ": no text written");
    return svg;
  }

  private static final Pattern RGB = Pattern.compile("(fill|stroke)\\s*:\\s*rgb\\((\\d+),\\s*(\\d+),\\s*(\\d+)\\)");

  /**
   * The shapes a chart draws its data with, as the browser test's probe counts them: clipped to
   * the plot area (not to the whole chart, the SVG's first clip path, as title, axes and legend
   * are) and painted in a colour that is not a grey (grid lines, markers and background are).
   * A chart with axes and a legend but no value has none, while it has plenty of rects and paths.
   */
  static int marks(Element svg) {
    Element first = svg.selectFirst("defs > clippath");
    String whole = first == null ? "" : "url(#" + first.id() + ")";
    int marks = 0;
    for (Element shape : svg.select("rect, path, line, polyline, polygon, circle, ellipse")) {
      if (shape.closest("defs") != null) {
        continue;
      }
      Element clipped = shape.closest("[clip-path]");
      if (clipped == null || clipped.attr("clip-path").equals(whole)) {
        continue;
      }
      String style = shape.attr("style") + ";" + shape.parents().stream().map(e -> e.attr("style")).reduce("", String::concat);
      Matcher paint = RGB.matcher(style);
      boolean coloured = false;
      while (paint.find()) {
        coloured |= !(paint.group(2).equals(paint.group(3)) && paint.group(3).equals(paint.group(4)));
      }
      marks += coloured ? 1 : 0;
    }
    return marks;
  }

  /** The cells of the Markdown table under {@code heading} (a line starting {@code ## }), header and rule left out. */
  static List<List<String>> markdownTable(String markdown, String heading) {
    List<List<String>> rows = new ArrayList<>();
    boolean in = false;
    int line = 0;
    for (String l : markdown.split("\n")) {
      if (l.startsWith("## ")) {
        in = l.equals("## " + heading);
        line = 0;
        continue;
      }
      if (in && l.startsWith("|") && line++ >= 2) {
        List<String> cells = new ArrayList<>();
        String[] parts = l.split("(?<!\\\\)\\|", -1);
        for (int i = 1; i < parts.length - 1; i++) {
          cells.add(unescapeMarkdown(parts[i].trim().replace("**", "")));
        }
        rows.add(cells);
      }
    }
    assertFalse(rows.isEmpty(), "no table under " + heading);
    return rows;
  }

  /** Markdown's escaped characters as the text they stand for. */
  static String unescapeMarkdown(String markdown) {
    return markdown.replaceAll("\\\\([\\\\|<>&*_`\\[\\]~])", "$1");
  }

  /** The cells of the HTML table {@code selector}, row by row, the header left out. */
  static List<List<String>> htmlTable(Document document, String selector) {
    List<List<String>> rows = new ArrayList<>();
    for (Element tr : document.select(selector + " tbody tr")) {
      rows.add(tr.select("td").stream().map(Element::text).toList());
    }
    assertFalse(rows.isEmpty(), "no rows in " + selector);
    return rows;
  }
}
