package no.los.dsar.transfer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import no.los.dsar.portability.PlantedPerson;
import no.los.dsar.portability.PlantedRequests;
import no.los.dsar.portability.PortabilityStandIns;
import no.los.platform.test.ReceivingController;
import no.los.platform.test.TestTokens;

/**
 * Direct transfer to another controller (Art. 20(2), R20): only to a receiver on the privacy
 * officer's allow-list, over HTTPS to a certificate dsar-service trusts, with a manifest signed by
 * LOS AS that the receiver verifies with the published key, and the outcome on record either way.
 */
@QuarkusTest
@QuarkusTestResource(value = PortabilityStandIns.class, restrictToAnnotatedClass = true)
class DirectTransferTest {

    private static final String OFFICER = TestTokens.withRoles("privacy-officer");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PortabilityStandIns standIns = PortabilityStandIns.current();
    private final ReceivingController receiver = standIns.trustedReceiver();
    private final ReceivingController stranger = standIns.strangerReceiver();

    @BeforeEach
    void receiversTrustTheKeyDsarServicePublishes() {
        receiver.forget();
        stranger.forget();
        String keys = given().auth().oauth2(OFFICER).get("/transfers/signing-keys")
                .then().statusCode(200).body("keys[0].kty", equalTo("RSA")).body("keys[0].alg", equalTo("RS256"))
                .body("keys[0].d", nullValue())
                .extract().asString();
        receiver.trust(keys);
        stranger.trust(keys);
    }

    @Test
    void aCustomersExportReachesTheReceiverSignedByLosAndWhole() throws IOException {
        PlantedPerson ingrid = PlantedPerson.fresh().plantedIn(standIns);
        UUID request = PlantedRequests.completedPortability(ingrid.customerId());
        String endpoint = addEndpoint("Kraftkompaniet AS", "923609016", receiver.url().toString(), true);

        JsonPath transfer = given().auth().oauth2(TestTokens.customer(ingrid.customerId()))
                .contentType(ContentType.JSON).body(Map.of("endpointId", endpoint, "format", "json"))
                .post("/me/requests/" + request + "/transfers")
                .then().statusCode(201)
                .body("outcome", equalTo("DELIVERED"))
                .body("httpStatus", equalTo(201))
                .body("receiverOrganisation", equalTo("Kraftkompaniet AS"))
                .body("requestedBy", equalTo("DATA_SUBJECT"))
                .extract().jsonPath();

        assertEquals(1, receiver.received().size());
        ReceivingController.Received received = receiver.received().get(0);
        assertTrue(received.verified(), "the receiver verified the signature and the checksum: " + received.verdict());
        assertEquals(sha256(received.body()), transfer.getString("sha256"));
        assertEquals(received.body().length, transfer.getLong("size"));
        assertEquals("application/json", received.contentType());
        JsonNode manifest = received.manifest();
        assertEquals(transfer.getString("id"), manifest.path("jti").asText(), "the manifest is the transfer's");
        assertEquals(request.toString(), manifest.path("what").path("requestId").asText());
        assertEquals("json", manifest.path("what").path("format").asText());
        assertEquals(ingrid.customerId().toString(), manifest.path("for").path("customerReference").asText());
        assertEquals("LOS AS", manifest.path("from").path("organisation").asText());
        assertEquals("Kraftkompaniet AS", manifest.path("to").path("organisation").asText());
        assertEquals("923609016", manifest.path("aud").asText());
        JsonNode export = JSON.readTree(received.body());
        assertEquals(ingrid.email(), export.path("services").path("customer-service").path("contact-data").get(0)
                .path("email").asText(), "the export itself, with the person's data");

        given().auth().oauth2(TestTokens.customer(ingrid.customerId())).get("/me/requests/" + request + "/transfers")
                .then().statusCode(200).body("items.id", contains(transfer.getString("id")));
        assertEquals(0, standIns.filesInSpool(), "the export is gone once sent");
    }

    @Test
    void thePrivacyOfficerSendsACsvExportOnThePersonsBehalf() throws IOException {
        PlantedPerson ingrid = PlantedPerson.fresh().plantedIn(standIns);
        UUID request = PlantedRequests.completedPortability(ingrid.customerId());
        String endpoint = addEndpoint("Strømhandel Nord AS", null, receiver.url().toString(), true);

        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("endpointId", endpoint, "format", "csv"))
                .post("/requests/" + request + "/transfers")
                .then().statusCode(201).body("outcome", equalTo("DELIVERED")).body("requestedBy", equalTo("PRIVACY_OFFICER"));

        ReceivingController.Received received = receiver.received().get(0);
        assertTrue(received.verified(), received.verdict());
        assertEquals("application/zip", received.contentType());
        assertEquals("Strømhandel Nord AS", received.manifest().path("aud").asText(), "no number: the name");
        assertTrue(unzip(received.body()).get("customer-service/contact-data.csv").contains(ingrid.email()));
    }

    @Test
    void aReceiverThatRefusesIsABadGatewayAndTheTransferIsOnRecordAsFailed() {
        PlantedPerson ingrid = PlantedPerson.fresh().plantedIn(standIns);
        UUID request = PlantedRequests.completedPortability(ingrid.customerId());
        String endpoint = addEndpoint("Kraftkompaniet AS", "923609016", receiver.url().toString(), true);
        receiver.refuseWith(500);

        given().auth().oauth2(TestTokens.customer(ingrid.customerId())).contentType(ContentType.JSON)
                .body(Map.of("endpointId", endpoint, "format", "green-button"))
                .post("/me/requests/" + request + "/transfers")
                .then().statusCode(502).contentType("application/problem+json")
                .body("type", equalTo("urn:los:problem:bad-gateway"))
                .body("detail", containsString("answered 500"))
                .body("detail", not(containsString(ingrid.customerId().toString())));

        given().auth().oauth2(OFFICER).get("/requests/" + request + "/transfers")
                .then().statusCode(200)
                .body("items.outcome", contains("FAILED")).body("items.httpStatus", contains(500))
                .body("items.failure", contains("answered 500")).body("items.format", contains("green-button"));
    }

    @Test
    void aReceiverWhoseCertificateIsNotTrustedIsNeverSentAByte() {
        PlantedPerson ingrid = PlantedPerson.fresh().plantedIn(standIns);
        UUID request = PlantedRequests.completedPortability(ingrid.customerId());
        String endpoint = addEndpoint("Ukjent Mottaker AS", null, stranger.url().toString(), true);

        given().auth().oauth2(TestTokens.customer(ingrid.customerId())).contentType(ContentType.JSON)
                .body(Map.of("endpointId", endpoint, "format", "json"))
                .post("/me/requests/" + request + "/transfers")
                .then().statusCode(502).body("detail", containsString("SSLHandshakeException"));

        assertEquals(0, stranger.received().size(), "the TLS handshake failed before anything was sent");
        given().auth().oauth2(OFFICER).get("/requests/" + request + "/transfers")
                .then().body("items.outcome", contains("FAILED")).body("items.httpStatus", contains((Object) null))
                .body("items.failure", contains("SSLHandshakeException"));
        assertEquals(0, standIns.filesInSpool());
    }

    @Test
    void nothingIsSentToAnEndpointNotOnTheAllowListOrNotActive() {
        PlantedPerson ingrid = PlantedPerson.fresh().plantedIn(standIns);
        UUID request = PlantedRequests.completedPortability(ingrid.customerId());
        String inactive = addEndpoint("Kraftkompaniet AS", "923609016", receiver.url().toString(), false);
        String customer = TestTokens.customer(ingrid.customerId());

        given().auth().oauth2(customer).contentType(ContentType.JSON)
                .body(Map.of("endpointId", UUID.randomUUID().toString(), "format", "json"))
                .post("/me/requests/" + request + "/transfers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("endpointId"))
                .body("errors.message", contains("is not on the allow-list of receivers"));
        given().auth().oauth2(customer).contentType(ContentType.JSON)
                .body(Map.of("endpointId", inactive, "format", "json"))
                .post("/me/requests/" + request + "/transfers")
                .then().statusCode(400).body("errors.message", contains("names a receiver that is not active"));
        given().auth().oauth2(customer).get("/me/transfer-endpoints")
                .then().statusCode(200).body("items.id", not(hasItem(inactive)));

        assertEquals(0, receiver.received().size(), "nothing was sent");
        given().auth().oauth2(customer).get("/me/requests/" + request + "/transfers").then().body("items", empty());
    }

    @Test
    void aCustomerCannotSendAnotherCustomersDataNorARequestThatIsNotACompletedPortabilityRequest() {
        PlantedPerson ingrid = PlantedPerson.fresh().plantedIn(standIns);
        UUID request = PlantedRequests.completedPortability(ingrid.customerId());
        UUID open = PlantedRequests.madeOnMinSide(ingrid.customerId(), "PORTABILITY");
        String endpoint = addEndpoint("Kraftkompaniet AS", "923609016", receiver.url().toString(), true);
        Map<String, String> body = Map.of("endpointId", endpoint, "format", "json");

        given().auth().oauth2(TestTokens.customer(UUID.randomUUID())).contentType(ContentType.JSON).body(body)
                .post("/me/requests/" + request + "/transfers").then().statusCode(404);
        given().auth().oauth2(TestTokens.customer(ingrid.customerId())).contentType(ContentType.JSON).body(body)
                .post("/me/requests/" + open + "/transfers").then().statusCode(409);
        given().auth().oauth2(TestTokens.customer(ingrid.customerId())).contentType(ContentType.JSON)
                .body(Map.of("endpointId", endpoint, "format", "xlsx"))
                .post("/me/requests/" + request + "/transfers")
                .then().statusCode(400).body("errors.field", contains("format"));
        assertEquals(0, receiver.received().size());
    }

    @Test
    void thePrivacyOfficerKeepsTheAllowList() {
        String created = given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(endpointBody("Kraftkompaniet AS", "923609016", "https://mottak.kraftkompaniet.no/los", true))
                .post("/transfer-endpoints")
                .then().statusCode(201)
                .header("Location", containsString("/transfer-endpoints/"))
                .body("organisationNumber", equalTo("923609016")).body("active", equalTo(true))
                .extract().path("id");

        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(endpointBody("Kraftkompaniet ASA", "923609016", "https://mottak.kraftkompaniet.no/los", false))
                .put("/transfer-endpoints/" + created)
                .then().statusCode(200).body("organisationName", equalTo("Kraftkompaniet ASA")).body("active", equalTo(false));
        given().auth().oauth2(OFFICER).get("/transfer-endpoints/" + created)
                .then().statusCode(200).body("active", equalTo(false));
        given().auth().oauth2(OFFICER).get("/transfer-endpoints").then().statusCode(200).body("items.id", hasItem(created));

        given().auth().oauth2(OFFICER).delete("/transfer-endpoints/" + created).then().statusCode(204);
        given().auth().oauth2(OFFICER).get("/transfer-endpoints/" + created).then().statusCode(404);
    }

    @Test
    void aReceiverIsReachedOverHttpsOnlyAndItsNumberMustBeValid() {
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(endpointBody("Kraftkompaniet AS", null, "http://mottak.kraftkompaniet.no/los", true))
                .post("/transfer-endpoints")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("url"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(endpointBody("Kraftkompaniet AS", null, "https://user:secret@mottak.kraftkompaniet.no/", true))
                .post("/transfer-endpoints")
                .then().statusCode(400).body("errors.field", contains("url"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(endpointBody("Kraftkompaniet AS", "923609017", "https://mottak.kraftkompaniet.no/los", true))
                .post("/transfer-endpoints")
                .then().statusCode(400).body("errors.field", contains("organisationNumber"));
        given().auth().oauth2(OFFICER).get("/transfer-endpoints")
                .then().body("items.url", not(hasItem("http://mottak.kraftkompaniet.no/los")));
    }

    @Test
    void aReceiverThatHasBeenSentDataStaysOnRecordAndCanOnlyBeDeactivated() {
        PlantedPerson ingrid = PlantedPerson.fresh().plantedIn(standIns);
        UUID request = PlantedRequests.completedPortability(ingrid.customerId());
        String endpoint = addEndpoint("Kraftkompaniet AS", "923609016", receiver.url().toString(), true);
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("endpointId", endpoint, "format", "json"))
                .post("/requests/" + request + "/transfers").then().statusCode(201);

        given().auth().oauth2(OFFICER).delete("/transfer-endpoints/" + endpoint)
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(OFFICER).get("/transfer-endpoints/" + endpoint).then().statusCode(200);
    }

    private static String addEndpoint(String name, String number, String url, boolean active) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(endpointBody(name, number, url, active))
                .post("/transfer-endpoints").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> endpointBody(String name, String number, String url, boolean active) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organisationName", name);
        body.put("organisationNumber", number);
        body.put("url", url);
        body.put("active", active);
        return body;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                files.put(entry.getName(), new String(entries.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
