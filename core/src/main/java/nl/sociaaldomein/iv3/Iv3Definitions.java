package nl.sociaaldomein.iv3;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.notation.CountFormat;
import nl.sociaaldomein.taakveld.TaakveldCatalogue;
import nl.sociaaldomein.taakveld.TaakveldCode;

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

  /** The keys of the code lists, as the files name them. */
  public static final String TAAKVELD = "taakveld";
  public static final String CATEGORIE_LASTEN = "categorie_lasten";
  public static final String CATEGORIE_BATEN = "categorie_baten";
  public static final String BALANSCODE = "balanscode";
  public static final String STANDPER = "standper";
  public static final String KENGETALLEN = "kengetallen";
  public static final String BELEIDSINDICATOREN = "beleidsindicatoren";
  public static final String VERSLAGPERIODE = "verslagperiode";

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

  /** The code list with key {@code name}; an empty list when the year has none, so that no code is allowed. */
  public Iv3CodeList codeListOrEmpty(String name) {
    return codeList(name).orElseGet(() -> Iv3CodeList.empty(name));
  }

  /** The name CBS gives this file: {@code iv3_definities_Gemeente_2024.json}. */
  public String fileName() {
    return fileName(overheidslaag, boekjaar);
  }

  /** The name of CBS's definitions file for a tier and year, as SF888 names it. */
  public static String fileName(Overheidslaag overheidslaag, int boekjaar) {
    return "iv3_definities_" + overheidslaag.text() + "_" + boekjaar + ".json";
  }

  /** Whether these are the definitions a delivery of {@code metadata} is checked against. */
  public boolean appliesTo(Iv3Metadata metadata) {
    return metadata.overheidslaag() == overheidslaag && metadata.boekjaar() == boekjaar;
  }

  public Iv3CodeList taakvelden() {
    return codeListOrEmpty(TAAKVELD);
  }

  /**
   * The taakveld list of these definitions as a {@link TaakveldCatalogue} of booking year {@link
   * #boekjaar()}, labelled as the shipped lists are ({@code Iv3 Gemeente 2024}): every node whose
   * code is a taakveld code, hoofdtaakvelden included, with its name, in file order; the total
   * node {@code Tot_TV} (2020-2026) is left out. A sub-taakveld is put under the taakveld its code
   * extends where the list has it, else under its hoofdtaakveld, as {@link
   * TaakveldCatalogue.Builder} does, whatever parent the file gives it (the 2023 file puts
   * {@code 6.71a} under {@code 6.}, beside {@code 6.71}).
   *
   * @throws nl.sociaaldomein.taakveld.InvalidTaakveldCatalogueException when the list holds no
   *     taakveld, or a code twice
   * @throws SociaalDomeinException when a name is blank or holds control characters
   */
  public TaakveldCatalogue taakveldCatalogue() {
    TaakveldCatalogue.Builder builder =
        TaakveldCatalogue.builder("Iv3 " + overheidslaag.text() + " " + boekjaar).bookingYear(boekjaar);
    for (Iv3Code node : taakvelden().codes()) {
      TaakveldCode.tryParse(node.code()).ifPresent(code -> builder.add(code, node.omschrijving()));
    }
    return builder.build();
  }

  /**
   * The categories of a money section: {@code categorie_lasten} for {@code lasten} and
   * {@code balans_lasten}, {@code categorie_baten} for {@code baten} and {@code balans_baten}, as
   * the 2017-2019 files' {@code dimensies} say.
   */
  public Iv3CodeList categories(Iv3Section section) {
    return switch (Objects.requireNonNull(section, "section")) {
      case LASTEN, BALANS_LASTEN -> codeListOrEmpty(CATEGORIE_LASTEN);
      case BATEN, BALANS_BATEN -> codeListOrEmpty(CATEGORIE_BATEN);
      default -> throw new SociaalDomeinException("section", Optional.of(section.key()), "has no categories");
    };
  }

  public Iv3CodeList balanceCodes() {
    return codeListOrEmpty(BALANSCODE);
  }

  public Iv3CodeList standper() {
    return codeListOrEmpty(STANDPER);
  }

  public Iv3CodeList kengetallen() {
    return codeListOrEmpty(KENGETALLEN);
  }

  public Iv3CodeList beleidsindicatoren() {
    return codeListOrEmpty(BELEIDSINDICATOREN);
  }

  public Iv3CodeList verslagperioden() {
    return codeListOrEmpty(VERSLAGPERIODE);
  }

  /**
   * The list the codes of a section are taken from: taakvelden for {@code lasten} and
   * {@code baten}, balance codes for the balance sections, kengetallen and beleidsindicatoren for
   * theirs.
   */
  public Iv3CodeList codes(Iv3Section section) {
    return switch (Objects.requireNonNull(section, "section")) {
      case LASTEN, BATEN -> taakvelden();
      case BALANS_LASTEN, BALANS_BATEN, BALANS_STANDEN -> balanceCodes();
      case KENGETALLEN -> kengetallen();
      case BELEIDSINDICATOREN -> beleidsindicatoren();
    };
  }

  /** Whether the definitions forbid booking {@code code} with {@code categorie} in {@code section}. */
  public boolean isGrey(Iv3Section section, String code, String categorie) {
    return greyCells.contains(new GreyCell(section, code, categorie));
  }

  /**
   * The standper codes of the opening balance: those the list describes as {@code begindatum}
   * ({@code 1 januari}, and from 2020 {@code 1-1-<year>}). Which of them CBS's controles take is
   * not in the files; the checks sum all.
   */
  public List<String> primoStandper() {
    return standper().leaves().stream()
        .filter(c -> c.omschrijving().strip().equalsIgnoreCase("begindatum"))
        .map(Iv3Code::code)
        .toList();
  }

  /**
   * The standper codes of the closing balance of the year: {@code ultimo} and {@code 31-12-<year>},
   * when the list describes them as {@code einddatum}; the quarter ends {@code 31-3-<year>} ...
   * {@code 30-9-<year>} are left out.
   */
  public List<String> ultimoStandper() {
    return standper().leaves().stream()
        .filter(c -> c.omschrijving().strip().equalsIgnoreCase("einddatum"))
        .map(Iv3Code::code)
        .filter(c -> c.equals("ultimo") || c.equals("31-12-" + boekjaar))
        .toList();
  }

  /**
   * The file's year and the size of each code list, not the lists themselves:
   * {@code Iv3Definitions[GEMEENTE 2022, taakveld=85, categorie_lasten=40, ..., greyCells=1.234,
   * controles=96]}. It does not parse back; the io module reads a definitions file.
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Iv3Definitions[").append(overheidslaag).append(' ').append(boekjaar);
    for (Iv3CodeList list : codeLists) {
      out.append(", ").append(list.name()).append('=').append(CountFormat.format(list.codes().size()));
    }
    return out.append(", greyCells=").append(CountFormat.format(greyCells.size()))
        .append(", controles=").append(CountFormat.format(controles.size())).append(']').toString();
  }
}
