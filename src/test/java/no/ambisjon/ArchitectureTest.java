package no.ambisjon;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import java.util.regex.Pattern;
import no.ambisjon.base.change.Changes;
import org.springframework.context.ApplicationEventPublisher;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shape of the code that Spring Modulith does not check ({@link ModularityTest} checks the
 * modules): see docs/decisions/0001-package-by-feature.md and 0009-guarantees-by-construction.md.
 */
@AnalyzeClasses(packages = "no.ambisjon", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_does_not_depend_on_ui = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..ui..", "com.vaadin..");

    @ArchTest
    static final ArchRule views_never_touch_repositories = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class);

    @ArchTest
    static final ArchRule views_never_touch_entities_or_other_domain_classes = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage("..domain..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule repositories_are_used_only_from_transactional_classes = classes()
            .that().areAssignableTo(Repository.class).and().areInterfaces()
            .should().onlyBeAccessed().byClassesThat(
                    assignableTo(Repository.class).or(com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates
                            .annotatedWith(Transactional.class)));

    @ArchTest
    static final ArchRule no_cycles_between_features = slices()
            .matching("no.ambisjon.(*)..")
            .should().beFreeOfCycles();

    /** Another feature uses only a feature's root package; the demo-data fixture is the one exception. */
    @ArchTest
    static void a_features_domain_is_used_only_inside_that_feature(JavaClasses classes) {
        var features = classes.stream().map(JavaClass::getPackageName)
                .map(name -> name.matches("no\\.ambisjon\\.\\w+\\.domain.*") ? name.split("\\.")[2] : null)
                .filter(java.util.Objects::nonNull).filter(feature -> !feature.equals("base")).distinct().toList();
        assertThat(features).contains("customer", "security", "okr");
        for (var feature : features) {
            noClasses().that().resideOutsideOfPackages("no.ambisjon." + feature + "..", "no.ambisjon.demo..")
                    .should().dependOnClassesThat().resideInAPackage("no.ambisjon." + feature + ".domain..")
                    .check(classes);
        }
    }

    @ArchTest
    static final ArchRule every_route_carries_an_access_annotation = classes()
            .that().areAnnotatedWith(Route.class)
            .should().beAnnotatedWith(PermitAll.class)
            .orShould().beAnnotatedWith(RolesAllowed.class)
            .orShould().beAnnotatedWith(AnonymousAllowed.class)
            .orShould().beAnnotatedWith(DenyAll.class);

    /** findById and the like, and custom look-ups of one row by its id, address or username. */
    private static final Pattern LOOKUP = Pattern.compile(
            "findById|findAllById|getById|getReferenceById|getOne|existsById|(find|get|read|query|exists)(?!\\w*OrderBy)\\w*By(Id|Slug|Username)");

    private static final DescribedPredicate<JavaMethodCall> LOOKUP_BY_ID = DescribedPredicate.describe(
            "a repository look-up by id, address or username", call -> call.getTargetOwner().isAssignableTo(Repository.class)
                    && LOOKUP.matcher(call.getName()).matches());

    /**
     * One loader per aggregate finds a row by id and checks the tenant: no other class can forget
     * the check, because no other class looks a row up by id.
     */
    @ArchTest
    static final ArchRule repository_look_ups_by_id_happen_only_in_the_loaders = noClasses()
            .that().haveSimpleNameNotEndingWith("Loader")
            .should().callMethodWhere(LOOKUP_BY_ID)
            .because("a lookup by id goes through the aggregate's loader, which checks the tenant");

    @ArchTest
    static final ArchRule the_loaders_are_where_the_look_ups_are = classes()
            .that().haveSimpleNameEndingWith("Loader").and().areAnnotatedWith(org.springframework.stereotype.Component.class)
            .should().callMethodWhere(LOOKUP_BY_ID);

    /**
     * Changes reach the audit log only through the one place that also keeps the ledger; that they
     * committed is announced only after the commit here, or on hearing another node's.
     */
    @ArchTest
    static final ArchRule only_changes_publishes_events = noClasses()
            .that().doNotHaveFullyQualifiedName(Changes.class.getName())
            .and().doNotHaveFullyQualifiedName("no.ambisjon.base.change.CommitAnnouncer")
            .and().doNotHaveFullyQualifiedName("no.ambisjon.cluster.ChangeReceiver")
            .should().callMethodWhere(DescribedPredicate.describe("ApplicationEventPublisher.publishEvent",
                    call -> call.getTargetOwner().isAssignableTo(ApplicationEventPublisher.class)
                            && call.getName().equals("publishEvent")));

    @ArchTest
    static final ArchRule the_coach_is_plain_java = noClasses()
            .that().resideInAPackage("no.ambisjon.coach..").and().doNotHaveSimpleName("package-info")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "com.vaadin..",
                    "org.hibernate..");

    @ArchTest
    static final ArchRule services_are_the_security_boundary = classes()
            .that().haveSimpleNameEndingWith("Service").and().resideOutsideOfPackage("..domain..")
            .and(not(resideInAPackage("no.ambisjon.security")))
            .should().beAnnotatedWith(org.springframework.security.access.prepost.PreAuthorize.class)
            .because("every application service checks who calls it (AccountService also serves the login itself)");

    /**
     * One clock and one way to write a date for the reader: every date and time a person reads is
     * written by TimeText on the agency's zone, so a page, a mail and a PDF never disagree.
     */
    @ArchTest
    static final ArchRule dates_and_times_for_people_are_written_in_one_place = noClasses()
            .that().doNotHaveFullyQualifiedName(no.ambisjon.base.ui.TimeText.class.getName())
            .should().callMethodWhere(DescribedPredicate.describe("DateTimeFormatter.ofLocalized*/ofPattern or ZoneId.of",
                    call -> call.getTargetOwner().isEquivalentTo(java.time.format.DateTimeFormatter.class)
                            && (call.getName().startsWith("ofLocalized") || call.getName().equals("ofPattern"))
                            || call.getTargetOwner().isEquivalentTo(java.time.ZoneId.class) && call.getName().equals("of")));

    /** Vaadin's own words (a calendar's months, "Today", a screen reader's "added to selection") are English unless set. */
    @ArchTest
    static final ArchRule pickers_speak_the_readers_language = noClasses()
            .that().resideOutsideOfPackage("no.ambisjon.base.ui")
            .should().callConstructorWhere(DescribedPredicate.describe("new DatePicker, DateTimePicker, MultiSelectComboBox or PasswordField",
                    call -> java.util.Set.of(com.vaadin.flow.component.datepicker.DatePicker.class.getName(),
                                    com.vaadin.flow.component.datetimepicker.DateTimePicker.class.getName(),
                                    com.vaadin.flow.component.combobox.MultiSelectComboBox.class.getName(),
                                    com.vaadin.flow.component.textfield.PasswordField.class.getName())
                            .contains(call.getTargetOwner().getName())))
            .because("base.ui's Localised pickers set them from the bundles");
}
