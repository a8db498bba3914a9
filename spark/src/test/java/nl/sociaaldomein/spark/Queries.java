// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.spark;

import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.clients.AgeBand;
import nl.sociaaldomein.clients.DeliveryForm;
import nl.sociaaldomein.clients.Dimension;
import nl.sociaaldomein.clients.Law;
import nl.sociaaldomein.clients.Query;
import nl.sociaaldomein.clients.Referrer;

/** The queries the tests run on both engines: every dimension alone, pairs, filters that match and that do not. */
public final class Queries {

  private Queries() {}

  public static List<Query> all() {
    List<Query> out = new ArrayList<>();
    out.add(Query.by());
    for (Dimension<?> d : Dimension.values()) {
      out.add(Query.by(d));
    }
    out.add(Query.by(Dimension.LAW, Dimension.YEAR));
    out.add(Query.by(Dimension.YEAR, Dimension.DELIVERY_FORM, Dimension.REFERRER).where(Dimension.LAW, Law.JEUGDWET));
    out.add(Query.by(Dimension.PROVISION, Dimension.AGE_BAND).where(Dimension.YEAR, 2019, 2020, 2031));
    out.add(Query.by(Dimension.PROVIDER, Dimension.LEVEL).where(Dimension.DELIVERY_FORM, DeliveryForm.ZIN, DeliveryForm.PGB));
    out.add(Query.by(Dimension.LAW, Dimension.PHASE, Dimension.QUALIFICATION)
        .where(Dimension.PHASE, "Fase 1", "Fase 9").where(Dimension.AGE_BAND, AgeBand.values()[2]));
    out.add(Query.by(Dimension.YEAR).where(Dimension.PROVIDER, "A", "", "Nobody").where(Dimension.REFERRER, Referrer.values()[0]));
    out.add(Query.by(Dimension.LAW).where(Dimension.PROVISION, "Begeleiding", "Ambulant", "No such provision")
        .where(Dimension.QUALIFICATION, "Zonder startkwalificatie"));
    return out;
  }

  /** Fewer, for larger data: the provider alone (the most groups), the combinations and every kind of filter. */
  public static List<Query> some() {
    List<Query> all = all();
    return all.subList(1 + Dimension.values().size() - 1, all.size());
  }

  /** Filters of the provider concentration: none, youth care in kind, a provision no record has. */
  public static List<Query> concentrationFilters() {
    return List.of(Query.by(), Query.by().where(Dimension.LAW, Law.JEUGDWET).where(Dimension.DELIVERY_FORM, DeliveryForm.ZIN),
        Query.by().where(Dimension.PROVISION, "No such provision"));
  }
}
