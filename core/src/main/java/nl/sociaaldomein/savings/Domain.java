package nl.sociaaldomein.savings;

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

  public static final Domain WMO = new Domain("Wmo");
  public static final Domain JEUGD = new Domain("Jeugd");
  /** Participatie and schuldhulpverlening (SHV), as seed 004 groups them. */
  public static final Domain PARTICIPATIE = new Domain("Participatie/SHV");
  public static final Domain SOCIAAL_BREED = new Domain("sociaal breed");

  public Domain {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new SociaalDomeinException("A domain needs a name; got " + SociaalDomeinException.quote(name));
    }
  }

  /** The user's own domain, or one of the constants when the name is theirs. */
  public static Domain of(String name) {
    return new Domain(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
