// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.savings;

import java.util.List;
import java.util.Objects;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * The part of the sociaal domein a measure belongs to. A record rather than an enum because
 * plans name their own domains (a "programmaplan" line, a district); the four constants are the
 * ones seed 004 uses.
 *
 * @param name the domain's name as the plan prints it, not blank
 */
public record Domain(String name) {

  private static final List<String> KNOWN = List.of("Wmo", "Jeugd", "Participatie/SHV", "sociaal breed");

  /** Support under the Wmo. */
  public static final Domain WMO = new Domain("Wmo");
  /** Youth care. */
  public static final Domain JEUGD = new Domain("Jeugd");
  /** Participatie and schuldhulpverlening (SHV), as seed 004 groups them. */
  public static final Domain PARTICIPATIE = new Domain("Participatie/SHV");
  /** Measures across the whole sociaal domein. */
  public static final Domain SOCIAAL_BREED = new Domain("sociaal breed");

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public Domain {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new SociaalDomeinException("A domain needs a name; got " + SociaalDomeinException.quote(name));
    }
    // In the constructor, not only in of(), so that every way of building a domain agrees and a
    // domain written and read back is equal to itself.
    for (String known : KNOWN) {
      if (known.equalsIgnoreCase(name)) {
        name = known;
      }
    }
  }

  /**
   * One of the constants when {@code name} is theirs in any case ({@code wmo} is {@link #WMO}, as
   * the constructor matches them, so that a file's spelling does not split a domain in two and a
   * change restricted to the Wmo skips none of its measures); otherwise the user's own domain, as
   * written.
   */
  public static Domain of(String name) {
    Objects.requireNonNull(name, "name");
    return new Domain(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
