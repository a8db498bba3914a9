package nl.sociaaldomein.io.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * With core and io on one class path, checks that the dependency runs one way only: io uses
 * core, core never uses io.
 */
@AnalyzeClasses(packages = "nl.sociaaldomein", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

  @ArchTest
  static final ArchRule coreDoesNotUseIo =
      noClasses()
          .that().resideInAPackage("nl.sociaaldomein..")
          .and().resideOutsideOfPackage("nl.sociaaldomein.io..")
          .should().dependOnClassesThat().resideInAPackage("nl.sociaaldomein.io..");

  @ArchTest
  static final ArchRule ioDoesNotReachIntoExamplesOrBenchmarks =
      noClasses()
          .that().resideInAPackage("nl.sociaaldomein.io..")
          .should().dependOnClassesThat().resideInAnyPackage("nl.sociaaldomein.examples..", "nl.sociaaldomein.benchmarks..");
}
