// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.io.export.ResultJson;
import nl.sociaaldomein.io.export.TidyTable;
import nl.sociaaldomein.io.statement.ColumnMapping;
import nl.sociaaldomein.io.statement.MappedCsv;
import nl.sociaaldomein.io.statement.StatementCsv;
import nl.sociaaldomein.io.statement.StatementWorkbook;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.notation.DutchNotation;
import nl.sociaaldomein.statement.Statement;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command shares: {@code --format}, its output and error streams, the checks on its
 * input files, and the rule that a read problem is a finding (exit {@value Main#FINDINGS}) when
 * the read goes on past it.
 */
abstract class Subcommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  Options.Output output;

  /** Set when a read rejected a row, so that the exit code says so even where the result is clean. */
  private boolean readProblems;

  /** Runs the command; returns {@link Main#CONSISTENT} or {@link Main#FINDINGS}, or throws. */
  abstract int run() throws Exception;

  @Override
  public final Integer call() throws Exception {
    if (!formats().contains(format())) {
      throw unavailable();
    }
    int code = run();
    out().flush();
    return readProblems && code == Main.CONSISTENT ? Main.FINDINGS : code;
  }

  Format format() {
    return output.format;
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** {@link Main#CONSISTENT} when {@code consistent}, else {@link Main#FINDINGS}. */
  static int outcome(boolean consistent) {
    return consistent ? Main.CONSISTENT : Main.FINDINGS;
  }

  /** The formats this command writes, every one unless it says fewer; checked before anything is read. */
  Set<Format> formats() {
    return EnumSet.allOf(Format.class);
  }

  /** The refusal of a format this command does not write. */
  BadInputException unavailable() {
    return new BadInputException("--format " + format().label() + " is not available for `" + spec.qualifiedName(" ")
        + "`; it writes " + formats().stream().map(Format::label).collect(Collectors.joining(", ")));
  }

  /** {@code file}, when it is a regular file this process may read; else the refusal, naming {@code what}. */
  static Path readable(Path file, String what) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException("No " + what + " file " + SociaalDomeinException.quote(file.toString()));
    }
    if (!Files.isReadable(file)) {
      throw new BadInputException("Cannot read the " + what + " file " + SociaalDomeinException.quote(file.toString()));
    }
    return file;
  }

  /** {@code euros} in Dutch notation; the refusal names the option it was given to ({@code option}). */
  static Amount amount(String option, String euros) {
    try {
      return DutchNotation.parseAmount(euros);
    } catch (SociaalDomeinException e) {
      throw new BadInputException(option + SociaalDomeinException.quote(euros) + ": " + e.getMessage());
    }
  }

  /**
   * The value read, with the read's report on standard error when it found problems (a finding);
   * the refusal when nothing could be built. A strict read has thrown at its first problem already.
   */
  <T> T taken(ReadResult<T> result) {
    if (!result.report().isClean()) {
      err().println(result.report());
      readProblems = true;
    }
    return result.value().orElseThrow(() -> new BadInputException(result.report().source()
        + " gives nothing to work with: " + result.problems().stream().findFirst().map(Object::toString).orElse("")));
  }

  /**
   * The statement in {@code file}: CSV as io writes it, or an {@code .xlsx} workbook read by the
   * column mapping in {@code mapping}.
   */
  Statement statement(Path file, Optional<Path> mapping, ReadMode mode) {
    readable(file, "statement");
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx")) {
      Path mappingFile = readable(mapping.orElseThrow(() -> new BadInputException("The workbook "
          + SociaalDomeinException.quote(file.toString()) + " needs --mapping <file>: which columns hold what"
          + " (docs/formats.md, \"Column-mapped CSV\")")), "mapping");
      ColumnMapping columns = taken(ColumnMapping.read(mappingFile, StandardCharsets.UTF_8, mode));
      return taken(StatementWorkbook.read(file, columns, mode));
    }
    if (mapping.isPresent()) {
      return taken(MappedCsv.read(file, StandardCharsets.UTF_8, taken(ColumnMapping.read(readable(mapping.get(), "mapping"),
          StandardCharsets.UTF_8, mode)), mode));
    }
    return taken(StatementCsv.read(file, mode));
  }

  /** Marks that a read went on past a problem it reported. */
  void readProblem() {
    readProblems = true;
  }

  /** {@code value} as indented JSON through the library's Jackson modules ({@link ResultJson}), on standard output. */
  void json(Object value) {
    print(ResultJson.toJson(value));
  }

  /** {@code table} as tidy CSV in the dialect of {@code --dialect}, on standard output. */
  void csv(TidyTable table) {
    out().print(table.toCsv(output.dialect));
  }

  /** A tidy table named {@code name} with {@code columns}, one row of text values per element of {@code rows}. */
  static <T> TidyTable textTable(String name, List<String> columns, List<T> rows, Function<T, List<String>> values) {
    return new TidyTable(name, columns, rows.stream()
        .map(row -> values.apply(row).stream().<TidyTable.Value>map(TidyTable.Value.Text::new).toList()).toList());
  }

  /** {@code text} on standard output, with a line end unless it has one. */
  void print(String text) {
    out().print(text);
    if (!text.endsWith("\n")) {
      out().println();
    }
  }
}
