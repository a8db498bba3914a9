package nl.sociaaldomein.iv3;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * CBS's definitions of one year for one tier ({@code iv3_definities_Gemeente_<year>.json}): the
 * code lists, the grey cells and the controles.
 *
 * @param codeLists every code list of the file, by its key ({@code taakveld}, {@code categorie_lasten},
 *     {@code categorie_baten}, {@code balanscode}, {@code standper}, and from 2020 {@code kengetallen},
 *     {@code beleidsindicatoren}, {@code verslagperiode})
 */
public record Iv3Definitions(Overheidslaag overheidslaag, int boekjaar, String omschrijving, List<Iv3CodeList> codeLists,
    Set<GreyCell> greyCells, List<Iv3Control> controles) {

  public Iv3Definitions {
    Objects.requireNonNull(overheidslaag, "overheidslaag");
    Objects.requireNonNull(omschrijving, "omschrijving");
    codeLists = List.copyOf(codeLists);
    greyCells = Set.copyOf(greyCells);
    controles = List.copyOf(controles);
  }

  /** The code list with key {@code name}, if the year has it. */
  public Optional<Iv3CodeList> codeList(String name) {
    Objects.requireNonNull(name, "name");
    return codeLists.stream().filter(l -> l.name().equals(name)).findFirst();
  }
}
