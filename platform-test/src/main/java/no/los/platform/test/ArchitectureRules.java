package no.los.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
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

    /**
     * Only use cases and the erasure rules (which run in the protocol's transaction) add events, so an
     * event always commits with the state change it announces.
     */
    @ArchTest
    public static final ArchRule ONLY_USE_CASES_WRITE_THE_OUTBOX = noClasses()
            .that().resideOutsideOfPackages("..service..", "..privacy..")
            .should().dependOnClassesThat().haveFullyQualifiedName("no.los.platform.outbox.Outbox")
            .because("events are added in the use case's transaction (transactional outbox)");

    /** The package convention of the five services: resources in rest, repositories in repository. */
    @ArchTest
    public static final ArchRule RESOURCES_LIVE_IN_REST = classes()
            .that().areAnnotatedWith("jakarta.ws.rs.Path")
            .should().resideInAPackage("..rest")
            .because("every service keeps its REST resources in one package, rest/");

    @ArchTest
    public static final ArchRule REPOSITORIES_LIVE_IN_REPOSITORY = classes()
            .that().areAssignableTo("io.quarkus.hibernate.orm.panache.PanacheRepositoryBase")
            .should().resideInAPackage("..repository")
            .because("every service keeps its repositories in one package, repository/");

    /** A service's whole part in the rights of the data subject sits in one package, privacy/. */
    @ArchTest
    public static final ArchRule RIGHTS_LIVE_IN_PRIVACY = classes()
            .that().implement("no.los.platform.rights.DataSubjectRights")
            .or().implement("no.los.platform.rights.DataSubjectRights$ErasureRules")
            .should().resideInAPackage("..privacy")
            .because("a newcomer finds a service's part in every right in privacy/");

    /** Erasure cases and reports, and portable writers, are handled in privacy/ only. */
    @ArchTest
    public static final ArchRule ERASURE_RULES_LIVE_IN_PRIVACY = noClasses()
            .that().resideOutsideOfPackage("..privacy")
            .should().dependOnClassesThat().haveFullyQualifiedName("no.los.platform.erasure.ErasureReport")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("no.los.platform.rights.PortableWriter")
            .orShould().dependOnClassesThat().haveNameMatching("no\\.los\\.platform\\.erasure\\.ErasureCase.*")
            .because("the erasure rules of a service are in its privacy/ package, nowhere else");

    /** The protocol confirms every erasure exactly once; a service never confirms by hand. */
    @ArchTest
    public static final ArchRule ONLY_THE_PROTOCOL_CONFIRMS = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("no.los.platform.erasure.ErasureConfirmations")
            .because("RightsProtocol publishes the one confirmation per case; a second call site could answer twice");

    /** The domain and the use cases know nothing of HTTP or JSON views. */
    @ArchTest
    public static final ArchRule DOMAIN_DOES_NOT_DEPEND_ON_REST = noClasses()
            .that().resideOutsideOfPackage("..rest..")
            .should().dependOnClassesThat().resideInAPackage("..rest..")
            .because("the REST layer depends on the domain, never the other way round");

    private ArchitectureRules() {
    }
}
