package no.los.platform.test;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract every service keeps with its callers and operators, as one test class to extend
 * (annotated {@code @QuarkusTest}): who may call each operation, a documented API, and readiness
 * that reflects the database and the broker.
 */
public abstract class ServiceContractTest {

    /** The title of the service's OpenAPI document. */
    protected abstract String apiTitle();

    /** Every operation of the service and the roles it admits. */
    protected abstract List<Endpoint> endpoints();

    @TestFactory
    Stream<DynamicTest> refusesEveryoneAnEndpointDoesNotAdmit() {
        return EndpointSecurityContract.refusals(endpoints());
    }

    @Test
    void theSecurityContractCoversEveryDocumentedOperation() {
        EndpointSecurityContract.coversEveryOperation(endpoints());
    }

    @Test
    void everyOperationIsDocumentedWithItsProblems() {
        ServiceContract.assertApiDocumented(apiTitle());
    }

    @Test
    void readinessChecksTheDatabaseAndKafka() {
        ServiceContract.assertReadyWithDatabaseAndKafka();
    }
}
