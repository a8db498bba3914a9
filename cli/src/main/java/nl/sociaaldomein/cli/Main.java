// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Callable;
import nl.sociaaldomein.SociaalDomeinException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code sociaaldomein}: the library from the command line. Exit {@value #CONSISTENT} when all is
 * consistent, {@value #FINDINGS} when a command found something (an inconsistent total, a gap, a
 * rejected row), {@value #BAD_INPUT} when the input could not be used (a file that is not there or
 * not of its kind, an unknown option, a parse problem under {@code --strict}), and
 * {@value #DEFECT} for a defect of the tool itself.
 */
@Command(name = "sociaaldomein", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Checks the figures of the Dutch sociaal domein: statements, variance analyses, savings, client"
        + " quickscans and Iv3 deliveries.",
    subcommands = {CheckCommand.class, VarianceCommand.class, SavingsCommand.class, QuickscanCommand.class,
        Iv3Command.class, GenerateCommand.class, ConformanceCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all is consistent", "1:findings (an inconsistency, a gap, a rejected row)",
        "2:bad input (a missing or unreadable file, an unknown option, a parse problem with --strict)",
        "3:a defect of the tool"})
public final class Main implements Callable<Integer> {

  /** Everything checked is consistent. */
  public static final int CONSISTENT = 0;
  /** A command found something: an inconsistency, a gap, a difference, a rejected row. */
  public static final int FINDINGS = 1;
  /** The command or its input could not be used. */
  public static final int BAD_INPUT = 2;
  /** Something the tool did not foresee: a defect, to be reported. */
  public static final int DEFECT = 3;

  @Spec
  CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs {@code args}, writing UTF-8 to {@code out} and {@code err}; returns the exit code. */
  public static int run(String[] args, OutputStream out, OutputStream err) {
    Objects.requireNonNull(args, "args");
    PrintWriter o = new PrintWriter(new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8), true);
    PrintWriter e = new PrintWriter(new OutputStreamWriter(Objects.requireNonNull(err, "err"), StandardCharsets.UTF_8), true);
    try {
      return commandLine(o, e).execute(args);
    } finally {
      o.flush();
      e.flush();
    }
  }

  /** The command line writing to {@code out} and {@code err}, with the exit codes above. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine line = new CommandLine(new Main());
    line.setOut(out);
    line.setErr(err);
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.setExecutionExceptionHandler(Main::failed);
    return line;
  }

  /** Without a command there is nothing to do: a usage error. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Name a command: check, variance, savings, quickscan, iv3,"
        + " generate or conformance");
  }

  /**
   * The library's refusals and unreadable files are bad input, named on standard error with the
   * library's message (which never holds a BSN); anything else is a defect, named by its class and
   * place only, since a message of code outside the library might quote the input.
   */
  private static int failed(Exception e, CommandLine line, ParseResult parsed) {
    PrintWriter err = line.getErr();
    if (e instanceof SociaalDomeinException || e instanceof UncheckedIOException || e instanceof IOException) {
      err.println(line.getCommandSpec().qualifiedName(" ") + ": " + e.getMessage());
      return BAD_INPUT;
    }
    StackTraceElement[] trace = e.getStackTrace();
    err.println(line.getCommandSpec().qualifiedName(" ") + ": a defect of the tool, please report it: "
        + e.getClass().getName() + (trace.length > 0 ? " at " + trace[0] : ""));
    return DEFECT;
  }

  /** The version the build wrote into {@code cli.properties}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("cli.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"sociaaldomein " + properties.getProperty("version", "(version unknown)")};
    }
  }
}
