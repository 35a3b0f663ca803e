package works.incentives.web;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layer rules of ARCHITECTURE.md: dependencies point inward, to the domain. */
@AnalyzeClasses(packages = "works.incentives", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("works.incentives.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("works.incentives.persistence..", "works.incentives.web..");

    @ArchTest
    static final ArchRule persistenceDoesNotKnowTheUserInterface = noClasses()
            .that().resideInAPackage("works.incentives.persistence..")
            .should().dependOnClassesThat().resideInAPackage("works.incentives.web..");

    @ArchTest
    static final ArchRule theUserInterfaceNeverTouchesAnEntityManager = noClasses()
            .that().resideInAPackage("works.incentives.web..")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManagerFactory");

    @ArchTest
    static final ArchRule onlyServicesAndTheirImplementationsUseRepositories = classes()
            .that().haveSimpleNameEndingWith("Repository")
            .should().onlyBeAccessed().byAnyPackage("works.incentives.domain..", "works.incentives.persistence..");

    @ArchTest
    static final ArchRule domainFeaturesAreFreeOfCycles = slices()
            .matching("works.incentives.domain.(*)..").should().beFreeOfCycles();

    /** The layout links to every feature's view and the views name their layout: that cycle is Vaadin's. */
    @ArchTest
    static final ArchRule webFeaturesAreFreeOfCycles = slices()
            .matching("works.incentives.web.(*)..").should().beFreeOfCycles()
            .ignoreDependency(JavaClass.Predicates.resideInAPackage("works.incentives.web.layout.."),
                    DescribedPredicate.alwaysTrue());

    /** Every date picker speaks the user's language and shows the application's date format (issue 15). */
    @ArchTest
    static final ArchRule everyDatePickerIsADateField = noClasses()
            .that().resideInAPackage("works.incentives.web..")
            .and().doNotHaveFullyQualifiedName("works.incentives.web.component.DateField")
            .should().callConstructor(com.vaadin.flow.component.datepicker.DatePicker.class)
            .orShould().callConstructor(com.vaadin.flow.component.datepicker.DatePicker.class, String.class)
            .because("works.incentives.web.component.DateField sets the zh-TW calendar texts and the date format");
}
