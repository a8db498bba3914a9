// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.taakveld;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;
import java.util.stream.Collectors;

/**
 * Amounts keyed by codes that a {@link TaakveldMapping} cannot place in the other list, because
 * the definitions do not determine where they go. Thrown instead of guessing; the message gives
 * every such code with the reason.
 */
public class UndeterminedMappingException extends SociaalDomeinException {

  private static final long serialVersionUID = 1L;

  /** Each code that cannot be placed, with the reason. */
  private final Map<TaakveldCode, String> reasons;

  /** The codes of {@code reasons} cannot be placed in mapping {@code context}, each for its reason. */
  public UndeterminedMappingException(String context, Map<TaakveldCode, String> reasons) {
    super(context, Optional.empty(), reasons.size() + " code" + (reasons.size() == 1 ? "" : "s")
        + " without a determined mapping: "
        + reasons.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining("; ")));
    this.reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
  }

  /** Each code that could not be placed, with why, in the order of the list it belongs to. */
  public Map<TaakveldCode, String> reasons() {
    return reasons;
  }
}
