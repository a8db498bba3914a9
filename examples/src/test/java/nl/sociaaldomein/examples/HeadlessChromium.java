// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.examples;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Chromium run from its command line, headless, one process per page: enough to load a page,
 * dump the DOM it ended with, collect what it logged and take a screenshot, without a driver or
 * a network. Each run gets a profile of its own, so runs never share state.
 */
final class HeadlessChromium {

  /** The environment variable that names the browser when it is not on the path as one of {@link #NAMES}. */
  static final String BINARY_VARIABLE = "SOCIAALDOMEIN_CHROMIUM";

  private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
  private static final long TIMEOUT_SECONDS = 120;

  /** What one run of the browser produced. */
  record Run(String stdout, List<String> consoleLines) {}

  private final Path binary;
  private final Path workDirectory;

  HeadlessChromium(Path binary, Path workDirectory) {
    this.binary = binary;
    this.workDirectory = workDirectory;
  }

  /** The browser named by {@value #BINARY_VARIABLE}, else the first of {@link #NAMES} on the path. */
  static Optional<Path> find() {
    String named = System.getenv(BINARY_VARIABLE);
    if (named != null && !named.isBlank()) {
      return Optional.of(Path.of(named));
    }
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(path.split(File.pathSeparator))
        .filter(dir -> !dir.isBlank())
        .flatMap(dir -> NAMES.stream().map(name -> Path.of(dir, name)))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** Loads {@code page} and returns the DOM as it stands after the load event, and the console lines. */
  Run dumpDom(Path page) throws IOException, InterruptedException {
    return run(List.of("--dump-dom", page.toUri().toString()));
  }

  /** Loads {@code page} in a window of the given size and saves what it shows as a PNG. */
  Run screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
    return run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
        "--hide-scrollbars", page.toUri().toString()));
  }

  private Run run(List<String> arguments) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(workDirectory, "profile");
    Path stdout = workDirectory.resolve(profile.getFileName() + ".out");
    Path stderr = workDirectory.resolve(profile.getFileName() + ".err");
    List<String> command = new ArrayList<>(List.of(binary.toString(),
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-extensions", "--disable-sync", "--no-first-run",
        "--no-default-browser-check", "--mute-audio", "--user-data-dir=" + profile.toAbsolutePath(),
        // Console messages go to standard error as lines holding "CONSOLE".
        "--enable-logging=stderr", "--v=0"));
    command.addAll(arguments);
    Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
      }
    } finally {
      // A profile is some 30 directories of caches; the output and the log are what is worth keeping.
      MoreFiles.deleteRecursively(profile, RecursiveDeleteOption.ALLOW_INSECURE);
    }
    List<String> console = Files.readAllLines(stderr, StandardCharsets.UTF_8).stream()
        .filter(line -> line.contains(":CONSOLE")).toList();
    if (process.exitValue() != 0) {
      throw new IOException("Chromium exited with " + process.exitValue() + ": " + command + "\n"
          + Files.readString(stderr, StandardCharsets.UTF_8));
    }
    return new Run(Files.readString(stdout, StandardCharsets.UTF_8), console);
  }
}
