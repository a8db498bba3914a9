// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nl.sociaaldomein.quality.Comments;
import org.junit.jupiter.api.Test;

/** Every public member of io has a comment (docs/quality.md, "Javadoc"). */
class CommentsTest {

  @Test
  void everyPublicMemberOfIoHasAComment() {
    assertEquals(List.of(), Comments.missing(Path.of("src/main/java")));
  }
}
