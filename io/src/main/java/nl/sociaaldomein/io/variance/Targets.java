// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.variance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.statement.Group;
import nl.sociaaldomein.statement.LineKind;
import nl.sociaaldomein.statement.Place;
import nl.sociaaldomein.statement.Statement;

/**
 * The rows of one statement as an explanation CSV names them: a target type, a group by its
 * name and a line by its printed label (or a kind word for a group's side and a kind total).
 * Resolving refuses with a {@link SociaalDomeinException} whose {@code where} is the column at
 * fault and whose reason lists what would have been valid, so a reader can point at the cell.
 */
final class Targets {

  static final String TARGET = "target";
  static final String GROUP = "group";
  static final String LINE = "line";

  /** The most candidates a message lists; a programme of forty groups would bury the reason. */
  static final int MAX_CANDIDATES = 10;

  /** The names a spreadsheet writes, and the statement CSV's row names read as the same. */
  private static final Map<String, Place.Type> ALIASES = Map.of(
      "group-kind-total", Place.Type.GROUP_KIND_TOTAL,
      "group-total", Place.Type.GROUP_RESULT,
      "result-after", Place.Type.RESULT_AFTER_RESERVES);

  /** The order targets are listed in messages and the documentation: lines up to the programme. */
  private static final List<Place.Type> ORDER = List.of(Place.Type.LINE, Place.Type.GROUP_KIND_TOTAL,
      Place.Type.GROUP_RESULT, Place.Type.GROUP_RESERVES, Place.Type.GROUP_AFTER_RESERVES, Place.Type.KIND_TOTAL,
      Place.Type.RESULT_BEFORE_RESERVES, Place.Type.RESERVE_TOTAL, Place.Type.RESULT_AFTER_RESERVES);

  private static final Pattern QUALIFIED = Pattern.compile("(.*\\S)\\s*\\((" + Stream.of(LineKind.values())
      .map(LineKind::dutchName).collect(Collectors.joining("|")) + ")\\)", Pattern.CASE_INSENSITIVE);

  private final Statement statement;

  Targets(Statement statement) {
    this.statement = Objects.requireNonNull(statement, "statement");
  }

  /** The name the target column gives rows of {@code type}. */
  static String name(Place.Type type) {
    return switch (type) {
      case LINE -> "line";
      case GROUP_KIND_TOTAL -> "group-side";
      case GROUP_RESULT -> "group";
      case GROUP_RESERVES -> "group-reserves";
      case GROUP_AFTER_RESERVES -> "group-after";
      case KIND_TOTAL -> "total";
      case RESULT_BEFORE_RESERVES -> "result";
      case RESERVE_TOTAL -> "reserves";
      case RESULT_AFTER_RESERVES -> "programme";
    };
  }

  /** The type of row {@code name} stands for, case ignored; the statement CSV's names for the same rows too. */
  static Optional<Place.Type> type(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (Place.Type type : Place.Type.values()) {
      if (name(type).equals(wanted)) {
        return Optional.of(type);
      }
    }
    return Optional.ofNullable(ALIASES.get(wanted));
  }

  /** The target names, for messages. */
  static String names() {
    return ORDER.stream().map(Targets::name).collect(Collectors.joining(", "));
  }

  /**
   * The row of the statement that the three columns name.
   *
   * @throws SociaalDomeinException whose {@code where} is the column at fault
   */
  Place resolve(String target, String group, String line) {
    Place.Type type = type(target).orElseThrow(() -> new SociaalDomeinException(TARGET, shown(target),
        (target.isEmpty() ? "an item names the row of the statement it explains: " : "") + "a target is one of "
            + names()));
    String typeName = name(type);
    return switch (type) {
      case LINE -> line(group(group, typeName), line);
      case GROUP_KIND_TOTAL -> {
        Group g = group(group, typeName);
        LineKind kind = kind(line, typeName);
        if (g.lines().stream().noneMatch(l -> l.kind() == kind)) {
          throw new SociaalDomeinException(LINE, Optional.of(line), "group " + SociaalDomeinException.quote(g.name())
              + " has no " + kind.dutchName() + " lines; its kinds are " + kinds(g));
        }
        yield new Place.GroupKindTotal(g.name(), kind);
      }
      case GROUP_RESULT -> {
        Group g = groupAlone(group, line, typeName);
        if (!g.hasResultLines()) {
          throw noSuchRow(g, "no lasten or baten, so no saldo van baten en lasten; use group-reserves or group-after");
        }
        yield new Place.GroupResult(g.name());
      }
      case GROUP_RESERVES -> {
        Group g = groupAlone(group, line, typeName);
        if (!g.hasReserveLines()) {
          throw noSuchRow(g, "no reserve movements; use group or group-after");
        }
        yield new Place.GroupReserves(g.name());
      }
      case GROUP_AFTER_RESERVES -> new Place.GroupAfterReserves(groupAlone(group, line, typeName).name());
      case KIND_TOTAL -> {
        requireBlank(GROUP, group, typeName);
        LineKind kind = kind(line, typeName);
        if (statement.lines().stream().noneMatch(l -> l.kind() == kind)) {
          throw new SociaalDomeinException(LINE, Optional.of(line), "the statement has no " + kind.dutchName()
              + " lines; its kinds are " + kinds(statement.groups()));
        }
        yield new Place.KindTotal(kind);
      }
      case RESULT_BEFORE_RESERVES -> programmeRow(type, group, line, l -> !l.kind().isReserveMovement(),
          "no lasten or baten");
      case RESERVE_TOTAL -> programmeRow(type, group, line, l -> l.kind().isReserveMovement(), "no reserve movements");
      case RESULT_AFTER_RESERVES -> programmeRow(type, group, line, l -> true, "no lines");
    };
  }

  /** The target, group and line columns that name {@code place}; throws when they cannot. */
  List<String> columns(Place place) {
    String group = place.groupName().orElse("");
    String line = switch (place.type()) {
      case LINE -> lineName(statement.groups().stream().filter(g -> g.name().equals(group)).findFirst()
          .orElseThrow(() -> unwritable(place, "the statement has no group " + SociaalDomeinException.quote(group))),
          place.asLine().orElseThrow());
      case GROUP_KIND_TOTAL, KIND_TOTAL -> place.lineKind().orElseThrow().dutchName();
      case GROUP_RESULT, GROUP_RESERVES, GROUP_AFTER_RESERVES, RESULT_BEFORE_RESERVES, RESERVE_TOTAL,
          RESULT_AFTER_RESERVES -> "";
    };
    List<String> columns = List.of(name(place.type()), group, line);
    Place read;
    try {
      read = resolve(columns.get(0), columns.get(1), columns.get(2));
    } catch (SociaalDomeinException e) {
      throw unwritable(place, e.getMessage());
    }
    if (!read.equals(place)) {
      throw unwritable(place, "its labels name " + read);
    }
    return columns;
  }

  private SociaalDomeinException unwritable(Place place, String why) {
    return new SociaalDomeinException("", Optional.of(place.toString()), "an explanation of this row cannot be written "
        + "against statement " + SociaalDomeinException.quote(statement.name()) + ": " + why);
  }

  private Group group(String name, String typeName) {
    Optional<Group> group = statement.groups().stream().filter(g -> g.name().equals(name)).findFirst();
    if (group.isPresent()) {
      return group.get();
    }
    String listed = candidates("groups", statement.groups().stream().map(Group::name).toList(), name);
    throw name.isEmpty()
        ? new SociaalDomeinException(GROUP, Optional.empty(), "a " + typeName + " target names its group; " + listed)
        : new SociaalDomeinException(GROUP, Optional.of(name), "the statement has no group called so; " + listed);
  }

  /** A group whose row needs no line: the line column stays blank. */
  private Group groupAlone(String name, String line, String typeName) {
    Group g = group(name, typeName);
    requireBlank(LINE, line, typeName);
    return g;
  }

  /** A row of the programme as a whole, which names neither group nor line. */
  private Place programmeRow(Place.Type type, String group, String line, Predicate<Place.Line> counts,
      String lacking) {
    requireBlank(GROUP, group, name(type));
    requireBlank(LINE, line, name(type));
    if (statement.lines().stream().noneMatch(counts)) {
      throw new SociaalDomeinException(TARGET, Optional.of(name(type)), "the statement has " + lacking
          + ", so no such row");
    }
    return Place.of(type, Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static void requireBlank(String column, String text, String typeName) {
    if (!text.isEmpty()) {
      throw new SociaalDomeinException(column, Optional.of(text), "a " + typeName + " target names no " + column
          + "; leave the column blank, or choose another target (" + names() + ")");
    }
  }

  private static SociaalDomeinException noSuchRow(Group g, String why) {
    return new SociaalDomeinException(TARGET, Optional.of(g.name()), "the group has " + why);
  }

  private static LineKind kind(String text, String typeName) {
    for (LineKind kind : LineKind.values()) {
      if (kind.dutchName().equalsIgnoreCase(text)) {
        return kind;
      }
    }
    throw new SociaalDomeinException(LINE, shown(text), "a " + typeName + " target names a kind in the line column: "
        + Stream.of(LineKind.values()).map(LineKind::dutchName).collect(Collectors.joining(", ")));
  }

  private static String kinds(Group g) {
    return kinds(List.of(g));
  }

  private static String kinds(List<Group> groups) {
    return groups.stream().flatMap(g -> g.lines().stream()).map(l -> l.kind().dutchName()).distinct()
        .collect(Collectors.joining(", "));
  }

  private static Place.Line line(Group g, String text) {
    List<Place.Line> matches = matches(g, text);
    if (matches.size() == 1) {
      return matches.get(0);
    }
    if (matches.isEmpty()) {
      List<String> names = g.places().stream().map(l -> shownName(g, l)).toList();
      throw text.isEmpty()
          ? new SociaalDomeinException(LINE, Optional.empty(), "a line target names the line by its label; "
              + candidates("lines of group " + SociaalDomeinException.quote(g.name()), names, text))
          : new SociaalDomeinException(LINE, Optional.of(text), "group " + SociaalDomeinException.quote(g.name())
              + " has no line labelled so; " + candidates("lines of the group", names, text));
    }
    throw new SociaalDomeinException(LINE, Optional.of(text), matches.size() + " lines of group "
        + SociaalDomeinException.quote(g.name()) + " are labelled so: " + quoted(matches.stream()
        .map(Targets::qualified).toList()) + "; write the one meant with its kind in brackets, as in "
        + qualified(matches.get(0)));
  }

  /** The lines {@code text} names: by their label, or by label and kind as in {@code Lasten (lasten)}. */
  private static List<Place.Line> matches(Group g, String text) {
    List<Place.Line> out = new ArrayList<>();
    for (Place.Line l : g.places()) {
      if (l.label().equals(text)) {
        out.add(l);
      }
    }
    Matcher m = QUALIFIED.matcher(text);
    if (m.matches()) {
      for (Place.Line l : g.places()) {
        if (l.label().equals(m.group(1)) && l.kind().dutchName().equalsIgnoreCase(m.group(2)) && !out.contains(l)) {
          out.add(l);
        }
      }
    }
    return out;
  }

  /** How a file names {@code line} of {@code g}: its label alone where that is unique, else with its kind. */
  private static String lineName(Group g, Place.Line line) {
    if (matches(g, line.label()).equals(List.of(line))) {
      return line.label();
    }
    String qualified = qualified(line);
    if (matches(g, qualified).equals(List.of(line))) {
      return qualified;
    }
    throw new SociaalDomeinException("", Optional.of(line.toString()), "no label names this line alone: its "
        + "label, with or without its kind in brackets, names other lines of its group as well");
  }

  /** {@link #lineName}, or the label with its kind where no name is unique, for listing candidates. */
  private static String shownName(Group g, Place.Line line) {
    return matches(g, line.label()).equals(List.of(line)) ? line.label() : qualified(line);
  }

  private static String qualified(Place.Line line) {
    return line.label() + " (" + line.kind().dutchName() + ")";
  }

  /**
   * "the groups are "A", "B", ..." listing at most {@value #MAX_CANDIDATES}, those most like
   * {@code wanted} first (equal but for case, then containing it or contained in it).
   */
  static String candidates(String what, List<String> names, String wanted) {
    if (names.isEmpty()) {
      return "there are no " + what;
    }
    String w = wanted.trim().toLowerCase(Locale.ROOT);
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(Comparator.comparingInt(n -> likeness(n.toLowerCase(Locale.ROOT), w)));
    String listed = quoted(sorted.subList(0, Math.min(MAX_CANDIDATES, sorted.size())));
    int more = sorted.size() - MAX_CANDIDATES;
    return "the " + what + " are " + listed + (more > 0 ? " and " + more + " more" : "");
  }

  private static int likeness(String name, String wanted) {
    if (name.equals(wanted)) {
      return 0;
    }
    return !wanted.isEmpty() && (name.contains(wanted) || wanted.contains(name)) ? 1 : 2;
  }

  private static String quoted(List<String> names) {
    return names.stream().map(SociaalDomeinException::quote).collect(Collectors.joining(", "));
  }

  private static Optional<String> shown(String text) {
    return Optional.of(text).filter(t -> !t.isEmpty());
  }
}
