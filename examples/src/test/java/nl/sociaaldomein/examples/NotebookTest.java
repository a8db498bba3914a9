// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.Sets;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * The example notebook's code, run cell by cell through JShell as a Java kernel would (the
 * kernel's {@code %} magics left out: the class path here is the module's own), so that the
 * notebook fails the build when the API it shows changes.
 */
class NotebookTest {

  private static final Path NOTEBOOK = Path.of("notebooks", "quickscan.ipynb");

  @Test
  void everyCodeCellOfTheNotebookRunsAndShowsTheSeedFigures() throws Exception {
    JsonNode notebook = new ObjectMapper().readTree(NOTEBOOK.toFile());
    assertEquals(4, notebook.get("nbformat").asInt());
    assertEquals("java", notebook.at("/metadata/kernelspec/language").asText());
    List<String> cells = new ArrayList<>();
    for (JsonNode cell : notebook.get("cells")) {
      if (cell.get("cell_type").asText().equals("code")) {
        StringBuilder source = new StringBuilder();
        cell.get("source").forEach(line -> source.append(line.asText()));
        cells.add(source.toString());
      }
    }
    assertTrue(cells.get(0).contains("%maven nl.sociaaldomein:sociaaldomein-testkit:"), cells.get(0));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream standardOut = System.out;
    // The local execution engine runs the snippets in this JVM: what they print goes to System.out.
    try (PrintStream printed = new PrintStream(out, true, StandardCharsets.UTF_8);
        JShell shell = JShell.builder().executionEngine("local").out(printed).err(printed).build()) {
      System.setOut(printed);
      classPath().forEach(shell::addToClasspath);
      for (int i = 0; i < cells.size(); i++) {
        String code = cells.get(i).lines().filter(line -> !line.startsWith("%")).collect(Collectors.joining("\n"));
        run(shell, i, code);
      }
    } finally {
      System.setOut(standardOut);
    }
    String output = out.toString(StandardCharsets.UTF_8);
    assertTrue(output.contains("121 printed derived cells checked, consistent: true"), output);
    assertTrue(output.contains("2018   Jeugdwet             1.751    € 16.924.704    € 9.666"), output);
    assertTrue(output.contains("1751 clients, € 16.924.704"), output);
  }

  /**
   * The README's JShell startup script: every import resolves, and it imports every public
   * package of the library modules on this class path (not {@code internal}, not the examples').
   */
  @Test
  void theJShellStartupImportsEveryPublicPackageAndEachResolves() throws Exception {
    String script = Files.readString(Path.of("jshell", "sociaaldomein.jsh"), StandardCharsets.UTF_8);
    Set<String> imported = script.lines().map(String::strip).filter(l -> l.startsWith("import nl.sociaaldomein."))
        .map(l -> l.substring("import ".length(), l.length() - ".*;".length())).collect(Collectors.toSet());
    Set<String> packages = new TreeSet<>();
    for (String entry : classPath()) {
      packageInfos(Path.of(entry)).stream()
          .map(name -> name.substring(0, name.length() - "/package-info.class".length()).replace('/', '.'))
          .filter(p -> p.startsWith("nl.sociaaldomein") && !p.endsWith(".internal") && !p.contains(".internal.")
              && !p.startsWith("nl.sociaaldomein.examples"))
          .forEach(packages::add);
    }
    assertTrue(packages.size() > 30, packages.toString());
    assertEquals(Set.of(), Sets.difference(packages, imported), "packages the startup does not import");
    try (JShell shell = JShell.builder().executionEngine("local").build()) {
      classPath().forEach(shell::addToClasspath);
      run(shell, 0, script);
    }
  }

  /**
   * The package-info classes in a class path entry, as resource names ({@code a/b/package-info.class}):
   * a directory of classes when the module's tests run alone, its jar in a whole build.
   */
  private static List<String> packageInfos(Path entry) throws IOException {
    if (Files.isDirectory(entry)) {
      try (Stream<Path> files = Files.walk(entry)) {
        return files.filter(f -> f.getFileName().toString().equals("package-info.class"))
            .map(f -> entry.relativize(f).toString().replace(File.separatorChar, '/')).toList();
      }
    }
    if (entry.toString().endsWith(".jar") && Files.isRegularFile(entry)) {
      try (JarFile jar = new JarFile(entry.toFile())) {
        return jar.stream().map(JarEntry::getName).filter(n -> n.endsWith("/package-info.class")).toList();
      }
    }
    return List.of();
  }

  /** Surefire names the test class path here; java.class.path may be its booter jar alone. */
  private static List<String> classPath() {
    return List.of(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")).split(File.pathSeparator));
  }

  /** Evaluates {@code code} snippet by snippet, failing on the first that does not compile or throws. */
  private static void run(JShell shell, int cell, String code) {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String remaining = code;
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
        return; // comments only
      }
      if (!info.completeness().isComplete()) {
        fail("code cell " + cell + " ends in an incomplete snippet: " + remaining);
      }
      for (SnippetEvent event : shell.eval(info.source())) {
        // Not only REJECTED: a declaration naming something unknown is RECOVERABLE_NOT_DEFINED
        // and would pass silently. Events caused by another snippet (a redefinition) are not the cell's.
        if (event.causeSnippet() == null && event.status() != Snippet.Status.VALID) {
          fail("code cell " + cell + " is " + event.status() + ": " + info.source().strip() + "\n"
              + shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).collect(Collectors.joining("\n")));
        }
        if (event.exception() != null) {
          fail("code cell " + cell + " threw: " + info.source().strip(), event.exception());
        }
      }
      remaining = info.remaining();
    }
  }
}
