// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What every report states before its content, so that a reader can reproduce it: its title, the
 * files it was made from with their checksums, the library version and the rules applied. The
 * templates {@code frame-head.html.mustache} and {@code frame-head.md.mustache} lay it out; each
 * report's template includes them, so all reports share one header and one style sheet.
 */
final class ReportFrame {

  private ReportFrame() {}

  /**
   * A model holding the frame's fields, to which a report adds its own. {@code text} makes user
   * text safe for the output format (identity for HTML, which Mustache escapes; a table-safe
   * rewrite for Markdown).
   */
  static Map<String, Object> model(String title, List<ReportInput> inputs, List<String> rules, UnaryOperator<String> text) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(rules, "rules");
    Map<String, Object> model = new HashMap<>();
    model.put("title", text.apply(title));
    model.put("version", LibraryVersion.current());
    model.put("inputs", inputs.stream().map(i -> Map.of("fileName", text.apply(i.fileName()), "sha256", i.sha256())).toList());
    model.put("rules", rules.stream().map(text).toList());
    return model;
  }
}
