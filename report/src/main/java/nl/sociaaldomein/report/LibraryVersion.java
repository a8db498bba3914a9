// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import nl.sociaaldomein.SociaalDomeinException;

/** The version of the library that made a report, as the build wrote it into the module's resources. */
final class LibraryVersion {

  private static final String RESOURCE = "report.properties";

  private LibraryVersion() {}

  static String current() {
    try (InputStream in = LibraryVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new SociaalDomeinException("The report module's " + RESOURCE + " is missing from its jar");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new SociaalDomeinException("Cannot read the report module's " + RESOURCE + ": " + e.getMessage(), e);
    }
  }
}
