// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * With core and io on one class path, checks that the dependency runs one way only (io uses
 * core, core never uses io), that no two packages of either use each other, that io keeps to the
 * API of core, and that io's exceptions share the library's root.
 */
@AnalyzeClasses(packages = "nl.sociaaldomein",
    importOptions = {ImportOption.DoNotIncludeTests.class, LayeringTest.DoNotIncludeTestJars.class})
class LayeringTest {

  /** core's test fixtures, which io's tests use, come as a -tests.jar that DoNotIncludeTests does not know. */
  static final class DoNotIncludeTestJars implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("-tests.jar");
    }
  }

  @ArchTest
  static final ArchRule coreDoesNotUseIo =
      noClasses()
          .that().resideInAPackage("nl.sociaaldomein..")
          .and().resideOutsideOfPackage("nl.sociaaldomein.io..")
          .should().dependOnClassesThat().resideInAPackage("nl.sociaaldomein.io..");

  @ArchTest
  static final ArchRule ioDoesNotReachIntoExamplesBenchmarksOrTestkit =
      noClasses()
          .that().resideInAPackage("nl.sociaaldomein.io..")
          .should().dependOnClassesThat().resideInAnyPackage("nl.sociaaldomein.examples..", "nl.sociaaldomein.benchmarks..",
              "nl.sociaaldomein.testkit..");

  /** Every package its own slice, io's and core's alike. */
  @ArchTest
  static final ArchRule noPackageCycles =
      slices().matching("nl.sociaaldomein.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule ioUsesOnlyTheApiOfCore =
      noClasses()
          .that().resideInAPackage("nl.sociaaldomein.io..")
          .should().dependOnClassesThat().resideInAPackage("nl.sociaaldomein.internal..")
          .because("internal is not API: it may change in any release");

  @ArchTest
  static final ArchRule ioRefusesWithTheLibrarysExceptions =
      noClasses()
          .that().resideInAPackage("nl.sociaaldomein.io..")
          .should().callConstructor(IllegalArgumentException.class, String.class)
          .orShould().callConstructor(IllegalArgumentException.class, String.class, Throwable.class);

  @ArchTest
  static final ArchRule ioExceptionsShareTheRoot =
      classes()
          .that().resideInAPackage("nl.sociaaldomein.io..")
          .and().areAssignableTo(Throwable.class)
          .should().beAssignableTo(nl.sociaaldomein.SociaalDomeinException.class);
}
