// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.funding;

import java.util.Locale;
import java.util.Objects;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.internal.Texts;

/**
 * A cluster of the gemeentefonds: one of the distribution models the state uses to divide the
 * general grant over municipalities, named as the Dutch documents print it ("jeugd",
 * "maatschappelijke ondersteuning").
 *
 * <p>The name is normalised (trimmed, inner whitespace collapsed, lower case) because the same
 * cluster is printed "Jeugd" in one document and "jeugd" in the next, and a lookup that missed
 * on case would silently drop money from a total. The constants are the clusters of the
 * distribution of 2017 to 2021 as seed 004 prints them; the set changed in 2023 and other
 * names are accepted through {@link #of(String)}.
 *
 * <p>{@link #toString()} gives the name, which {@link #of(String)} reads back.
 */
public record Cluster(String name) {

  /** eigen middelen: the municipality's own revenue capacity, deducted from the grant. */
  public static final Cluster OWN_RESOURCES = new Cluster("eigen middelen");
  /** inkomen en participatie: social assistance and re-integration (Participatiewet). */
  public static final Cluster INCOME_AND_PARTICIPATION = new Cluster("inkomen en participatie");
  /** samenkracht en burgerparticipatie: community work, volunteering, social district teams. */
  public static final Cluster COMMUNITY_AND_CIVIC_PARTICIPATION =
      new Cluster("samenkracht en burgerparticipatie");
  /** jeugd: youth care (Jeugdwet). */
  public static final Cluster YOUTH = new Cluster("jeugd");
  /** maatschappelijke ondersteuning: social support for adults (Wmo 2015). */
  public static final Cluster SOCIAL_SUPPORT = new Cluster("maatschappelijke ondersteuning");
  /** educatie. */
  public static final Cluster EDUCATION = new Cluster("educatie");
  /** volksgezondheid: public health (taakveld 7.1, outside hoofdtaakveld 6). */
  public static final Cluster PUBLIC_HEALTH = new Cluster("volksgezondheid");
  /** cultuur en ontspanning. */
  public static final Cluster CULTURE_AND_RECREATION = new Cluster("cultuur en ontspanning");
  /** infrastructuur en gebiedsontwikkeling. */
  public static final Cluster INFRASTRUCTURE_AND_AREA_DEVELOPMENT =
      new Cluster("infrastructuur en gebiedsontwikkeling");
  /** riolering en reiniging: sewerage and waste collection. */
  public static final Cluster SEWERAGE_AND_WASTE = new Cluster("riolering en reiniging");
  /** openbare orde en veiligheid. */
  public static final Cluster PUBLIC_ORDER_AND_SAFETY = new Cluster("openbare orde en veiligheid");
  /** bestuur en algemene ondersteuning. */
  public static final Cluster ADMINISTRATION_AND_GENERAL_SUPPORT =
      new Cluster("bestuur en algemene ondersteuning");
  /** overig: amounts the cluster analysis did not place. */
  public static final Cluster OTHER = new Cluster("overig");

  /** Normalises {@code name}; throws when it is blank. */
  public Cluster {
    Objects.requireNonNull(name, "name");
    // \h and \v include the no-break spaces that copied table cells carry.
    String normalised = name.replaceAll("[\\h\\v]+", " ").strip().toLowerCase(Locale.ROOT);
    if (normalised.isEmpty()) {
      throw new SociaalDomeinException("Cluster name must not be blank: \"" + Texts.abbreviate(name) + "\"");
    }
    name = normalised;
  }

  /** The cluster named {@code name}, as a document prints it. */
  public static Cluster of(String name) {
    return new Cluster(name);
  }

  /** The name: read back by {@link #of(String)}. */
  @Override
  public String toString() {
    return name;
  }
}
