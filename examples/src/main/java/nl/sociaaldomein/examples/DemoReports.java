package nl.sociaaldomein.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.report.ReportInput;
import nl.sociaaldomein.report.StatementReport;

/**
 * The reports of the seed documents that the demo writes: each as one self-contained HTML file and
 * as Markdown beside it. The browser test opens exactly these files, so what it checks is what a
 * person who runs the demo gets.
 */
public final class DemoReports {

  /** A report as written: its HTML file and its Markdown file. */
  public record Written(Path html, Path markdown) {}

  private DemoReports() {}

  /** Writes every report into {@code directory} (made if absent) and says where. */
  public static List<Written> write(Path directory) {
    try {
      Files.createDirectories(directory);
      List<Written> written = new ArrayList<>();
      StatementReport meppel = StatementReport.of(Demo.seedStatement("seed-000-meppel-2022.csv"),
          List.of(input("statements/seed-000-meppel-2022.csv")));
      written.add(write(directory, "meppel-2022-statement", meppel.html(), meppel.markdown()));
      return List.copyOf(written);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Written write(Path directory, String name, String html, String markdown) throws IOException {
    return new Written(
        Files.writeString(directory.resolve(name + ".html"), html, StandardCharsets.UTF_8),
        Files.writeString(directory.resolve(name + ".md"), markdown, StandardCharsets.UTF_8));
  }

  /** A seed file the demo reads from its class path (the repository's data/ directory). */
  private static ReportInput input(String resource) throws IOException {
    try (InputStream in = DemoReports.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IOException("The demo's data file " + resource + " is not on the class path");
      }
      return ReportInput.of(resource.substring(resource.lastIndexOf('/') + 1), in);
    }
  }
}
