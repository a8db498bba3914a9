package nl.sociaaldomein.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Core and io stay free of Spark: only this module may use it. */
class SparkArchitectureTest {

  @Test
  void coreAndIoDoNotDependOnSpark() {
    JavaClasses library = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("nl.sociaaldomein");
    // The library's classes come from the core and io jars on this module's class path.
    assertTrue(library.containPackage("nl.sociaaldomein.clients") && library.containPackage("nl.sociaaldomein.io.clients"));
    noClasses().that().resideOutsideOfPackage("nl.sociaaldomein.spark..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..", "org.apache.hadoop..")
        .check(library);
  }
}
