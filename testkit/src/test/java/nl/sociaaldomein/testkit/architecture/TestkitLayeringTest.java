package nl.sociaaldomein.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * With core, io and testkit on one class path: the testkit uses core and io, never the other way
 * round, its packages use each other in one direction only, and it refuses with the library's
 * exceptions and computes money without floating point, as core and io do.
 */
@AnalyzeClasses(packages = "nl.sociaaldomein", importOptions = ImportOption.DoNotIncludeTests.class)
class TestkitLayeringTest {

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
