package no.los.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering every service follows, as ArchUnit rules a service's architecture test runs with
 * {@code ArchTests.in(ArchitectureRules.class)}: thin resources, transactions and the outbox in use
 * cases, a domain that knows nothing of HTTP.
 */
public final class ArchitectureRules {

    /** Resources call use cases; they never reach into repositories themselves. */
    @ArchTest
    public static final ArchRule RESOURCES_DO_NOT_TOUCH_REPOSITORIES = noClasses()
            .that().resideInAPackage("..rest..")
            .should().dependOnClassesThat().resideInAPackage("..repository..")
            .because("REST resources stay thin: use cases in service/ own data access and transactions");

    /** Transactions are demarcated in use cases, never in resources. */
    @ArchTest
    public static final ArchRule NO_TRANSACTIONS_IN_RESOURCES = noMethods()
            .that().areDeclaredInClassesThat().resideInAPackage("..rest..")
            .should().beAnnotatedWith("jakarta.transaction.Transactional")
            .because("a resource maps HTTP; the use case decides what is atomic");

    /** Only use cases add events, so an event always commits with the state change it announces. */
    @ArchTest
    public static final ArchRule ONLY_USE_CASES_WRITE_THE_OUTBOX = noClasses()
            .that().resideOutsideOfPackage("..service..")
            .should().dependOnClassesThat().haveFullyQualifiedName("no.los.platform.outbox.Outbox")
            .because("events are added in the use case's transaction (transactional outbox)");

    /** The domain and the use cases know nothing of HTTP or JSON views. */
    @ArchTest
    public static final ArchRule DOMAIN_DOES_NOT_DEPEND_ON_REST = noClasses()
            .that().resideOutsideOfPackage("..rest..")
            .should().dependOnClassesThat().resideInAPackage("..rest..")
            .because("the REST layer depends on the domain, never the other way round");

    private ArchitectureRules() {
    }
}
