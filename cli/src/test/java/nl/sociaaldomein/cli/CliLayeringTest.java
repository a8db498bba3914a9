// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The command line is an edge of the build: it uses core, io, the testkit and the report, and
 * nothing of the library uses it; it refuses with the library's exceptions.
 */
@AnalyzeClasses(packages = "nl.sociaaldomein", importOptions = ImportOption.DoNotIncludeTests.class)
class CliLayeringTest {

  @ArchTest
  static final ArchRule nothingUsesTheCommandLine =
      noClasses()
          .that().resideInAPackage("nl.sociaaldomein..")
          .and().resideOutsideOfPackage("nl.sociaaldomein.cli..")
          .should().dependOnClassesThat().resideInAPackage("nl.sociaaldomein.cli..");

  @ArchTest
  static final ArchRule theCommandLineRefusesWithTheLibrarysExceptions =
      noClasses()
          .that().resideInAPackage("nl.sociaaldomein.cli..")
          .should().callConstructor(IllegalArgumentException.class, String.class)
          .orShould().callConstructor(IllegalArgumentException.class, String.class, Throwable.class);
}
