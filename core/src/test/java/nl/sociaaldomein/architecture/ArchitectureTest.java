// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;

/**
 * Keeps core what it promises to be: free of IO and serialisation libraries, free of binary
 * floating point in its money code, its packages in the order {@code docs/architecture.md}
 * draws, without cycles, and with one root for its exceptions.
 */
@AnalyzeClasses(packages = "nl.sociaaldomein", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** All of core computes with money, shares or figures: none of it may use binary floating point. */
  private static final String[] MONEY_CODE = {"nl.sociaaldomein.."};

  private static final Set<String> FLOATING_POINT =
      Set.of("double", "float", "java.lang.Double", "java.lang.Float");

  @ArchTest
  static final ArchRule coreDependsOnNoIoModuleJsonOrCsvLibrary =
      noClasses()
          .that().resideInAPackage("nl.sociaaldomein..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "nl.sociaaldomein.io..",
              "com.fasterxml.jackson..",
              "org.apache.commons.csv..",
              "de.siegmar.fastcsv..",
              "com.univocity..",
              "com.opencsv..")
          .because("core is the calculation layer; reading and writing files belongs to the io module");

  @ArchTest
  static final ArchRule packagesAreFreeOfCycles =
      slices().matching("nl.sociaaldomein.(*)..").should().beFreeOfCycles();

  /** The package order of docs/architecture.md: each package uses only those below it. */
  @ArchTest
  static final ArchRule packagesKeepTheirOrder =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Base").definedBy("nl.sociaaldomein", "nl.sociaaldomein.internal..")
          .layer("Money").definedBy("nl.sociaaldomein.money..")
          .layer("Notation").definedBy("nl.sociaaldomein.notation..")
          .layer("Taakveld").definedBy("nl.sociaaldomein.taakveld..")
          .layer("Statement").definedBy("nl.sociaaldomein.statement..")
          .layer("Variance").definedBy("nl.sociaaldomein.variance..")
          .layer("Funding").definedBy("nl.sociaaldomein.funding..")
          .layer("Clients").definedBy("nl.sociaaldomein.clients")
          .layer("Savings").definedBy("nl.sociaaldomein.savings..")
          .layer("Iv3").definedBy("nl.sociaaldomein.iv3..")
          .layer("Indicators").definedBy("nl.sociaaldomein.indicators..")
          .layer("Text").definedBy("nl.sociaaldomein.text..")
          .whereLayer("Text").mayNotBeAccessedByAnyLayer()
          .whereLayer("Variance").mayOnlyBeAccessedByLayers("Text")
          .whereLayer("Statement").mayOnlyBeAccessedByLayers("Variance", "Iv3", "Text")
          .whereLayer("Funding").mayOnlyBeAccessedByLayers("Iv3", "Text")
          .whereLayer("Savings").mayOnlyBeAccessedByLayers("Text")
          .whereLayer("Iv3").mayOnlyBeAccessedByLayers("Indicators", "Text")
          .whereLayer("Indicators").mayOnlyBeAccessedByLayers("Text")
          .whereLayer("Clients").mayOnlyBeAccessedByLayers("Text")
          .whereLayer("Taakveld").mayOnlyBeAccessedByLayers("Statement", "Variance", "Iv3", "Text")
          .whereLayer("Notation").mayOnlyBeAccessedByLayers(
              "Taakveld", "Statement", "Variance", "Funding", "Clients", "Savings", "Iv3", "Indicators", "Text")
          .whereLayer("Money").mayOnlyBeAccessedByLayers(
              "Notation", "Taakveld", "Statement", "Variance", "Funding", "Clients", "Savings", "Iv3",
              "Indicators", "Text")
          .because("notation is the one reader and writer of Dutch text, above money, and presentation"
              + " (text) sits above every domain package, never inside one");

  @ArchTest
  static final ArchRule everyExceptionSharesTheRoot =
      classes()
          .that().resideInAPackage("nl.sociaaldomein..")
          .and().areAssignableTo(Throwable.class)
          .should().beAssignableTo(nl.sociaaldomein.SociaalDomeinException.class)
          .because("one error model: every exception of the library answers where, what and why");

  @ArchTest
  static final ArchRule refusalsAreTheLibrarysExceptions =
      noClasses()
          .that().resideInAPackage("nl.sociaaldomein..")
          .and().doNotHaveFullyQualifiedName(nl.sociaaldomein.SociaalDomeinException.class.getName())
          .should().callConstructor(IllegalArgumentException.class, String.class)
          .orShould().callConstructor(IllegalArgumentException.class, String.class, Throwable.class)
          .because("a refused value is a SociaalDomeinException, with where, what and why");

  @ArchTest
  static final ArchRule coreTouchesNoFiles =
      noClasses()
          .that().resideInAPackage("nl.sociaaldomein..")
          .should().dependOnClassesThat(filesystem())
          .because("core computes; the io module reads and writes files");

  @ArchTest
  static final ArchRule moneyCodeHasNoFloatingPointFields =
      noFields()
          .that().areDeclaredInClassesThat().resideInAnyPackage(MONEY_CODE)
          .should().haveRawType(double.class)
          .orShould().haveRawType(float.class)
          .orShould().haveRawType(Double.class)
          .orShould().haveRawType(Float.class)
          .because("money is exact: long cents or BigDecimal");

  @ArchTest
  static final ArchRule moneyCodeTakesAndReturnsNoFloatingPoint =
      codeUnits()
          .that().areDeclaredInClassesThat().resideInAnyPackage(MONEY_CODE)
          .should(notUseFloatingPointInSignature())
          .because("money is exact: long cents or BigDecimal");

  private static DescribedPredicate<JavaClass> filesystem() {
    return new DescribedPredicate<>("are file system classes (java.nio.file, java.io.File*)") {
      @Override
      public boolean test(JavaClass c) {
        return c.getPackageName().startsWith("java.nio.file")
            || (c.getPackageName().equals("java.io") && c.getSimpleName().startsWith("File"));
      }
    };
  }

  private static ArchCondition<JavaCodeUnit> notUseFloatingPointInSignature() {
    return new ArchCondition<>("not take or return double, float, Double or Float") {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        if (FLOATING_POINT.contains(unit.getRawReturnType().getName())) {
          events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " returns " + unit.getRawReturnType().getName()));
        }
        for (JavaClass parameter : unit.getRawParameterTypes()) {
          if (FLOATING_POINT.contains(parameter.getName())) {
            events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " takes " + parameter.getName()));
          }
        }
      }
    };
  }
}
