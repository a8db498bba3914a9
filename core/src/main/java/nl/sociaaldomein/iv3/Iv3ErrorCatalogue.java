// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;

/** CBS's error catalogue ({@code fouten.json}): every error code with its description and message text. */
public record Iv3ErrorCatalogue(List<Iv3Error> errors) {

  /** Keeps unmodifiable copies of the collections. */
  public Iv3ErrorCatalogue {
    errors = List.copyOf(errors);
  }

  /** The entry of {@code foutcode}, if the catalogue has it. */
  public Optional<Iv3Error> find(String foutcode) {
    Objects.requireNonNull(foutcode, "foutcode");
    return errors.stream().filter(e -> e.foutcode().equals(foutcode)).findFirst();
  }

  /** The entry of {@code foutcode}; an error when the catalogue does not have it. */
  public Iv3Error get(String foutcode) {
    return find(foutcode).orElseThrow(() -> new SociaalDomeinException("foutcode", Optional.of(foutcode),
        "not in CBS's error catalogue"));
  }

  /**
   * The message of {@code foutcode} with each placeholder ({@code fout}, {@code goed},
   * {@code extra}, {@code onderdeel}, {@code extra_fout}, without the angle brackets) replaced by
   * its value; the text around them stays as CBS wrote it.
   */
  public String message(String foutcode, Map<String, String> values) {
    Objects.requireNonNull(values, "values");
    String text = get(foutcode).melding();
    for (Map.Entry<String, String> v : values.entrySet()) {
      text = text.replace("<" + v.getKey() + ">", v.getValue());
    }
    return text;
  }
}
