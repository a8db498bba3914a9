// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * With core, io and testkit on one class path: the testkit uses core and io, never the other way
 * round, its packages use each other in one direction only, and it refuses with the library's
 * exceptions and computes money without floating point, as core and io do.
 */
@AnalyzeClasses(packages = "nl.sociaaldomein",
    importOptions = {ImportOption.DoNotIncludeTests.class, TestkitLayeringTest.DoNotIncludeTestJars.class})
class TestkitLayeringTest {

  /** Core's test fixtures, which the testkit's tests use, come as a -tests.jar that DoNotIncludeTests does not know. */
  static final class DoNotIncludeTestJars implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("-tests.jar");
    }
  }

  @ArchTest
  static final ArchRule coreAndIoDoNotUseTheTestkit =
      noClasses()
          .that().resideInAPackage("nl.sociaaldomein..")
          .and().resideOutsideOfPackage("nl.sociaaldomein.testkit..")
          .should().dependOnClassesThat().resideInAPackage("nl.sociaaldomein.testkit..");

  @ArchTest
  static final ArchRule noPackageCycles =
      slices().matching("nl.sociaaldomein.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule generatorsDoNotUseAssertionsOrReferenceCases =
      noClasses()
          .that().resideInAPackage("nl.sociaaldomein.testkit.generate..")
          .should().dependOnClassesThat().resideInAnyPackage("nl.sociaaldomein.testkit.assertions..",
              "nl.sociaaldomein.testkit.reference..", "nl.sociaaldomein.testkit.cli..");

  /** The data generators (moved from core and io, issue 14) are the testkit's bottom: the rest builds on them. */
  @ArchTest
  static final ArchRule theDataGeneratorsUseNoOtherPartOfTheTestkit =
      noClasses()
          .that().resideInAnyPackage("nl.sociaaldomein.testkit.clients..", "nl.sociaaldomein.testkit.statement..")
          .should().dependOnClassesThat().resideInAnyPackage("nl.sociaaldomein.testkit",
              "nl.sociaaldomein.testkit.assertions..", "nl.sociaaldomein.testkit.generate..",
              "nl.sociaaldomein.testkit.reference..", "nl.sociaaldomein.testkit.cli..", "nl.sociaaldomein.testkit.internal..");

  @ArchTest
  static final ArchRule theTestkitRefusesWithTheLibrarysExceptions =
      noClasses()
          .that().resideInAPackage("nl.sociaaldomein.testkit..")
          .should().callConstructor(IllegalArgumentException.class, String.class)
          .orShould().callConstructor(IllegalArgumentException.class, String.class, Throwable.class);

  @ArchTest
  static final ArchRule noFloatingPoint =
      noClasses()
          .that().resideInAPackage("nl.sociaaldomein.testkit..")
          .should().dependOnClassesThat().belongToAnyOf(double.class, float.class, Double.class, Float.class);
}
