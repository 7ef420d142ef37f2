package no.los.platform.test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.restassured.http.ContentType;

import no.los.platform.events.EventTopic;
import no.los.platform.security.Roles;

/**
 * The contract every service keeps with its callers and operators, as one test class to extend
 * (annotated {@code @QuarkusTest}): who may call each operation, a documented API, problems for
 * unknown routes and wrong media types, metrics and readiness on the management interface only,
 * readiness that reflects the database and the broker, and a broker that lets the service write only
 * its own topic and read only the topics it consumes.
 */
public abstract class ServiceContractTest {

    private static final String PROBLEM = "application/problem+json";

    /** The title of the service's OpenAPI document. */
    protected abstract String apiTitle();

    /** Every operation of the service and the roles it admits. */
    protected abstract List<Endpoint> endpoints();

    @TestFactory
    Stream<DynamicTest> refusesEveryoneAnEndpointDoesNotAdmit() {
        return EndpointSecurityContract.refusals(endpoints());
    }

    @TestFactory
    Stream<DynamicTest> everyMachineIdentityReachesExactlyWhatTheRealmGrantsIt() {
        return EndpointSecurityContract.machineIdentities(serviceName(), endpoints());
    }

    @Test
    void theRealmDeclaresExactlyTheRolesThePlatformNames() throws IllegalAccessException {
        Set<String> named = new TreeSet<>();
        for (Field constant : Roles.class.getFields()) {
            named.add((String) constant.get(null));
        }
        assertEquals(named, Realm.roles());
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

    @Test
    void anUnknownRouteIsANotFoundProblem() {
        given().auth().oauth2(TestTokens.withRoles("admin")).accept(ContentType.JSON).get("/no-such-route")
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:los:problem:not-found"));
    }

    @Test
    void aBodyOfTheWrongMediaTypeIsAProblem() {
        Endpoint withBody = endpoints().stream().filter(Endpoint::hasBody).findFirst().orElse(null);
        if (withBody == null) {
            return; // nothing of this service takes a body
        }
        String role = withBody.allowed().iterator().next();
        String token = role.equals("customer") ? TestTokens.customer(UUID.randomUUID())
                : TestTokens.withRoles(role);
        given().auth().oauth2(token).contentType(ContentType.XML).body("<consent/>")
                .request(withBody.method(), withBody.samplePath())
                .then().statusCode(415)
                .contentType(PROBLEM);
    }

    @Test
    void aTokenIssuedForAnotherAudienceIsRefused() {
        given().auth().oauth2(TestTokens.forAnotherAudience("privacy-officer")).accept(ContentType.JSON).get("/data-map")
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).accept(ContentType.JSON).get("/data-map")
                .then().statusCode(200);
    }

    @Test
    void aBurstBeyondTheCallersLimitIsATooManyRequestsProblem() {
        int burst = ConfigProvider.getConfig().getValue("los.http.rate-limit.burst", Integer.class);
        String token = TestTokens.withRoles("privacy-officer");
        io.restassured.response.Response last = null;
        for (int request = 0; request < burst * 3 && (last == null || last.statusCode() != 429); request++) {
            last = given().auth().oauth2(token).accept(ContentType.JSON).get("/data-map");
        }
        assertEquals(429, last.statusCode(), "no 429 after " + burst * 3 + " requests at once");
        assertEquals(PROBLEM, last.contentType().split(";")[0]);
        assertEquals("urn:los:problem:too-many-requests", last.jsonPath().getString("type"));
        assertTrue(Long.parseLong(last.header("Retry-After")) >= 1, "Retry-After in whole seconds");
        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).accept(ContentType.JSON).get("/data-map")
                .then().statusCode(200);
    }

    @Test
    void onlyAnAccessTokenOpensTheDoor() {
        given().auth().oauth2(TestTokens.idToken("privacy-officer")).accept(ContentType.JSON).get("/data-map")
                .then().statusCode(401);
    }

    @Test
    void metricsArePublishedForPrometheusOnTheManagementInterfaceOnly() {
        given().get(ManagementInterface.url("/q/metrics"))
                .then().statusCode(200)
                .body(containsString("los_outbox_backlog"))
                .body(containsString("http_server_requests_seconds"));
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(404);
    }

    @TestFactory
    Stream<DynamicTest> theBrokerRefusesTheServiceTheTopicsItDoesNotOwnOrRead() {
        String service = serviceName();
        List<DynamicTest> tests = new ArrayList<>();
        for (EventTopic topic : EventTopic.values()) {
            if (!topic.owner().equals(service)) {
                tests.add(DynamicTest.dynamicTest(service + " may not write " + topic.topicName(), () -> {
                    ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic.topicName(),
                            UUID.randomUUID().toString(), "{}".getBytes(StandardCharsets.UTF_8));
                    IllegalStateException refused = assertThrows(IllegalStateException.class,
                            () -> TopicRecords.sendAs(service, record));
                    assertInstanceOf(TopicAuthorizationException.class, refused.getCause().getCause());
                }));
            }
            if (!topic.readers().contains(service) && !topic.owner().equals(service)) {
                tests.add(DynamicTest.dynamicTest(service + " may not read " + topic.topicName(),
                        () -> assertThrows(TopicAuthorizationException.class, () -> readAs(service, topic))));
            }
        }
        return tests.stream();
    }

    private static String serviceName() {
        return ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
    }

    private static void readAs(String service, EventTopic topic) {
        Map<String, Object> settings = new HashMap<>(KafkaBroker.shared().clientSettings(service));
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(settings, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.assign(List.of(new TopicPartition(topic.topicName(), 0)));
            for (int poll = 0; poll < 50; poll++) {
                consumer.poll(Duration.ofMillis(200));
            }
        }
    }
}
