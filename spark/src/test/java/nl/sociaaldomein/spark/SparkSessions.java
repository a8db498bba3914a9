// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.spark;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Property;
import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark session of every test class (starting one takes seconds): two threads,
 * four shuffle partitions, no UI; and every log line written while it runs, for the test that
 * scans them for BSNs.
 */
public final class SparkSessions {

  private static SparkSession session;
  private static final List<String> LOG = new ArrayList<>();

  private SparkSessions() {}

  /** The shared session, started on first use and stopped when the test JVM ends. */
  public static synchronized SparkSession get() {
    if (session == null) {
      capture();
      session = SparkSession.builder().master("local[2]").appName("sociaaldomein-tests")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.default.parallelism", "4")
          .config("spark.ui.enabled", "false")
          .config("spark.ui.showConsoleProgress", "false")
          .config("spark.sql.adaptive.enabled", "false")
          .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> session.stop()));
    }
    return session;
  }

  /** Every log line (with its exception) written since the session started. */
  public static List<String> log() {
    synchronized (LOG) {
      return List.copyOf(LOG);
    }
  }

  private static void capture() {
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    Configuration config = context.getConfiguration();
    AbstractAppender appender = new AbstractAppender("captured", null, null, true, Property.EMPTY_ARRAY) {
      @Override
      public void append(LogEvent event) {
        StringBuilder line = new StringBuilder(event.getLevel() + " " + event.getLoggerName() + ": "
            + event.getMessage().getFormattedMessage());
        if (event.getThrown() != null) {
          StringWriter trace = new StringWriter();
          event.getThrown().printStackTrace(new PrintWriter(trace));
          line.append('\n').append(trace);
        }
        synchronized (LOG) {
          LOG.add(line.toString());
        }
      }
    };
    appender.start();
    config.getRootLogger().addAppender(appender, null, null);
    context.updateLoggers();
  }
}
