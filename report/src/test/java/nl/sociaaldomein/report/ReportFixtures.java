package nl.sociaaldomein.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

  /** No network reference, script or fetched resource; printable on A4. */
  static void assertSelfContained(String html) {
    // The inline SVG declares its XML namespaces by URI; a name, not something fetched.
    String stripped = html.replaceAll("xmlns(:\\w+)?=(\"[^\"]*\"|'[^']*')", "");
    assertFalse(stripped.contains("http:") || stripped.contains("https:"), "a reference to the network");
    assertFalse(stripped.toLowerCase(Locale.ROOT).contains("<script"), "a script");
    Document document = parse(stripped);
    assertEquals(0, document.select("link, img[src], [src], [href]").size());
    assertTrue(stripped.contains("@page { size: A4"));
    // And the browser is told to fetch nothing, should anything slip through.
    assertEquals("default-src 'none'; style-src 'unsafe-inline'; img-src data:",
        document.select("meta[http-equiv=Content-Security-Policy]").attr("content"));
  }
}
