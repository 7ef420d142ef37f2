package no.los.dsar.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import no.los.dsar.RequestType;
import no.los.dsar.RightsAnswered;
import no.los.dsar.StaffRequests;
import no.los.dsar.TokenSubject;
import no.los.dsar.report.PlantedAccessParts.Person;
import no.los.dsar.repository.AccessReportRepository;
import no.los.dsar.repository.ReportDownloadRepository;
import no.los.platform.events.EventTopic;
import no.los.platform.http.Page;
import no.los.platform.rights.AccessPart;
import no.los.platform.rights.DataSource;
import no.los.platform.rights.LegalBasis;
import no.los.platform.rights.ProcessingPurpose;
import no.los.platform.rights.Safeguard;
import no.los.platform.test.Await;
import no.los.platform.test.KnownCustomerFixture;
import no.los.platform.test.TestTokens;

/**
 * An access request end to end (Art. 15, R17, R23): dsar-service announces it, each of the four
 * services answers on its own topic, dsar-service fetches each part over REST with its own identity
 * from a real HTTP server standing in for the services, assembles one report, and hands it to the
 * person, and to staff with a reason to, as JSON, HTML and PDF, recording every download, until the
 * report's download period ends.
 */
@QuarkusTest
@QuarkusTestResource(value = AccessStandIns.class, restrictToAnnotatedClass = true)
class AccessReportFlowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Map<String, EventTopic> TOPICS = Map.of("customer-service", EventTopic.CUSTOMER,
            "consent-service", EventTopic.CONSENT, "consumption-service", EventTopic.CONSUMPTION,
            "marketing-service", EventTopic.MARKETING);

    @Inject
    ReportRetention retention;

    @Inject
    ReportDownloadRepository downloads;

    @Inject
    AccessReportRepository reports;

    @Test
    void anAccessRequestIsAnsweredWithOneReportOfEveryServicesPartForThePersonOnly() throws IOException {
        Person kari = Person.kari();
        Person ola = Person.ola();
        plant(kari);
        plant(ola);
        // consumption-service is briefly away: its first two fetches fail, and are tried again.
        AccessStandIns.running().failsFirst("consumption-service", kari.customerId(), 2);
        String kariToken = TestTokens.customer(kari.customerId());

        String id = given().auth().oauth2(kariToken).contentType(ContentType.JSON).body(Map.of("type", "ACCESS"))
                .post("/me/requests")
                .then().statusCode(201)
                .body("rights.status", equalTo("IN_PROGRESS"))
                .body("rights.services.service", contains(AccessStandIns.SERVICES.toArray()))
                .body("rights.services.status", everyItem(equalTo("AWAITED")))
                .extract().path("id");
        given().auth().oauth2(kariToken).accept(ContentType.JSON).get("/me/requests/" + id + "/report")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("0 of 4 services"));

        answerFromEveryService(kari, id, "ACCESS");
        awaitCompleted(id);

        given().auth().oauth2(kariToken).get("/me/requests/" + id)
                .then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("rights.status", equalTo("COMPLETED"))
                .body("rights.late", equalTo(false))
                .body("rights.services.status", everyItem(equalTo("COLLECTED")))
                .body("rights.services.find { it.service == 'consumption-service' }.failedAttempts", equalTo(2))
                .body("rights.services.find { it.service == 'consumption-service' }.lastFailure",
                        equalTo("ServiceUnavailable"))
                .body("rights.services.find { it.service == 'customer-service' }.failedAttempts", equalTo(0));

        // The machine-readable report keeps its published schema and holds every planted value.
        String report = download(kariToken, "/me/requests/" + id + "/report", "application/json", "json", id);
        AccessReportSchema.assertConforms(report);
        JsonNode tree = JSON.readTree(report);
        assertEquals(id, tree.path("requestId").asText());
        assertEquals(kari.customerId().toString(), tree.path("customerId").asText());
        assertEquals("LOS AS", tree.path("controller").path("name").asText());
        assertEquals("Postboks 603 Lundsiden, 4606 Kristiansand", tree.path("controller").path("postalAddress").asText());
        assertEquals("personvern@los.no", tree.path("controller").path("email").asText());
        assertEquals("Datatilsynet", tree.path("complaintsTo").path("name").asText());
        assertEquals("Postboks 8177, 0034 OSLO", tree.path("complaintsTo").path("postalAddress").asText());
        assertFalse(tree.path("automatedDecisions").path("made").asBoolean(true), "no category makes automated decisions");
        assertEquals(List.of("RECTIFICATION", "ERASURE", "RESTRICTION", "PORTABILITY", "OBJECTION", "CONSENT_WITHDRAWAL"),
                tree.path("otherRights").findValuesAsText("right"));
        Map<String, AccessPart> planted = PlantedAccessParts.of(kari);
        List<String> services = new ArrayList<>();
        for (JsonNode part : tree.path("parts")) {
            String service = part.path("service").asText();
            services.add(service);
            assertEquals(kari.customerId().toString(), part.path("customerId").asText(), service + " is Kari's");
            if (planted.containsKey(service)) {
                JsonNode categories = JSON.readTree(PlantedAccessParts.json(planted.get(service))).path("categories");
                assertTrue(categories.equals(NUMBERS_BY_VALUE, part.path("categories")),
                        service + "'s part holds every category with its metadata and every planted record");
            } else {
                assertEquals("dsar-service", service, "besides the four services only dsar-service's own part");
            }
        }
        assertTrue(services.containsAll(AccessStandIns.SERVICES), "every service's part: " + services);
        assertNothingOf(ola, report);

        // The document to read, in Norwegian, with every value escaped and the long category summarised.
        String html = download(kariToken, "/me/requests/" + id + "/report", "text/html", "html", id);
        for (String expected : List.of("Innsyn i personopplysninger hos LOS AS", "Navn og fødselsnummer",
                kari.name(), kari.nationalIdNumber(), ProcessingPurpose.INVOICING.norwegian(),
                ProcessingPurpose.LAWFUL_BASIS_EVIDENCE.norwegian(),
                LegalBasis.CONTRACT.norwegian() + " (personvernforordningen artikkel 6 nr. 1 bokstav b)",
                DataSource.ELHUB.norwegian(), "Evry Norge AS (databehandler)",
                "Så lenge kundeforholdet varer, deretter i fem år etter bokføringsloven",
                Safeguard.ENCRYPTED_AT_REST.norwegian(), Safeguard.PSEUDONYMOUS_ID.norwegian(),
                "Storgata 1 &lt;b&gt;Bakgården&lt;/b&gt; &amp; &quot;Loftet&quot;",
                "Vi har 960 oppføringer om deg i denne kategorien",
                "hele listen står i JSON-rapporten (innsyn-" + id + ".json)",
                "januar 2025", "februar 2025", PlantedAccessParts.januaryTotal().toPlainString(),
                "Vi har ingen opplysninger om deg i denne kategorien.", "LOS treffer ingen avgjørelser",
                "Datatilsynet, Postboks 8177, 0034 OSLO")) {
            assertTrue(html.contains(expected), "the HTML report says: " + expected);
        }
        String earliest = html.substring(html.indexOf("Den eldste: "), html.indexOf("</p>", html.indexOf("Den eldste: ")));
        assertTrue(earliest.contains("start: " + firstHour()) && earliest.contains("meteringPointId: 707057500012345678"),
                "the summary names the earliest reading: " + earliest);
        assertFalse(html.contains("<b>Bakgården</b>"), "a stored value never becomes markup");
        assertFalse(html.contains(PlantedAccessParts.FIRST_HOUR.plusHours(500).toLocalDate().toString() + "T"),
                "960 readings are summarised, not listed");
        assertNothingOf(ola, html);

        // The same document as PDF: its text read back says the same.
        String pdf = text(given().auth().oauth2(kariToken).accept("application/pdf")
                .get("/me/requests/" + id + "/report")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray());
        for (String expected : List.of(kari.name(), ProcessingPurpose.INVOICING.norwegian(),
                ProcessingPurpose.CUSTOMER_RELATIONSHIP.norwegian(), Safeguard.ENCRYPTED_AT_REST.norwegian(),
                Safeguard.SEPARATE_STORE.norwegian(), "Vi har 960 oppføringer", "Klage til Datatilsynet",
                "Datatilsynet, Postboks 8177, 0034 OSLO")) {
            assertTrue(pdf.contains(expected), "the PDF says: " + expected);
        }
        assertNothingOf(ola, pdf);

        // Formats not offered, and another person's token.
        given().auth().oauth2(kariToken).accept("text/plain").get("/me/requests/" + id + "/report")
                .then().statusCode(406)
                .contentType("application/problem+json")
                .body("detail", containsString("application/pdf"));
        given().auth().oauth2(TestTokens.customer(ola.customerId())).accept(ContentType.JSON)
                .get("/me/requests/" + id + "/report")
                .then().statusCode(404)
                .contentType("application/problem+json");

        // Three downloads, each recorded with who made it; the refused ones are not downloads.
        List<ReportDownload> recorded = downloadsOf(id);
        assertEquals(List.of(ReportFormat.JSON, ReportFormat.HTML, ReportFormat.PDF),
                recorded.stream().map(ReportDownload::format).toList());
        assertEquals(Set.of(TokenSubject.of(kariToken)),
                Set.copyOf(recorded.stream().map(ReportDownload::downloadedBy).toList()));
        assertEquals(Set.of("customer"), Set.copyOf(recorded.stream().map(ReportDownload::role).toList()));
        assertEquals(0, AccessStandIns.running().refused(), "dsar-service fetched every part with its own identity");
    }

    @Test
    void staffHandOutTheReportOnlyWithAReason() {
        Person ola = Person.ola();
        plant(ola);
        KnownCustomerFixture.register("dsar_test", ola.customerId());
        String agent = TestTokens.withRoles("agent");
        String id = given().auth().oauth2(agent).contentType(ContentType.JSON)
                .body(Map.of("customerId", ola.customerId().toString(), "type", "ACCESS", "channel", "LETTER"))
                .post("/requests")
                .then().statusCode(201).extract().path("id");
        StaffRequests.release(id, RequestType.ACCESS);
        answerFromEveryService(ola, id, "ACCESS");
        awaitCompleted(id);

        download(agent, "/requests/" + id + "/report", "application/pdf", "pdf", id);
        given().auth().oauth2(TestTokens.withRoles("agent")).accept("application/pdf").get("/requests/" + id + "/report")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("the agent who registered the request"));
        String officer = TestTokens.withRoles("privacy-officer");
        download(officer, "/requests/" + id + "/report", "application/json", "json", id);
        String olaToken = TestTokens.customer(ola.customerId());
        download(olaToken, "/me/requests/" + id + "/report", "application/json", "json", id);

        List<ReportDownload> recorded = downloadsOf(id);
        assertEquals(List.of(TokenSubject.of(agent), TokenSubject.of(officer), TokenSubject.of(olaToken)),
                recorded.stream().map(ReportDownload::downloadedBy).toList());
        assertEquals(List.of("agent", "privacy-officer", "customer"), recorded.stream().map(ReportDownload::role).toList());

        // A request the person made on Min side: no agent registered it, so no agent hands it out.
        String own = given().auth().oauth2(olaToken).contentType(ContentType.JSON).body(Map.of("type", "ACCESS"))
                .post("/me/requests").then().statusCode(201).extract().path("id");
        given().auth().oauth2(agent).accept(ContentType.JSON).get("/requests/" + own + "/report")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(officer).accept(ContentType.JSON).get("/requests/" + own + "/report")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aServiceThatDoesNotAnswerMakesTheRequestLateAndNoReportIsMadeWithoutItsPart() {
        Person kari = Person.kari();
        plant(kari);
        String kariToken = TestTokens.customer(kari.customerId());
        String id = given().auth().oauth2(kariToken).contentType(ContentType.JSON).body(Map.of("type", "ACCESS"))
                .post("/me/requests").then().statusCode(201).extract().path("id");
        for (String service : List.of("customer-service", "consent-service", "marketing-service")) {
            RightsAnswered.to(TOPICS.get(service), kari.customerId(), id, "ACCESS").send();
        }

        Await.until("three parts are collected", PATIENCE, () -> statuses(id).stream().filter("COLLECTED"::equals)
                .count() == 3);
        Await.until("the request is flagged late", PATIENCE,
                () -> given().auth().oauth2(TestTokens.withRoles("privacy-officer"))
                        .queryParam("limit", Page.MAX_SIZE).get("/requests?flag=late")
                        .then().statusCode(200).extract().jsonPath().getList("items.id").contains(id));
        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).get("/requests/" + id)
                .then().statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("rights.late", equalTo(true))
                .body("rights.status", equalTo("IN_PROGRESS"))
                .body("rights.services.find { it.service == 'consumption-service' }.status", equalTo("AWAITED"));
        given().auth().oauth2(kariToken).accept(ContentType.JSON).get("/me/requests/" + id + "/report")
                .then().statusCode(409)
                .body("detail", containsString("3 of 4 services"));

        // The missing answer arrives: the report is made, and the request is no longer late.
        RightsAnswered.to(EventTopic.CONSUMPTION, kari.customerId(), id, "ACCESS").send();
        awaitCompleted(id);
        given().auth().oauth2(TestTokens.withRoles("privacy-officer"))
                .queryParam("limit", Page.MAX_SIZE).get("/requests?flag=late")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(kariToken).get("/me/requests/" + id).then().body("rights.late", equalTo(false));
    }

    @Test
    void aReportIsDeletedWhenItsDownloadPeriodEndsAndADownloadIsThenToldItIsGone() throws IOException {
        Person kari = Person.kari();
        plant(kari);
        String kariToken = TestTokens.customer(kari.customerId());
        String id = given().auth().oauth2(kariToken).contentType(ContentType.JSON).body(Map.of("type", "ACCESS"))
                .post("/me/requests").then().statusCode(201).extract().path("id");
        answerFromEveryService(kari, id, "ACCESS");
        awaitCompleted(id);
        JsonNode report = JSON.readTree(download(kariToken, "/me/requests/" + id + "/report", "application/json",
                "json", id));
        OffsetDateTime generatedAt = OffsetDateTime.parse(report.path("generatedAt").asText());
        OffsetDateTime availableUntil = OffsetDateTime.parse(report.path("availableUntil").asText());
        assertEquals(generatedAt.toInstant().plus(Duration.ofDays(30)), availableUntil.toInstant(),
                "kept for los.dsar.report.keep, thirty days by default");

        retention.deleteDue(availableUntil.toInstant().minusSeconds(1));
        given().auth().oauth2(kariToken).accept(ContentType.JSON).get("/me/requests/" + id + "/report")
                .then().statusCode(200);

        retention.deleteDue(availableUntil.toInstant().plusSeconds(1));
        given().auth().oauth2(kariToken).accept("application/pdf").get("/me/requests/" + id + "/report")
                .then().statusCode(410)
                .contentType("application/problem+json")
                .body("detail", containsString("make a new access request"));
        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).accept(ContentType.JSON)
                .get("/requests/" + id + "/report")
                .then().statusCode(410);
        StoredAccessReport stored = QuarkusTransaction.requiringNew()
                .call(() -> reports.findById(UUID.fromString(id)));
        assertTrue(stored.report().isEmpty(), "the person's data is gone from dsar-service");
        assertTrue(stored.deletedAt().isPresent());
        assertEquals(2, downloadsOf(id).size(), "who downloaded it stays on record");
        given().auth().oauth2(kariToken).get("/me/requests/" + id).then().body("status", equalTo("COMPLETED"));
    }

    /** Numbers compare by value (an amount of 0.250 kWh is 0.25 kWh), everything else exactly. */
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    private static void plant(Person person) {
        PlantedAccessParts.of(person).forEach((service, part) -> AccessStandIns.running()
                .holds(service, person.customerId(), PlantedAccessParts.json(part)));
    }

    private static void answerFromEveryService(Person person, String requestId, String type) {
        TOPICS.values().forEach(topic -> RightsAnswered.to(topic, person.customerId(), requestId, type).send());
    }

    private static void awaitCompleted(String id) {
        Await.until("the request is completed", PATIENCE, () -> "COMPLETED".equals(
                given().auth().oauth2(TestTokens.withRoles("privacy-officer")).get("/requests/" + id)
                        .then().statusCode(200).extract().path("status")));
    }

    private static List<String> statuses(String id) {
        return given().auth().oauth2(TestTokens.withRoles("privacy-officer")).get("/requests/" + id)
                .then().statusCode(200).extract().jsonPath().getList("rights.services.status", String.class);
    }

    private static String download(String token, String path, String mediaType, String extension, String id) {
        return given().auth().oauth2(token).accept(mediaType).get(path)
                .then().statusCode(200)
                .contentType(startsWith(mediaType))
                .header("Content-Disposition", containsString("innsyn-" + id + "." + extension))
                .header("Cache-Control", "no-store")
                .extract().asString();
    }

    private List<ReportDownload> downloadsOf(String id) {
        return QuarkusTransaction.requiringNew().call(() -> downloads.ofRequest(UUID.fromString(id)));
    }

    private static void assertNothingOf(Person other, String text) {
        for (String value : List.of(other.customerId().toString(), other.name(), other.nationalIdNumber(),
                other.email())) {
            assertFalse(text.contains(value), "another person's data never reaches the report");
        }
    }

    private static String firstHour() throws IOException {
        return PlantedAccessParts.JSON.writeValueAsString(PlantedAccessParts.FIRST_HOUR).replace("\"", "");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
