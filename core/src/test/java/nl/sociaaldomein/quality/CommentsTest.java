// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every public member of core has a comment (docs/quality.md, "Javadoc"). */
class CommentsTest {

  @Test
  void everyPublicMemberOfCoreHasAComment() {
    assertEquals(List.of(), Comments.missing(Path.of("src/main/java")));
  }

  @Test
  void aPublicMemberWithoutACommentIsFoundAtItsLine(@TempDir Path sources) throws IOException {
    Files.createDirectories(sources.resolve("p"));
    Files.writeString(sources.resolve("p/A.java"), String.join("\n",
        "package p;",
        "/** Commented. */",
        "public class A {",
        "  /** Commented. */",
        "  public void commented() {}",
        "  public void bare() {}",
        "  void packagePrivate() {}",
        "}"));
    assertEquals(List.of("p/A.java:6"), Comments.missing(sources));
  }
}
