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
 * unknown routes and wrong media types, rate-limit headers on every response, browsers only from the
 * configured frontend origins, metrics and readiness on the management interface only,
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
        assertEquals(burst, intHeader(last, "RateLimit-Limit"));
        assertEquals(0, intHeader(last, "RateLimit-Remaining"), "a 429 leaves nothing");
        assertTrue(intHeader(last, "RateLimit-Reset") >= 1, "the burst comes back later");
        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).accept(ContentType.JSON).get("/data-map")
                .then().statusCode(200);
    }

    @Test
    void everyLimitedResponseSaysWhatIsLeftOfTheCallersLimit() {
        int burst = ConfigProvider.getConfig().getValue("los.http.rate-limit.burst", Integer.class);
        double perSecond = ConfigProvider.getConfig().getValue("los.http.rate-limit.per-second", Double.class);
        String token = TestTokens.withRoles("privacy-officer");
        int requests = 10;
        List<Integer> remaining = new ArrayList<>();
        long[] sent = new long[requests];
        long[] answered = new long[requests];
        long started = System.nanoTime();
        for (int request = 0; request < requests; request++) {
            sent[request] = System.nanoTime();
            io.restassured.response.Response response = given().auth().oauth2(token).accept(ContentType.JSON)
                    .get("/data-map");
            answered[request] = System.nanoTime();
            assertEquals(200, response.statusCode());
            assertEquals(burst, intHeader(response, "RateLimit-Limit"));
            assertTrue(intHeader(response, "RateLimit-Reset") >= 1, "a request taken comes back only later");
            remaining.add(intHeader(response, "RateLimit-Remaining"));
        }
        double refilled = (System.nanoTime() - started) / 1e9 * perSecond;
        assertEquals(burst - 1, remaining.get(0), "a new caller's first request leaves the burst less one");
        for (int request = 1; request < requests; request++) {
            int left = remaining.get(request);
            // Between two requests the bucket refills at the rate; the server took both within this window.
            double givenBack = (answered[request] - sent[request - 1]) / 1e9 * perSecond;
            assertTrue(left <= remaining.get(request - 1) + Math.ceil(givenBack),
                    "what is left grows only by what the rate gave back in between: " + remaining);
            assertTrue(left >= burst - 1 - request, "one request takes one: " + remaining);
            assertTrue(left <= burst - 1 - request + refilled + 1, "only the rate gives back: " + remaining);
        }
        assertTrue(refilled >= requests - 1 || remaining.get(requests - 1) < remaining.get(0),
                "the requests used up some of the limit: " + remaining);
    }

    @Test
    void aRequestWithoutAValidTokenIsLimitedByItsAddress() {
        int anonymousBurst = ConfigProvider.getConfig().getValue("los.http.rate-limit.anonymous-burst", Integer.class);
        io.restassured.response.Response refused = given().accept(ContentType.JSON).get("/data-map");
        assertEquals(401, refused.statusCode());
        assertEquals(anonymousBurst, intHeader(refused, "RateLimit-Limit"));
        assertTrue(intHeader(refused, "RateLimit-Remaining") < anonymousBurst);
        assertTrue(intHeader(refused, "RateLimit-Reset") >= 1);
    }

    @Test
    void onlyAConfiguredFrontendOriginMayCallFromABrowser() {
        String frontend = ConfigProvider.getConfig().getValue("quarkus.http.cors.origins", String.class).split(",")[0];
        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).accept(ContentType.JSON)
                .header("Origin", frontend).get("/data-map")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(frontend));
        io.restassured.response.Response stranger = given().auth().oauth2(TestTokens.withRoles("privacy-officer"))
                .accept(ContentType.JSON).header("Origin", "https://elsewhere.example").get("/data-map");
        assertEquals(null, stranger.header("Access-Control-Allow-Origin"), "no other origin is allowed");
        assertTrue(stranger.statusCode() == 403, "a browser request from another origin is refused: " + stranger.statusCode());
    }

    private static int intHeader(io.restassured.response.Response response, String name) {
        String value = response.header(name);
        assertTrue(value != null, name + " is missing on a " + response.statusCode());
        return Integer.parseInt(value);
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
