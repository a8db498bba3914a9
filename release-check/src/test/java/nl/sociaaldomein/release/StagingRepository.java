// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A directory repository that a build deployed to, checked against what Maven Central asks of an
 * upload (Sonatype's published requirements): for every published module its pom;
 * for a jar module the jar, a {@code -sources} and a {@code -javadoc} jar; an MD5 and a SHA-1
 * checksum beside each file that match it; and, in the pom or a parent in the same repository, a
 * name, description, url, licence, developer, scm and issue tracker. The signatures ({@code .asc})
 * are the one requirement left out: only the release profile signs.
 *
 * @param directory the repository's root
 * @param groupId the group every module deploys under
 * @param version the build's version; for a snapshot, its files carry the timestamp and build
 *     number of the repository's latest deployment, all from that one deployment
 */
record StagingRepository(Path directory, String groupId, String version) {

  /** What the upload lacks, one sentence a problem; empty when it has everything. */
  List<String> problems(List<PublishedModule> modules) {
    List<String> problems = new ArrayList<>();
    for (PublishedModule module : modules) {
      problems.addAll(problems(module));
    }
    return problems;
  }

  /** The artifact ids of everything deployed in the group, published or not. */
  List<String> deployedArtifactIds() {
    Path group = groupDirectory();
    if (!Files.isDirectory(group)) {
      return List.of();
    }
    try (Stream<Path> artifacts = Files.list(group)) {
      return artifacts.filter(Files::isDirectory).map(path -> path.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> problems(PublishedModule module) {
    String artifactId = module.artifactId();
    Path versionDirectory = groupDirectory().resolve(artifactId).resolve(version);
    if (!Files.isDirectory(versionDirectory)) {
      return List.of(artifactId + ": nothing deployed, no " + versionDirectory);
    }
    Optional<String> fileVersion = fileVersion(versionDirectory);
    if (fileVersion.isEmpty()) {
      Path metadata = versionDirectory.resolve("maven-metadata.xml");
      return List.of(artifactId + ": a snapshot without its timestamp in " + metadata);
    }
    String base = artifactId + "-" + fileVersion.get();
    List<String> problems = new ArrayList<>();
    Path pom = versionDirectory.resolve(base + ".pom");
    problems.addAll(fileProblems(artifactId, pom, entry -> true, "anything"));
    if (module.isJar()) {
      problems.addAll(fileProblems(artifactId, versionDirectory.resolve(base + ".jar"),
          entry -> entry.getName().endsWith(".class"), "class"));
      problems.addAll(fileProblems(artifactId, versionDirectory.resolve(base + "-sources.jar"),
          entry -> entry.getName().endsWith(".java"), "Java source"));
      problems.addAll(fileProblems(artifactId, versionDirectory.resolve(base + "-javadoc.jar"),
          entry -> entry.getName().equals("index.html"), "index.html"));
    }
    if (Files.isRegularFile(pom)) {
      problems.addAll(metadataProblems(artifactId, Pom.read(pom)));
    }
    return problems;
  }

  /**
   * The version in the file names: the version itself for a release, the timestamp and build
   * number of the latest deployment for a snapshot (0.2.0-20261201.190000-1).
   */
  private Optional<String> fileVersion(Path versionDirectory) {
    if (!version.endsWith("-SNAPSHOT")) {
      return Optional.of(version);
    }
    Path metadata = versionDirectory.resolve("maven-metadata.xml");
    if (!Files.isRegularFile(metadata)) {
      return Optional.empty();
    }
    Pom snapshot = Pom.read(metadata);
    Optional<String> timestamp = snapshot.text("/metadata/versioning/snapshot/timestamp");
    Optional<String> buildNumber = snapshot.text("/metadata/versioning/snapshot/buildNumber");
    if (timestamp.isEmpty() || buildNumber.isEmpty()) {
      return Optional.empty();
    }
    String release = version.substring(0, version.length() - "SNAPSHOT".length());
    return Optional.of(release + timestamp.get() + "-" + buildNumber.get());
  }

  /** The file is there, holds what its kind must hold, and has matching MD5 and SHA-1 files. */
  private static List<String> fileProblems(
      String artifactId, Path file, Predicate<ZipEntry> expected, String expectedName) {
    if (!Files.isRegularFile(file)) {
      return List.of(artifactId + ": no " + file.getFileName());
    }
    List<String> problems = new ArrayList<>();
    byte[] content = read(file);
    if (content.length == 0) {
      problems.add(artifactId + ": " + file.getFileName() + " is empty");
    } else if (file.getFileName().toString().endsWith(".jar") && !contains(file, expected)) {
      problems.add(artifactId + ": " + file.getFileName() + " holds no " + expectedName);
    }
    for (String algorithm : List.of("MD5", "SHA-1")) {
      Path checksum = file.resolveSibling(file.getFileName() + "." + algorithm.replace("-", "").toLowerCase());
      if (!Files.isRegularFile(checksum)) {
        problems.add(artifactId + ": no " + checksum.getFileName());
      } else {
        // A checksum file may add the file's name after the digest.
        String written = new String(read(checksum), StandardCharsets.US_ASCII).trim().split("\\s+")[0];
        String actual = digest(algorithm, content);
        if (!written.equalsIgnoreCase(actual)) {
          problems.add(artifactId + ": " + checksum.getFileName() + " says " + written
              + ", the file's " + algorithm + " is " + actual);
        }
      }
    }
    return problems;
  }

  /**
   * The metadata Central asks for, found in the pom or in a parent deployed to this repository
   * (Maven Central resolves the parent the same way).
   */
  private List<String> metadataProblems(String artifactId, Pom pom) {
    List<Pom> lineage = lineage(pom);
    List<String> problems = new ArrayList<>();
    for (String path : List.of(
        "/project/name",
        "/project/description",
        "/project/url",
        "/project/licenses/license/name",
        "/project/licenses/license/url",
        "/project/developers/developer/name",
        "/project/scm/url",
        "/project/scm/connection",
        "/project/issueManagement/url")) {
      if (lineage.stream().map(each -> each.text(path)).flatMap(Optional::stream).findFirst().isEmpty()) {
        problems.add(artifactId + ": no " + path + " in its pom or a parent's");
      }
    }
    Optional<String> licence = lineage.stream().map(each -> each.text("/project/licenses/license/name"))
        .flatMap(Optional::stream).findFirst();
    if (licence.isPresent() && !licence.get().equals("EUPL-1.2")) {
      problems.add(artifactId + ": licence " + licence.get() + ", not EUPL-1.2");
    }
    String last = lineage.get(lineage.size() - 1).text("/project/parent/artifactId").orElse("");
    if (!last.isEmpty()) {
      problems.add(artifactId + ": its parent " + last + " is not in the repository");
    }
    return problems;
  }

  /** The pom and its parents, as far as this repository holds them. */
  private List<Pom> lineage(Pom pom) {
    List<Pom> lineage = new ArrayList<>(List.of(pom));
    Optional<Pom> parent = parent(pom);
    while (parent.isPresent() && lineage.size() < 10) {
      lineage.add(parent.get());
      parent = parent(parent.get());
    }
    return lineage;
  }

  private Optional<Pom> parent(Pom pom) {
    Optional<String> groupId = pom.text("/project/parent/groupId");
    Optional<String> artifactId = pom.text("/project/parent/artifactId");
    Optional<String> parentVersion = pom.text("/project/parent/version");
    if (groupId.isEmpty() || artifactId.isEmpty() || parentVersion.isEmpty()
        || !groupId.get().equals(groupId()) || !parentVersion.get().equals(version)) {
      return Optional.empty();
    }
    Path versionDirectory = groupDirectory().resolve(artifactId.get()).resolve(version);
    return fileVersion(versionDirectory)
        .map(fileVersion -> versionDirectory.resolve(artifactId.get() + "-" + fileVersion + ".pom"))
        .filter(Files::isRegularFile)
        .map(Pom::read);
  }

  private Path groupDirectory() {
    return directory.resolve(groupId.replace('.', '/'));
  }

  private static boolean contains(Path jar, Predicate<ZipEntry> expected) {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return zip.stream().anyMatch(expected);
    } catch (IOException e) {
      return false;
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The digest in lower-case hexadecimal, as a checksum file holds it. */
  static String digest(String algorithm, byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is a standard algorithm", e);
    }
  }
}
