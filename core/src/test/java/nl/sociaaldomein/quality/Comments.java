// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.quality;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The public and protected members of a module's main sources that have no comment, as the
 * compiler's doclint finds them. The poms leave doclint's {@code missing} group out of javadoc
 * (it would also ask for a {@code @param} and {@code @return} tag on every member, which the
 * house style writes into the sentence), so this keeps the part of that group that matters: a
 * member without any comment. See docs/quality.md, "Javadoc".
 */
public final class Comments {

  private Comments() {}

  /**
   * Each member without a comment under {@code sources} ({@code src/main/java}), as
   * {@code file:line}, with the test class path to compile against; module-info.java is left out,
   * so that the sources compile on the class path.
   */
  public static List<String> missing(Path sources) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<File> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java") && !p.endsWith("module-info.java"))
          .map(Path::toFile).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path out;
    try {
      out = Files.createTempDirectory("doclint");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      // An empty source path (the given files are all there is): without one javac also looks for
      // sources in the class path's jars, and would lint what a dependency ships as .java files. Not
      // the sources' own directory, whose module-info.java would make the compilation modular.
      List<String> options = List.of("-Xdoclint:missing/protected", "-Xmaxwarns", "1000000", "-proc:none",
          "-implicit:none", "-sourcepath", out.toString(), "-classpath", classPath, "-d", out.toString());
      compiler.getTask(new StringWriter(), fileManager, diagnostics, options, null,
          fileManager.getJavaFileObjectsFromFiles(files)).call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> missing = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        throw new IllegalStateException("The sources do not compile for the check: " + d.getMessage(Locale.ROOT));
      }
      if (d.getMessage(Locale.ROOT).equals("no comment") && d.getSource() != null
          && "file".equals(d.getSource().toUri().getScheme())) {
        missing.add(sources.toAbsolutePath().relativize(Path.of(d.getSource().toUri())) + ":" + d.getLineNumber());
      }
    }
    return missing;
  }
}
