package nl.sociaaldomein.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of core's own packages: money at the bottom, notation (the one reader and writer
 * of Dutch text) above it, and text rendering above the domain.
 */
@AnalyzeClasses(packages = "nl.sociaaldomein", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageLayeringTest {

  @ArchTest
  static final ArchRule moneyKnowsNoNotation =
      noClasses()
          .that().resideInAPackage("nl.sociaaldomein.money..")
          .should().dependOnClassesThat().resideInAPackage("nl.sociaaldomein.notation..")
          .because("notation reads and writes money in Dutch; money must not call back into it");

  @ArchTest
  static final ArchRule domainKnowsNoTextRendering =
      noClasses()
          .that().resideInAnyPackage(
              "nl.sociaaldomein.money..",
              "nl.sociaaldomein.notation..",
              "nl.sociaaldomein.funding..",
              "nl.sociaaldomein.clients..",
              "nl.sociaaldomein.taakveld..")
          .should().dependOnClassesThat().resideInAPackage("nl.sociaaldomein.text..")
          .because("text lays out results; results do not depend on how they are laid out");
}
