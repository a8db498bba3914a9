// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import java.util.Set;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.io.clients.ClientDataReader;
import org.junit.jupiter.api.Test;

/** Core and io stay free of Spark: only this module may use it. */
class SparkArchitectureTest {

  @Test
  void coreAndIoDoNotDependOnSpark() {
    // The core and io jars (or class directories) themselves, not the whole class path: Spark's
    // jars alone take seconds to scan.
    JavaClasses library = new ClassFileImporter().importLocations(Set.of(
        Location.of(SociaalDomeinException.class.getProtectionDomain().getCodeSource().getLocation()),
        Location.of(ClientDataReader.class.getProtectionDomain().getCodeSource().getLocation())));
    assertTrue(library.containPackage("nl.sociaaldomein.clients") && library.containPackage("nl.sociaaldomein.io.clients"));
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..", "org.apache.hadoop..")
        .check(library);
  }
}
