// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** With core, io and report on one class path: the report uses core and io, never the other way round. */
@AnalyzeClasses(packages = "nl.sociaaldomein", importOptions = ImportOption.DoNotIncludeTests.class)
class ReportLayeringTest {

  @ArchTest
  static final ArchRule coreAndIoDoNotUseTheReport =
      noClasses()
          .that().resideInAPackage("nl.sociaaldomein..")
          .and().resideOutsideOfPackage("nl.sociaaldomein.report..")
          .should().dependOnClassesThat().resideInAPackage("nl.sociaaldomein.report..");

  @ArchTest
  static final ArchRule noPackageCycles =
      slices().matching("nl.sociaaldomein.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule theReportRefusesWithTheLibrarysExceptions =
      noClasses()
          .that().resideInAPackage("nl.sociaaldomein.report..")
          .should().callConstructor(IllegalArgumentException.class, String.class)
          .orShould().callConstructor(IllegalArgumentException.class, String.class, Throwable.class);
}
