// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.savings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ProblemLog;

/**
 * The rows of a file that make up one value together (a model of the models CSV), read whole or not at
 * all: each row is counted once, accepted when its group is, else rejected, the rows without a
 * problem of their own saying which line refused their group.
 */
final class Groups {

  private final ProblemLog log;
  /** What a group is called in messages, such as "model". */
  private final String kind;
  private final Map<String, List<Long>> lines = new LinkedHashMap<>();
  private final Map<String, Long> refusedAt = new HashMap<>();
  private final Set<Long> rejected = new HashSet<>();

  Groups(ProblemLog log, String kind) {
    this.log = log;
    this.kind = kind;
  }

  /** Counts {@code line} as a row of {@code group}. */
  void row(String group, long line) {
    lines.computeIfAbsent(group, g -> new ArrayList<>()).add(line);
  }

  /** Rejects {@code line}, whose own problems are logged, and with it its group. */
  void rejectRow(String group, long line) {
    refusedAt.putIfAbsent(group, line);
    rejected.add(line);
    log.reject();
  }

  /** The groups in the order of their first row. */
  List<String> names() {
    return List.copyOf(lines.keySet());
  }

  /** The line at which {@code group} is refused already, by a problem of one of its rows. */
  Optional<Long> refusedAt(String group) {
    return Optional.ofNullable(refusedAt.get(group));
  }

  /** Accepts every row of {@code group}. */
  void accept(String group) {
    lines.get(group).forEach(line -> log.accept());
  }

  /**
   * Rejects every row of {@code group} not rejected yet; the problem's line (or, without one,
   * {@code fallbackLine}) is the line that refused it.
   */
  void refuse(String group, OptionalLong problemLine, long fallbackLine) {
    long refusedLine = refusedAt.getOrDefault(group, problemLine.orElse(fallbackLine));
    for (long line : lines.get(group)) {
      if (rejected.contains(line)) {
        continue;
      }
      if (line == refusedLine) {
        log.reject();
      } else {
        log.reject(Problem.of(Location.atLine(log.source(), line), "not read: the " + kind + " "
            + SociaalDomeinException.quote(group) + " is refused at line " + refusedLine));
      }
    }
  }
}
