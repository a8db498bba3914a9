// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Opens each report the demo writes in headless Chromium: the page loads without an error or a
 * console message, nothing is fetched or blocked, every chart's SVG is drawn with a size and
 * something in its plot, and a screenshot is saved under {@code target/browser/} for a person to look at.
 *
 * <p>Without a browser the test is skipped, unless {@value #REQUIRED_VARIABLE} is {@code required}
 * (CI sets it, after installing Debian's {@code chromium}), in which case a missing browser fails.
 */
class DemoReportsBrowserTest {

  static final String REQUIRED_VARIABLE = "SOCIAALDOMEIN_BROWSER_TEST";

  private static final Path OUT = Path.of("target", "browser");
  private static final int SCREENSHOT_WIDTH = 900;
  private static final int SCREENSHOT_MAX_HEIGHT = 12_000;
  private static final String POLICY = "default-src 'none';";

  private static HeadlessChromium chromium;
  private static String probe;

  @BeforeAll
  static void findTheBrowser() throws IOException {
    Optional<Path> binary = HeadlessChromium.find();
    if (binary.isEmpty()) {
      if ("required".equals(System.getenv(REQUIRED_VARIABLE))) {
        fail("No Chromium on the path and " + HeadlessChromium.BINARY_VARIABLE + " unset, while "
            + REQUIRED_VARIABLE + "=required");
      }
      Assumptions.abort("No Chromium found (install Debian's chromium, or set " + HeadlessChromium.BINARY_VARIABLE + ")");
    }
    Files.createDirectories(OUT);
    chromium = new HeadlessChromium(binary.get(), OUT);
    try (InputStream in = DemoReportsBrowserTest.class.getResourceAsStream("/browser-probe.js")) {
      probe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyReportOfTheDemoRendersInABrowser() {
    List<DemoReports.Written> reports = DemoReports.write(OUT.resolve("reports"));
    assertFalse(reports.isEmpty());
    return reports.stream().map(r -> DynamicTest.dynamicTest(r.html().getFileName().toString(), () -> opens(r.html())));
  }

  private static void opens(Path report) throws Exception {
    String html = Files.readString(report, StandardCharsets.UTF_8);
    assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"), "the report itself carries no script");
    assertTrue(html.contains(POLICY), "the report forbids fetching anything");
    Document source = Jsoup.parse(html);
    int charts = source.select("svg").size();
    assertTrue(charts > 0, "a report without a chart: " + report);

    String name = report.getFileName().toString().replaceFirst("\\.html$", "");
    Path probed = Files.writeString(OUT.resolve(name + ".probed.html"), withProbe(html), StandardCharsets.UTF_8);
    HeadlessChromium.Run run = chromium.dumpDom(probed);
    assertEquals(List.of(), run.consoleLines(), "console messages while loading " + report);
    String json = Jsoup.parse(run.stdout()).select("pre#browser-probe").text();
    assertFalse(json.isEmpty(), "the probe never ran (did the page load?): " + run.stdout());
    JsonNode result = new ObjectMapper().readTree(json);
    assertEquals(0, result.get("errors").size(), "errors while loading " + report + ": " + result.get("errors"));
    assertEquals(charts, result.get("svgs").size(), "charts drawn");
    for (JsonNode svg : result.get("svgs")) {
      assertTrue(svg.get("width").asDouble() > 100 && svg.get("height").asDouble() > 50, "a chart drawn too small: " + svg);
      assertTrue(svg.get("elements").asInt() > 10, "a chart with hardly anything in it: " + svg);
      assertTrue(svg.get("marks").asInt() > 0, "a chart with axes but nothing drawn in its plot: " + svg);
    }

    int height = Math.min(SCREENSHOT_MAX_HEIGHT, result.get("height").asInt() + 20);
    Path png = OUT.resolve(name + ".png");
    Files.deleteIfExists(png);
    chromium.screenshot(report, png, SCREENSHOT_WIDTH, height);
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(SCREENSHOT_WIDTH, image.getWidth());
    assertTrue(colours(image) > 16, "the screenshot is (nearly) blank: " + png);
  }

  /**
   * The probe itself: a report whose chart is replaced by one with axes, grid and legend but no
   * value (more than enough elements to pass for drawn) is seen to have nothing in its plot.
   */
  @Test
  void theProbeFindsAChartWithoutData() throws Exception {
    DefaultCategoryDataset nothing = new DefaultCategoryDataset();
    nothing.addValue(null, "reeks", "2022");
    JFreeChart chart = ChartFactory.createBarChart(null, null, "euro's", nothing, PlotOrientation.VERTICAL, true, false, false);
    SVGGraphics2D empty = new SVGGraphics2D(640, 400);
    chart.draw(empty, new Rectangle(0, 0, 640, 400));
    Path report = DemoReports.write(OUT.resolve("probe-check")).get(0).html();
    String html = Files.readString(report, StandardCharsets.UTF_8);
    String withEmptyChart = html.substring(0, html.indexOf("<svg")) + empty.getSVGElement()
        + html.substring(html.indexOf("</svg>") + "</svg>".length());
    Path probed = Files.writeString(OUT.resolve("empty-chart.probed.html"), withProbe(withEmptyChart), StandardCharsets.UTF_8);
    JsonNode svg = new ObjectMapper().readTree(Jsoup.parse(chromium.dumpDom(probed).stdout()).select("pre#browser-probe").text())
        .get("svgs").get(0);
    assertTrue(svg.get("elements").asInt() > 10, svg.toString());
    assertEquals(0, svg.get("marks").asInt(), svg.toString());
  }

  /**
   * The report with the probe script first in its head, and its content security policy allowing
   * that one script by its hash and nothing else, so that the page is otherwise as locked as the
   * report a reader opens.
   */
  private static String withProbe(String html) throws Exception {
    String hash = Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(probe.getBytes(StandardCharsets.UTF_8)));
    String policed = html.replace(POLICY, POLICY + " script-src 'sha256-" + hash + "';");
    int head = policed.indexOf("<head>") + "<head>".length();
    return policed.substring(0, head) + "\n<script>" + probe + "</script>" + policed.substring(head);
  }

  private static int colours(BufferedImage image) {
    Set<Integer> seen = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 7) {
      for (int x = 0; x < image.getWidth(); x += 7) {
        seen.add(image.getRGB(x, y));
      }
    }
    return seen.size();
  }
}
