// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The checker of the dry run, on directory repositories made here: one complete upload, and the
 * same upload with one thing Maven Central would refuse.
 */
class StagingRepositoryCheckTest {

  private static final String GROUP = "org.example";
  private static final List<PublishedModule> MODULES =
      List.of(new PublishedModule("example-parent", "pom"), new PublishedModule("example-lib", "jar"));
  private static final String METADATA = """
        <name>example</name>
        <description>An example.</description>
        <url>https://example.org</url>
        <licenses><license><name>EUPL-1.2</name><url>https://example.org/eupl</url></license></licenses>
        <developers><developer><name>Someone</name></developer></developers>
        <scm><connection>scm:git:https://example.org/x.git</connection><url>https://example.org/x</url></scm>
        <issueManagement><url>https://example.org/issues</url></issueManagement>
      """;

  @TempDir Path directory;

  @Test
  void aCompleteReleaseHasNoProblems() throws IOException {
    deployRelease("1.0.0", METADATA);

    assertEquals(List.of(), new StagingRepository(directory, GROUP, "1.0.0").problems(MODULES));
  }

  @Test
  void aCompleteSnapshotIsFoundThroughItsMetadata() throws IOException {
    deploy("1.0.0-SNAPSHOT", "1.0.0-20261201.120000-2", METADATA);

    assertEquals(List.of(), new StagingRepository(directory, GROUP, "1.0.0-SNAPSHOT").problems(MODULES));
  }

  @ParameterizedTest
  @CsvSource({
    "example-lib, example-lib-1.0.0-javadoc.jar",
    "example-lib, example-lib-1.0.0-sources.jar",
    "example-lib, example-lib-1.0.0.jar.sha1",
    "example-parent, example-parent-1.0.0.pom.md5"
  })
  void aMissingFileIsNamed(String artifactId, String name) throws IOException {
    deployRelease("1.0.0", METADATA);
    Files.delete(file(artifactId, "1.0.0", name));

    assertEquals(
        List.of(artifactId + ": no " + name),
        new StagingRepository(directory, GROUP, "1.0.0").problems(MODULES));
  }

  @Test
  void aSourcesJarWithoutSourcesIsNamed() throws IOException {
    deployRelease("1.0.0", METADATA);
    deployFile("example-lib", "1.0.0", "example-lib-1.0.0-sources.jar", jar("META-INF/MANIFEST.MF"));

    assertEquals(
        List.of("example-lib: example-lib-1.0.0-sources.jar holds no Java source"),
        new StagingRepository(directory, GROUP, "1.0.0").problems(MODULES));
  }

  @Test
  void aChecksumThatDoesNotMatchIsNamed() throws IOException {
    deployRelease("1.0.0", METADATA);
    Path sha1 = file("example-lib", "1.0.0", "example-lib-1.0.0.jar.sha1");
    Files.writeString(sha1, "0".repeat(40));

    List<String> problems = new StagingRepository(directory, GROUP, "1.0.0").problems(MODULES);

    assertEquals(1, problems.size(), problems::toString);
    String expected = "example-lib: example-lib-1.0.0.jar.sha1 says " + "0".repeat(40) + ", the file's SHA-1 is ";
    assertEquals(true, problems.get(0).startsWith(expected), problems::toString);
  }

  @Test
  void metadataMissingFromTheParentIsMissingFromEveryModule() throws IOException {
    deployRelease("1.0.0", METADATA.replaceAll("(?s)<scm>.*</scm>", ""));

    assertEquals(
        List.of(
            "example-parent: no /project/scm/url in its pom or a parent's",
            "example-parent: no /project/scm/connection in its pom or a parent's",
            "example-lib: no /project/scm/url in its pom or a parent's",
            "example-lib: no /project/scm/connection in its pom or a parent's"),
        new StagingRepository(directory, GROUP, "1.0.0").problems(MODULES));
  }

  @Test
  void anotherLicenceIsNamed() throws IOException {
    deployRelease("1.0.0", METADATA.replace("EUPL-1.2", "MIT"));

    assertEquals(
        List.of("example-parent: licence MIT, not EUPL-1.2", "example-lib: licence MIT, not EUPL-1.2"),
        new StagingRepository(directory, GROUP, "1.0.0").problems(MODULES));
  }

  @Test
  void aModuleNotDeployedIsNamed() throws IOException {
    deployRelease("1.0.0", METADATA);
    List<PublishedModule> more = List.of(new PublishedModule("example-more", "jar"));

    assertEquals(
        List.of("example-more: nothing deployed, no " + directory.resolve("org/example/example-more/1.0.0")),
        new StagingRepository(directory, GROUP, "1.0.0").problems(more));
  }

  @Test
  void theDeployedArtifactsAreListed() throws IOException {
    deployRelease("1.0.0", METADATA);

    assertEquals(List.of("example-lib", "example-parent"),
        new StagingRepository(directory, GROUP, "1.0.0").deployedArtifactIds());
  }

  private void deployRelease(String version, String metadata) throws IOException {
    deploy(version, version, metadata);
  }

  /** What maven-deploy-plugin leaves: the files, each with its MD5 and SHA-1 beside it. */
  private void deploy(String version, String fileVersion, String metadata) throws IOException {
    String parent = "<project><modelVersion>4.0.0</modelVersion><groupId>" + GROUP + "</groupId>"
        + "<artifactId>example-parent</artifactId><version>" + version + "</version>"
        + "<packaging>pom</packaging>" + metadata + "</project>";
    String lib = "<project><modelVersion>4.0.0</modelVersion><parent><groupId>" + GROUP + "</groupId>"
        + "<artifactId>example-parent</artifactId><version>" + version + "</version></parent>"
        + "<artifactId>example-lib</artifactId><name>lib</name><description>A lib.</description></project>";
    deployFile("example-parent", version, "example-parent-" + fileVersion + ".pom", utf8(parent));
    deployFile("example-lib", version, "example-lib-" + fileVersion + ".pom", utf8(lib));
    deployFile("example-lib", version, "example-lib-" + fileVersion + ".jar", jar("org/example/Lib.class"));
    deployFile("example-lib", version, "example-lib-" + fileVersion + "-sources.jar", jar("org/example/Lib.java"));
    deployFile("example-lib", version, "example-lib-" + fileVersion + "-javadoc.jar", jar("index.html"));
    if (!version.equals(fileVersion)) {
      String[] parts = fileVersion.substring(version.length() - "SNAPSHOT".length()).split("-");
      String snapshot = "<metadata><versioning><snapshot><timestamp>" + parts[0] + "</timestamp><buildNumber>"
          + parts[1] + "</buildNumber></snapshot></versioning></metadata>";
      for (String artifactId : List.of("example-parent", "example-lib")) {
        write(file(artifactId, version, "maven-metadata.xml"), utf8(snapshot));
      }
    }
  }

  private void deployFile(String artifactId, String version, String name, byte[] content) throws IOException {
    Path file = file(artifactId, version, name);
    write(file, content);
    for (String algorithm : List.of("MD5", "SHA-1")) {
      String extension = algorithm.equals("MD5") ? ".md5" : ".sha1";
      byte[] digest = StagingRepository.digest(algorithm, content).getBytes(StandardCharsets.US_ASCII);
      write(file.resolveSibling(name + extension), digest);
    }
  }

  private Path file(String artifactId, String version, String name) {
    return directory.resolve("org/example").resolve(artifactId).resolve(version).resolve(name);
  }

  private static void write(Path file, byte[] content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, content);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] jar(String entry) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(1);
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }
}
