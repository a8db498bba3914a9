// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.iv3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.sociaaldomein.io.JsonBinding;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ProblemLog;
import nl.sociaaldomein.io.ReadException;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.iv3.GreyCell;
import nl.sociaaldomein.iv3.Iv3Code;
import nl.sociaaldomein.iv3.Iv3CodeList;
import nl.sociaaldomein.iv3.Iv3Control;
import nl.sociaaldomein.iv3.Iv3Definitions;
import nl.sociaaldomein.iv3.Iv3Section;
import nl.sociaaldomein.iv3.Overheidslaag;

/**
 * Reads a CBS Iv3 definition file ({@code iv3_definities_Gemeente_<year>.json}) of either form CBS
 * has published: the 2017-2019 files ("versie 1.0", one controle as a formula in steps under
 * {@code controlelijst}) and the 2020 and later ones ("versie 2.1", numbered controles with their
 * error code under {@code controles}).
 *
 * <p>What it takes: {@code metadata} ({@code overheidslaag}, {@code boekjaar} as text or number,
 * {@code omschrijving}); every code list under {@code codelijsten} as an {@link Iv3CodeList} of
 * its nodes in file order, each with its parent's code, descriptions trimmed of the spaces the
 * files carry ({@code "Jeugdbescherming "}) and a node without one (the 2017-2019 category groups)
 * with an empty description; the four sections of {@code grijze_cellen} as {@link GreyCell}s; the
 * controles as {@link Iv3Control.Formula} or {@link Iv3Control.Listed}. The 2017-2019
 * {@code codelijsten.dimensies}, which says which code lists span each section's matrix and holds
 * no codes, is not read; other top-level keys are ignored. A node, grey cell, controle or step
 * with a field the forms above do not have is a problem, so that a changed format is noticed, not
 * half read.
 *
 * <p>The reader contract of this library holds ({@link ReadResult}): each code-list node, grey
 * cell and controle is a row, accepted or rejected with a problem at its JSON path
 * ({@code $.codelijsten.taakveld.codelijst[0].subcodes[3].code}); the nodes under a rejected node
 * are still read. The value is empty when the file as a whole is at fault (not JSON, no object,
 * metadata without a known tier or a four-digit year, no {@code codelijsten}); then every row is
 * rejected. In {@link ReadMode#STRICT} the first problem is thrown as a {@link ReadException}.
 */
public final class Iv3DefinitionsJson {

  /** The name of a definition file, with the tier of government and the booking year. */
  public static final Pattern FILE_NAME = Pattern.compile("iv3_definities_([A-Za-z]+)_([0-9]{4})\\.json");

  private static final ObjectMapper MAPPER = JsonBinding.mapper();

  private static final Set<String> NODE_FIELDS = Set.of("code", "omschrijving", "subcodes");
  private static final Set<String> V1_CONTROLE_FIELDS = Set.of("controle-id", "omschrijving", "definitie");
  private static final Set<String> STEP_FIELDS = Set.of("volgnr", "variabele", "expressie", "omschrijving");
  private static final Set<String> SELECTOR_FIELDS = Set.of("rekeningsoort", "taakveld", "balanscode", "categorie");
  private static final Set<String> FORMULA_FIELDS = Set.of("formule", "check");
  private static final Set<String> V2_CONTROLE_FIELDS = Set.of("nummer", "foutcode", "calculaties");
  private static final Set<String> CALCULATION_FIELDS = Set.of("periode", "balanscode", "uitgesloten_taakvelden");

  /** The sections of {@code grijze_cellen}, each with the key of its code. */
  private static final Map<Iv3Section, String> GREY_SECTIONS = Map.of(
      Iv3Section.LASTEN, "taakveld", Iv3Section.BATEN, "taakveld",
      Iv3Section.BALANS_LASTEN, "balanscode", Iv3Section.BALANS_BATEN, "balanscode");

  private Iv3DefinitionsJson() {}

  /** Reads {@code file} leniently. */
  public static ReadResult<Iv3Definitions> read(Path file) {
    return read(file, ReadMode.LENIENT);
  }

  /**
   * Reads {@code file}, UTF-8; problems name its file name.
   *
   * @throws ReadException in strict mode, at the first problem
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static ReadResult<Iv3Definitions> read(Path file, ReadMode mode) {
    return JsonFields.withReader(file, in -> read(in, file.getFileName().toString(), mode));
  }

  /** Reads {@code in} leniently; {@code source} names it in problems. */
  public static ReadResult<Iv3Definitions> read(Reader in, String source) {
    return read(in, source, ReadMode.LENIENT);
  }

  /** Reads {@code in}, which is left open, in {@code mode}; {@code source} names it in problems. */
  public static ReadResult<Iv3Definitions> read(Reader in, String source, ReadMode mode) {
    ProblemLog log = new ProblemLog(source, mode);
    return log.result(JsonBinding.readTree(MAPPER, in, log).flatMap(root -> new Parse(log).definitions(root)));
  }

  /** One read: the log, and whether the file as a whole can give definitions, so that rows are counted right. */
  private static final class Parse {

    private final ProblemLog log;
    private final JsonFields fields;
    private boolean whole = true;

    Parse(ProblemLog log) {
      this.log = log;
      this.fields = new JsonFields(log);
    }

    Optional<Iv3Definitions> definitions(JsonNode root) {
      if (fields.object(root, "$").isEmpty()) {
        return Optional.empty();
      }
      Optional<JsonNode> metadata = fields.object(root.get("metadata"), "$.metadata");
      Optional<Overheidslaag> laag = metadata.flatMap(m -> fields.text(m, "overheidslaag", "$.metadata").flatMap(t -> {
        Optional<Overheidslaag> o = Overheidslaag.fromText(t.strip());
        if (o.isEmpty()) {
          fields.problem("$.metadata.overheidslaag", m.get("overheidslaag"), "not Gemeente, Provincie or GR");
        }
        return o;
      }));
      Optional<Integer> year = metadata.flatMap(this::year);
      Optional<Optional<String>> omschrijving = metadata.flatMap(m -> fields.optionalText(m, "omschrijving", "$.metadata"));
      Optional<JsonNode> codelijsten = fields.object(root.get("codelijsten"), "$.codelijsten");
      whole = laag.isPresent() && year.isPresent() && omschrijving.isPresent() && codelijsten.isPresent();

      List<Iv3CodeList> lists = new ArrayList<>();
      codelijsten.ifPresent(c -> {
        for (String name : JsonFields.fieldNames(c)) {
          if (!name.equals("dimensies")) {
            codeList(c.get(name), name).ifPresent(lists::add);
          }
        }
      });
      Set<GreyCell> grey = greyCells(root);
      List<Iv3Control> controles = new ArrayList<>();
      if (root.has("controlelijst")) {
        fields.object(root.get("controlelijst"), "$.controlelijst")
            .flatMap(c -> fields.array(c, "controles", "$.controlelijst"))
            .ifPresent(list -> rows(list, "$.controlelijst.controles", controles, this::formula));
      }
      if (root.has("controles")) {
        fields.array(root, "controles", "$").ifPresent(list -> rows(list, "$.controles", controles, this::listed));
      }
      return whole ? Optional.of(new Iv3Definitions(laag.get(), year.get(), omschrijving.get().orElse(""), lists, grey,
          controles)) : Optional.empty();
    }

    private Optional<Integer> year(JsonNode metadata) {
      String at = "$.metadata.boekjaar";
      JsonNode value = metadata.get("boekjaar");
      if (value == null || value.isNull()) {
        log.add(JsonBinding.missing(log, at));
        return Optional.empty();
      }
      String text = value.isTextual() ? value.textValue().strip() : value.isIntegralNumber() ? value.asText() : "";
      if (!text.matches("[0-9]{4}")) {
        fields.problem(at, value, "expected a four-digit year");
        return Optional.empty();
      }
      return Optional.of(Integer.parseInt(text));
    }

    /** Counts a row: taken when it had no problem and the file gives definitions, else rejected. */
    private void row(long problemsBefore, String path) {
      if (log.problemCount() > problemsBefore) {
        log.reject();
      } else if (whole) {
        log.accept();
      } else {
        log.reject(Problem.of(fields.at(path), "not read: the metadata or codelijsten of the file are wrong"));
      }
    }

    /** Reads one row of a list. */
    @FunctionalInterface
    private interface RowReader<T> {
      Optional<T> read(JsonNode node, String path);
    }

    private <T> void rows(List<JsonNode> nodes, String path, List<? super T> into, RowReader<T> reader) {
      for (int i = 0; i < nodes.size(); i++) {
        String at = JsonFields.element(path, i);
        long before = log.problemCount();
        Optional<T> value = reader.read(nodes.get(i), at);
        row(before, at);
        value.ifPresent(into::add);
      }
    }

    private Optional<Iv3CodeList> codeList(JsonNode node, String name) {
      String at = JsonFields.child("$.codelijsten", name);
      Optional<List<JsonNode>> nodes = fields.object(node, at)
          .filter(n -> fields.onlyFields(n, at, Set.of("codelijst")))
          .flatMap(n -> fields.array(n, "codelijst", at));
      if (nodes.isEmpty()) {
        return Optional.empty();
      }
      List<Iv3Code> codes = new ArrayList<>();
      String path = at + ".codelijst";
      for (int i = 0; i < nodes.get().size(); i++) {
        codeNode(nodes.get().get(i), JsonFields.element(path, i), Optional.empty(), codes);
      }
      return Optional.of(new Iv3CodeList(name, codes));
    }

    /** A node and, after it, the nodes under it: parents come before their children. */
    private void codeNode(JsonNode node, String path, Optional<String> parent, List<Iv3Code> codes) {
      long before = log.problemCount();
      if (fields.object(node, path).isEmpty()) {
        row(before, path);
        return;
      }
      fields.onlyFields(node, path, NODE_FIELDS);
      Optional<String> code = fields.text(node, "code", path).map(String::strip);
      Optional<Optional<String>> omschrijving = fields.optionalText(node, "omschrijving", path);
      Optional<List<JsonNode>> subcodes = fields.optionalArray(node, "subcodes", path);
      if (code.isPresent() && omschrijving.isPresent() && log.problemCount() == before) {
        codes.add(new Iv3Code(code.get(), omschrijving.get().orElse("").strip(), parent));
      }
      row(before, path);
      List<JsonNode> children = subcodes.orElse(List.of());
      for (int i = 0; i < children.size(); i++) {
        codeNode(children.get(i), JsonFields.element(path + ".subcodes", i), code, codes);
      }
    }

    private Set<GreyCell> greyCells(JsonNode root) {
      Set<GreyCell> cells = new LinkedHashSet<>();
      String at = "$.grijze_cellen";
      Optional<JsonNode> grey = fields.object(root.get("grijze_cellen"), at);
      if (grey.isEmpty()) {
        return cells;
      }
      for (String key : JsonFields.fieldNames(grey.get())) {
        Optional<Iv3Section> section = GREY_SECTIONS.keySet().stream().filter(s -> s.key().equals(key)).findFirst();
        if (section.isEmpty()) {
          log.add(Problem.of(fields.at(JsonFields.child(at, key)), key,
              "unknown section; expected lasten, baten, balans_lasten or balans_baten"));
          continue;
        }
        String codeKey = GREY_SECTIONS.get(section.get());
        String path = JsonFields.child(at, key);
        fields.array(grey.get(), key, at).ifPresent(list -> rows(list, path, new ArrayList<GreyCell>(), (node, p) -> {
          Optional<GreyCell> cell = fields.object(node, p)
              .filter(n -> fields.onlyFields(n, p, Set.of(codeKey, "categorie")))
              .flatMap(n -> fields.text(n, codeKey, p).flatMap(code -> fields.text(n, "categorie", p)
                  .map(categorie -> new GreyCell(section.get(), code, categorie))));
          if (cell.isPresent() && !cells.add(cell.get())) {
            fields.problem(p, node, "the same grey cell again");
          }
          return cell;
        }));
      }
      return cells;
    }

    /** A 2017-2019 controle: its steps, each a selection of the delivery or a formula, the last with the check. */
    private Optional<Iv3Control> formula(JsonNode node, String path) {
      Optional<JsonNode> controle = fields.object(node, path).filter(n -> fields.onlyFields(n, path, V1_CONTROLE_FIELDS));
      Optional<Integer> id = controle.flatMap(c -> fields.integer(c, "controle-id", path));
      Optional<String> omschrijving = controle.flatMap(c -> fields.text(c, "omschrijving", path));
      Optional<List<Iv3Control.Step>> steps = each(controle.flatMap(c -> fields.array(c, "definitie", path)),
          path + ".definitie", this::step);
      return id.isPresent() && omschrijving.isPresent() && steps.isPresent()
          ? Optional.of(new Iv3Control.Formula(id.get(), omschrijving.get(), steps.get())) : Optional.empty();
    }

    /** Each of {@code nodes}, the entries of the list at {@code path}, read; empty when one does not read. */
    private <T> Optional<List<T>> each(Optional<List<JsonNode>> nodes, String path, RowReader<T> reader) {
      List<T> read = new ArrayList<>();
      boolean ok = nodes.isPresent();
      List<JsonNode> list = nodes.orElse(List.of());
      for (int i = 0; i < list.size(); i++) {
        Optional<T> value = reader.read(list.get(i), JsonFields.element(path, i));
        value.ifPresent(read::add);
        ok &= value.isPresent();
      }
      return ok ? Optional.of(read) : Optional.empty();
    }

    private Optional<Iv3Control.Step> step(JsonNode node, String path) {
      Optional<JsonNode> step = fields.object(node, path).filter(n -> fields.onlyFields(n, path, STEP_FIELDS));
      Optional<Integer> volgnr = step.flatMap(s -> fields.integer(s, "volgnr", path));
      Optional<String> variabele = step.flatMap(s -> fields.text(s, "variabele", path));
      Optional<String> omschrijving = step.flatMap(s -> fields.text(s, "omschrijving", path));
      String at = path + ".expressie";
      Optional<JsonNode> expressie = step.flatMap(s -> fields.object(s.get("expressie"), at));
      if (volgnr.isEmpty() || variabele.isEmpty() || omschrijving.isEmpty() || expressie.isEmpty()) {
        return Optional.empty();
      }
      JsonNode e = expressie.get();
      if (e.has("rekeningsoort")) {
        return selector(e, at).map(s -> new Iv3Control.Step(volgnr.get(), variabele.get(), omschrijving.get(),
            Optional.of(s), Optional.empty(), Optional.empty()));
      }
      if (!fields.onlyFields(e, at, FORMULA_FIELDS)) {
        return Optional.empty();
      }
      Optional<String> formule = fields.text(e, "formule", at);
      Optional<Optional<String>> check = fields.optionalText(e, "check", at);
      return formule.isPresent() && check.isPresent()
          ? Optional.of(new Iv3Control.Step(volgnr.get(), variabele.get(), omschrijving.get(), Optional.empty(),
              formule, check.get()))
          : Optional.empty();
    }

    /** The bookings a step sums: the code key is the section's ({@code taakveld} or {@code balanscode}). */
    private Optional<Iv3Control.Selector> selector(JsonNode e, String at) {
      if (!fields.onlyFields(e, at, SELECTOR_FIELDS)) {
        return Optional.empty();
      }
      Optional<Iv3Section> section = fields.text(e, "rekeningsoort", at).flatMap(key -> {
        Optional<Iv3Section> s = GREY_SECTIONS.keySet().stream().filter(x -> x.key().equals(key)).findFirst();
        if (s.isEmpty()) {
          fields.problem(at + ".rekeningsoort", e.get("rekeningsoort"),
              "not a section; expected lasten, baten, balans_lasten or balans_baten");
        }
        return s;
      });
      if (section.isEmpty()) {
        return Optional.empty();
      }
      String codeKey = GREY_SECTIONS.get(section.get());
      Optional<String> code = fields.text(e, codeKey, at);
      Optional<String> categorie = fields.text(e, "categorie", at);
      return code.isPresent() && categorie.isPresent()
          ? Optional.of(new Iv3Control.Selector(section.get(), code.get(), categorie.get()))
          : Optional.empty();
    }

    /** A 2020 and later controle: number, error code and where each calculation applies. */
    private Optional<Iv3Control> listed(JsonNode node, String path) {
      Optional<JsonNode> controle = fields.object(node, path).filter(n -> fields.onlyFields(n, path, V2_CONTROLE_FIELDS));
      Optional<Integer> nummer = controle.flatMap(c -> fields.integer(c, "nummer", path));
      Optional<String> foutcode = controle.flatMap(c -> fields.text(c, "foutcode", path));
      Optional<List<Iv3Control.Calculation>> calculaties = each(controle.flatMap(c -> fields.array(c, "calculaties", path)),
          path + ".calculaties", this::calculation);
      return nummer.isPresent() && foutcode.isPresent() && calculaties.isPresent()
          ? Optional.of(new Iv3Control.Listed(nummer.get(), foutcode.get(), calculaties.get())) : Optional.empty();
    }

    private Optional<Iv3Control.Calculation> calculation(JsonNode node, String path) {
      Optional<JsonNode> calc = fields.object(node, path).filter(n -> fields.onlyFields(n, path, CALCULATION_FIELDS));
      if (calc.isEmpty()) {
        return Optional.empty();
      }
      Optional<List<JsonNode>> periode = fields.array(calc.get(), "periode", path);
      TreeSet<Integer> periodes = new TreeSet<>();
      boolean ok = periode.isPresent();
      List<JsonNode> values = periode.orElse(List.of());
      for (int i = 0; i < values.size(); i++) {
        Optional<Integer> p = JsonFields.wholeNumber(values.get(i));
        if (p.isEmpty()) {
          fields.problem(JsonFields.element(path + ".periode", i), values.get(i), "expected a whole number");
          ok = false;
        }
        p.ifPresent(periodes::add);
      }
      Optional<List<String>> balanscodes = fields.optionalTexts(calc.get(), "balanscode", path);
      Optional<List<String>> uitgesloten = fields.optionalTexts(calc.get(), "uitgesloten_taakvelden", path);
      return ok && balanscodes.isPresent() && uitgesloten.isPresent()
          ? Optional.of(new Iv3Control.Calculation(periodes, balanscodes.get(), uitgesloten.get()))
          : Optional.empty();
    }
  }
}
