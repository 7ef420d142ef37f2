package no.los.dsar.portability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import no.los.platform.test.TestTokens;

/**
 * The export of a completed portability request (Art. 20(1), R20), as the person downloads it:
 * built from every service's portable part at the time of the download, whole or not at all.
 */
@QuarkusTest
@QuarkusTestResource(value = PortabilityStandIns.class, restrictToAnnotatedClass = true)
class PortabilityExportTest {

    private static final ObjectMapper EXACT = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private final PortabilityStandIns standIns = PortabilityStandIns.current();

    @Inject
    DownloadLog downloads;

    @AfterEach
    void everyExportIsDeletedOnceHandedOutOrAbandoned() {
        assertEquals(0, standIns.filesInSpool(), "no export is left in the spool directory");
    }

    @Test
    void theJsonExportIsOneDocumentOfEveryServicesPortableCategoriesWithThePersonsOwnData() throws IOException {
        PlantedPerson ingrid = PlantedPerson.fresh().plantedIn(standIns);
        PlantedPerson neighbour = PlantedPerson.fresh().plantedIn(standIns);
        UUID request = PlantedRequests.completedPortability(ingrid.customerId());

        Response response = export(TestTokens.customer(ingrid.customerId()), "/me/requests/", request, "json");
        response.then().statusCode(200).contentType("application/json")
                .header("Content-Disposition", equalTo("attachment; filename=\"los-portability-" + request + ".json\""))
                .header("Cache-Control", "no-store");
        byte[] body = response.asByteArray();
        assertEquals(reprDigestOf(body), response.header("Repr-Digest"), "the digest is of the bytes sent");

        JsonNode export = EXACT.readTree(body);
        assertEquals(request.toString(), export.path("requestId").asText());
        assertEquals(ingrid.customerId().toString(), export.path("customerId").asText());
        assertTrue(export.hasNonNull("generatedAt"));
        JsonNode services = export.path("services");
        assertEquals(List.of("consent-service", "consumption-service", "customer-service", "marketing-service"),
                fieldNames(services));
        JsonNode contact = services.path("customer-service").path("contact-data").get(0);
        assertEquals(ingrid.email(), contact.path("email").asText());
        assertEquals(ingrid.street(), contact.path("street").asText());
        assertEquals(ingrid.note(), contact.path("note").asText());
        assertEquals(0, services.path("customer-service").path("former-addresses").size(),
                "a category without records is there, empty");
        assertEquals(2, services.path("consent-service").path("consents").size());
        assertFalse(services.path("consent-service").path("consents").get(1).path("given").asBoolean());
        JsonNode reading = services.path("consumption-service").path("hourly-readings").get(0);
        assertEquals("1.250", reading.path("kwh").decimalValue().toPlainString(), "decimals stay exact");
        assertEquals(ingrid.email(), services.path("marketing-service").path("newsletter-address").get(0)
                .path("email").asText());

        String text = new String(body, StandardCharsets.UTF_8);
        for (String value : List.of(neighbour.customerId().toString(), neighbour.name(), neighbour.email())) {
            assertFalse(text.contains(value), "nothing of another customer");
        }
        for (ServiceStandIn service : standIns.services()) {
            assertEquals(0, service.refused(), service.name() + " was asked with dsar-service's own identity only");
        }
    }

    @Test
    void theCsvExportIsAZipOfOneRfc4180FilePerCategory() throws IOException {
        PlantedPerson ingrid = PlantedPerson.fresh().plantedIn(standIns);
        UUID request = PlantedRequests.completedPortability(ingrid.customerId());

        Response response = export(TestTokens.customer(ingrid.customerId()), "/me/requests/", request, "csv");
        response.then().statusCode(200).contentType("application/zip");
        Map<String, String> files = unzip(response.asByteArray());

        assertEquals(List.of("consent-service/consents.csv", "consumption-service/hourly-readings.csv",
                "customer-service/customer-identity.csv", "customer-service/contact-data.csv",
                "marketing-service/newsletter-address.csv"), List.copyOf(files.keySet()),
                "one file per category with records, service by service");
        assertEquals("email,street,note\r\n" + ingrid.email() + ",\"" + ingrid.street() + "\",\""
                + ingrid.note().replace("\"", "\"\"") + "\"\r\n", files.get("customer-service/contact-data.csv"),
                "the header row, then fields quoted where they hold a comma, a quote or a line break");
        assertEquals("purpose,given,noticeVersion\r\nNEWSLETTER_EMAIL,true,3\r\nVISUALISATION_APP,false,2\r\n",
                files.get("consent-service/consents.csv"));
        assertTrue(files.get("consumption-service/hourly-readings.csv")
                .contains(ingrid.meteringPointId() + ",2025-01-01T00:00+01:00,1.250\r\n"), "decimals stay exact");
        assertTrue(files.get("customer-service/customer-identity.csv").contains(ingrid.name()), "UTF-8: Ås");
    }

    @Test
    void theGreenButtonExportIsConsumptionServicesFeedPassedThroughByteForByte() {
        PlantedPerson ingrid = PlantedPerson.fresh().plantedIn(standIns);
        UUID request = PlantedRequests.completedPortability(ingrid.customerId());

        Response response = export(TestTokens.customer(ingrid.customerId()), "/me/requests/", request, "green-button");
        response.then().statusCode(200).contentType("application/atom+xml");
        assertArrayEquals(ingrid.greenButtonFeed(), response.asByteArray());
    }

    @Test
    void anotherCustomersRequestIsNotFound() {
        PlantedPerson ingrid = PlantedPerson.fresh().plantedIn(standIns);
        UUID request = PlantedRequests.completedPortability(ingrid.customerId());

        export(TestTokens.customer(UUID.randomUUID()), "/me/requests/", request, "json")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:los:problem:not-found"));
        assertEquals(0, downloads.ofRequest(request).size(), "nothing was handed out");
    }

    @Test
    void onlyACompletedPortabilityRequestHasAnExport() {
        UUID customer = PlantedPerson.fresh().plantedIn(standIns).customerId();
        UUID open = PlantedRequests.madeOnMinSide(customer, "PORTABILITY");
        UUID access = PlantedRequests.completed(PlantedRequests.madeOnMinSide(customer, "ACCESS"));

        export(TestTokens.customer(customer), "/me/requests/", open, "json")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:los:problem:conflict"))
                .body("detail", containsString("not completed"));
        export(TestTokens.customer(customer), "/me/requests/", access, "json")
                .then().statusCode(409).body("detail", containsString("portability"));
    }

    @Test
    void anUnknownFormatIsAProblemNamingFormat() {
        UUID customer = PlantedPerson.fresh().plantedIn(standIns).customerId();
        UUID request = PlantedRequests.completedPortability(customer);

        export(TestTokens.customer(customer), "/me/requests/", request, "pdf")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("format"));
        given().auth().oauth2(TestTokens.customer(customer)).get("/me/requests/" + request + "/export")
                .then().statusCode(400).body("errors.field", contains("format"));
        assertEquals(0, downloads.ofRequest(request).size());
    }

    @Test
    void aServiceThatCannotBeReachedFailsTheWholeExportNamingTheService() {
        PlantedPerson ingrid = PlantedPerson.fresh().plantedIn(standIns);
        UUID request = PlantedRequests.completedPortability(ingrid.customerId());
        ServiceStandIn marketing = standIns.service("marketing-service");

        marketing.stop();
        try {
            for (String format : List.of("json", "csv")) {
                export(TestTokens.customer(ingrid.customerId()), "/me/requests/", request, format)
                        .then().statusCode(503).contentType("application/problem+json")
                        .body("type", equalTo("urn:los:problem:service-unavailable"))
                        .body("detail", containsString("marketing-service"))
                        .body("detail", containsString("cannot be reached"))
                        .body("detail", not(containsString(ingrid.customerId().toString())));
            }
        } finally {
            marketing.restart();
        }
        assertEquals(0, downloads.ofRequest(request).size(), "a failed export is no download");
        export(TestTokens.customer(ingrid.customerId()), "/me/requests/", request, "json").then().statusCode(200);
    }

    @Test
    void aServiceAnsweringWithAnErrorFailsTheExportNamingTheService() {
        PlantedPerson ingrid = PlantedPerson.fresh().plantedIn(standIns);
        UUID request = PlantedRequests.completedPortability(ingrid.customerId());
        standIns.service("consumption-service").answerWith(ingrid.customerId(), 500);

        export(TestTokens.customer(ingrid.customerId()), "/me/requests/", request, "green-button")
                .then().statusCode(503).body("detail", containsString("consumption-service answered 500"));
    }

    @Test
    void aPartThatBreaksOffHalfWayIsNeverHandedOutAsIfComplete() {
        PlantedPerson ingrid = PlantedPerson.fresh().plantedIn(standIns);
        UUID request = PlantedRequests.completedPortability(ingrid.customerId());
        standIns.service("consent-service").breakOffAfter(ingrid.customerId(), 2);

        for (String format : List.of("json", "csv")) {
            export(TestTokens.customer(ingrid.customerId()), "/me/requests/", request, format)
                    .then().statusCode(503).contentType("application/problem+json")
                    .body("detail", containsString("consent-service broke off"));
        }
        assertEquals(0, downloads.ofRequest(request).size());
    }

    @Test
    void aPartThatBreaksTheRightsContractIsAProblemNotAnExport() {
        PlantedPerson ingrid = PlantedPerson.fresh().plantedIn(standIns);
        UUID request = PlantedRequests.completedPortability(ingrid.customerId());
        standIns.service("consent-service").plant(ingrid.customerId(), PortablePart.of()
                .record("purpose", "NEWSLETTER_EMAIL").category("consents"));
        standIns.service("marketing-service").plant(ingrid.customerId(), PortablePart.of()
                .category("newsletter-address").record("email", ingrid.email()).record("address", ingrid.email()));

        export(TestTokens.customer(ingrid.customerId()), "/me/requests/", request, "json")
                .then().statusCode(503).body("detail", containsString("consent-service sent a line that is neither"));
        standIns.service("consent-service").plant(ingrid.customerId(), PortablePart.of().category("consents"));
        export(TestTokens.customer(ingrid.customerId()), "/me/requests/", request, "csv")
                .then().statusCode(503).body("detail", containsString("marketing-service sent records of "
                        + "newsletter-address with different fields"));
        assertEquals(0, downloads.ofRequest(request).size());
    }

    @Test
    void everyDownloadIsRecordedWithWhoWhichFormatAndTheDigestOfWhatWasHandedOut() {
        PlantedPerson ingrid = PlantedPerson.fresh().plantedIn(standIns);
        UUID request = PlantedRequests.completedPortability(ingrid.customerId());

        Response mine = export(TestTokens.customer(ingrid.customerId()), "/me/requests/", request, "json");
        mine.then().statusCode(200);
        Response officers = export(TestTokens.withRoles("privacy-officer"), "/requests/", request, "csv");
        officers.then().statusCode(200);

        List<ExportDownload> recorded = downloads.ofRequest(request);
        assertEquals(2, recorded.size());
        assertEquals(Requester.Role.DATA_SUBJECT, recorded.get(0).downloadedByRole());
        assertEquals(ExportFormat.JSON, recorded.get(0).format());
        assertEquals(mine.asByteArray().length, recorded.get(0).size());
        assertEquals(mine.header("Repr-Digest"), "sha-256=:" + Base64.getEncoder().encodeToString(
                java.util.HexFormat.of().parseHex(recorded.get(0).sha256())) + ":");
        assertEquals(Requester.Role.PRIVACY_OFFICER, recorded.get(1).downloadedByRole());
        assertEquals(ExportFormat.CSV, recorded.get(1).format());
        assertFalse(recorded.get(1).downloadedBy().isBlank(), "who: the officer's token subject");
    }

    @Test
    void anAgentExportsOnlyARequestTheyRegisteredThemselves() {
        PlantedPerson ingrid = PlantedPerson.fresh().plantedIn(standIns);
        String agent = TestTokens.withRoles("agent");
        UUID request = PlantedRequests.completed(PlantedRequests.registeredBy(agent, ingrid.customerId(), "PORTABILITY"));

        export(agent, "/requests/", request, "json").then().statusCode(200)
                .body("customerId", equalTo(ingrid.customerId().toString()));
        export(TestTokens.withRoles("agent"), "/requests/", request, "json").then().statusCode(403)
                .contentType("application/problem+json");
        assertEquals(Requester.Role.AGENT, downloads.ofRequest(request).get(0).downloadedByRole());
    }

    private static Response export(String token, String base, UUID request, String format) {
        return given().auth().oauth2(token).queryParam("format", format).get(base + request + "/export");
    }

    private static String reprDigestOf(byte[] body) {
        try {
            return "sha-256=:" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(body))
                    + ":";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
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
