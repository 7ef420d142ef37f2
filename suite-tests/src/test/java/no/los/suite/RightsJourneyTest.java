package no.los.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.path.json.JsonPath;

import no.los.platform.test.Await;
import no.los.platform.test.ReceivingController;

/**
 * Access (Art. 15) and portability (Art. 20) as a customer meets them on Min side, across the five
 * services as processes: dsar-service publishes the request, every service answers once, and
 * dsar-service fetches each part over REST with its own identity. The person's data never travels
 * on the bus; {@link TopicPrivacyTest} scans every topic for the people planted here afterwards.
 */
@Order(2)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RightsJourneyTest {

    private static final Duration ANSWERED = Duration.ofSeconds(60);
    private static final List<SuiteService> ANSWERING = List.of(SuiteService.CUSTOMER, SuiteService.CONSENT,
            SuiteService.CONSUMPTION, SuiteService.MARKETING);
    private static final ObjectMapper JSON = new ObjectMapper();

    private Suite suite;
    private SuiteClient client;
    private PlantedPerson ingrid;
    private SuiteClient.Enrolled ingridEnrolled;
    private PlantedPerson neighbour;
    private SuiteClient.Enrolled neighbourEnrolled;

    @BeforeAll
    void plantTwoCustomersWithDataInEveryService() {
        suite = Suite.started();
        client = new SuiteClient(suite);
        ingrid = PlantedPerson.fresh();
        ingridEnrolled = withDataEverywhere(ingrid);
        neighbour = PlantedPerson.fresh();
        neighbourEnrolled = withDataEverywhere(neighbour);
    }

    @Test
    @Order(1)
    void anAccessReportHoldsEveryCategoryOfEveryServiceWithItsMetadataAndOnlyThePersonsOwnData() throws IOException {
        UUID request = client.requestOnMinSide(ingridEnrolled.customerId(), "ACCESS");
        client.awaitCompleted(request, ANSWERED);

        String body = client.myReport(ingridEnrolled.customerId(), request, "application/json")
                .then().statusCode(200).extract().asString();
        JsonNode report = JSON.readTree(body);
        Map<String, JsonNode> categories = categoriesIn(report);
        for (SuiteService service : ANSWERING) {
            JsonPath map = client.dataMap(service);
            for (Map<String, Object> declared : map.<Map<String, Object>>getList("categories")) {
                String key = service.serviceName() + "/" + declared.get("name");
                JsonNode reported = categories.get(key);
                assertTrue(reported != null, "the report holds " + key);
                assertEquals(JSON.valueToTree(declared.get("purposes")), reported.path("category").path("purposes"),
                        key + " with its purposes");
                assertEquals(declared.get("legalBasis"), reported.path("category").path("legalBasis").asText(),
                        key + " with its legal basis");
                assertEquals(JSON.valueToTree(declared.get("retention")), reported.path("category").path("retention"),
                        key + " with its retention");
                assertEquals(JSON.valueToTree(declared.get("safeguards")), reported.path("category").path("safeguards"),
                        key + " with its safeguards");
            }
        }
        for (String value : plantedValuesOf(ingrid)) {
            assertTrue(body.contains(value), "the report holds the person's own " + value);
        }
        for (String value : plantedValuesOf(neighbour)) {
            assertFalse(body.contains(value), "the report holds nothing of another customer: " + value);
        }
        assertTrue(body.contains(ingridEnrolled.customerId().toString()));
        assertFalse(body.contains(neighbourEnrolled.customerId().toString()), "nor the other customer's id");
    }

    @Test
    @Order(2)
    void theReportReadsInNorwegianWithThePurposesTheSafeguardsAndTheRightToComplain() throws IOException {
        UUID request = client.requestOnMinSide(ingridEnrolled.customerId(), "ACCESS");
        client.awaitCompleted(request, ANSWERED);

        byte[] pdf = client.myReport(ingridEnrolled.customerId(), request, "application/pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("Administrere kundeforholdet"), "names the purposes");
        assertTrue(text.contains("Visualiseringsappen"), "names the app's purpose");
        assertTrue(text.contains("Kryptert lagring"), "names the safeguards");
        assertTrue(text.contains("Datatilsynet") && text.contains("Postboks 8177"), "names Datatilsynet and its address");
        assertTrue(text.contains(ingrid.fullName()), "shows the person's data");

        String html = client.myReport(ingridEnrolled.customerId(), request, "text/html")
                .then().statusCode(200).extract().asString();
        assertTrue(html.contains("Datatilsynet"));
    }

    @Test
    @Order(3)
    void anotherCustomersTokenCannotFetchTheReport() {
        UUID request = client.requestOnMinSide(ingridEnrolled.customerId(), "ACCESS");
        client.awaitCompleted(request, ANSWERED);

        assertEquals(404, client.myReport(neighbourEnrolled.customerId(), request, "application/json").statusCode());
        assertEquals(404, client.myReport(neighbourEnrolled.customerId(), request, "application/pdf").statusCode());
    }

    @Test
    @Order(4)
    void portableDataComesAsJsonCsvAndGreenButtonWhoseIntervalsSumToTheStoredConsumption() throws Exception {
        UUID request = client.requestOnMinSide(ingridEnrolled.customerId(), "PORTABILITY");
        client.awaitCompleted(request, ANSWERED);

        String json = client.myExport(ingridEnrolled.customerId(), request, "json")
                .then().statusCode(200).extract().asString();
        for (String value : List.of(ingrid.fullName(), ingrid.email(), ingrid.phone(), ingrid.street(),
                ingrid.meteringPointId())) {
            assertTrue(json.contains(value), "the JSON export holds " + value);
        }
        plantedValuesOf(neighbour).forEach(value -> assertFalse(json.contains(value), "nothing of " + value));

        Map<String, String> files = unzip(client.myExport(ingridEnrolled.customerId(), request, "csv")
                .then().statusCode(200).contentType("application/zip").extract().asByteArray());
        assertTrue(files.keySet().stream().anyMatch(name -> name.startsWith("customer-service/")), files.keySet().toString());
        assertTrue(files.keySet().stream().anyMatch(name -> name.startsWith("consent-service/")), files.keySet().toString());
        assertTrue(files.keySet().stream().anyMatch(name -> name.startsWith("consumption-service/")), files.keySet().toString());
        files.forEach((name, csv) -> assertTrue(name.endsWith(".csv") && !csv.isBlank(), name + " is a CSV file"));
        assertTrue(files.values().stream().anyMatch(csv -> csv.contains(ingrid.email())), "the CSV files hold the e-mail");

        byte[] xml = client.myExport(ingridEnrolled.customerId(), request, "green-button")
                .then().statusCode(200).extract().asByteArray();
        GreenButtonFeed feed = GreenButtonFeed.validated(xml);
        assertEquals(new java.math.BigDecimal("60.000"), feed.totalKwh().setScale(3),
                "two days of 24 hours at 1.250 kWh, as stored");
    }

    @Test
    @Order(5)
    void aDirectTransferReachesTheReceivingControllerWithASignedManifestWhoseChecksumMatches() {
        UUID request = client.requestOnMinSide(ingridEnrolled.customerId(), "PORTABILITY");
        client.awaitCompleted(request, ANSWERED);
        ReceivingController receiver = suite.receiver();
        receiver.forget();
        receiver.trust(client.transferSigningKeys());
        String endpoint = client.allowTransfersTo("Kraftkompaniet AS", receiver.url().toString());

        JsonPath transfer = client.transferOnMinSide(ingridEnrolled.customerId(), request, endpoint, "json")
                .then().statusCode(201).extract().jsonPath();

        assertEquals("DELIVERED", transfer.getString("outcome"));
        assertEquals(1, receiver.received().size(), "one POST reached the receiver");
        ReceivingController.Received received = receiver.received().get(0);
        assertTrue(received.verified(), "the receiver verified signature and checksum: " + received.verdict());
        assertEquals(transfer.getString("sha256"), received.manifest().path("what").path("sha256").asText(),
                "the manifest's checksum is the transfer's");
        assertTrue(new String(received.body(), StandardCharsets.UTF_8).contains(ingrid.email()),
                "the export itself travelled");
    }

    @Test
    @Order(6)
    void anAccessRequestWaitsForAStoppedServiceFlaggedLateAndCompletesWhenItIsBack() {
        ServiceProcess consumption = suite.process(SuiteService.CONSUMPTION);
        consumption.stop();
        UUID request;
        try {
            request = client.requestOnMinSide(ingridEnrolled.customerId(), "ACCESS");
            Await.until("the request is flagged late", Suite.ANSWER_TIMEOUT.plusSeconds(30),
                    () -> client.flaggedLate(request));
            assertNotEquals("COMPLETED", client.request(request).getString("status"), "no report lacks a part");
            assertEquals(409, client.myReport(ingridEnrolled.customerId(), request, "application/json").statusCode(),
                    "the report cannot be downloaded while a part is missing");
        } finally {
            consumption.start();
            consumption.awaitReady(Duration.ofMinutes(2));
        }
        client.awaitCompleted(request, ANSWERED);
        String body = client.myReport(ingridEnrolled.customerId(), request, "application/json")
                .then().statusCode(200).extract().asString();
        assertTrue(body.contains(ingrid.meteringPointId()), "consumption-service's part is in once it answered");
        assertFalse(client.flaggedLate(request), "a completed request is no longer late");
    }

    @Test
    @Order(7)
    void theRecordsOfProcessingNameTheControllerTheProcessorsAndEveryCategoryWithItsRetention() {
        Await.until("every service announced its data map", ANSWERED,
                () -> ANSWERING.stream().allMatch(service -> client.recordsOfProcessing("application/json")
                        .asString().contains(service.serviceName())));
        String records = client.recordsOfProcessing("application/json").then().statusCode(200).extract().asString();
        for (String name : List.of("LOS AS", "Evry Norge AS", "Enoro AS", "Compello AS", "personvern@los.no")) {
            assertTrue(records.contains(name), "the records name " + name);
        }
        for (SuiteService service : ANSWERING) {
            for (Map<String, Object> declared : client.dataMap(service).<Map<String, Object>>getList("categories")) {
                assertTrue(records.contains("\"" + declared.get("name") + "\""), "the records list " + declared.get("name"));
                @SuppressWarnings("unchecked")
                String rule = ((Map<String, String>) declared.get("retention")).get("rule");
                assertTrue(records.contains(JSON.valueToTree(rule).toString()), "with its retention: " + rule);
            }
        }
        String html = client.recordsOfProcessing("text/html").then().statusCode(200).extract().asString();
        assertTrue(html.contains("Evry Norge AS") && html.contains("LOS AS"));
    }

    private SuiteClient.Enrolled withDataEverywhere(PlantedPerson person) {
        SuiteClient.Enrolled enrolled = client.enrol(person);
        UUID id = enrolled.customerId();
        client.giveConsent(id, "NEWSLETTER_EMAIL");
        client.giveConsent(id, "VISUALISATION_APP");
        LocalDate today = SuiteClient.today();
        client.deliverReadingsOnceKnown(person, today.minusDays(2));
        client.deliverReadings(person, today.minusDays(1));
        client.setUpTheApp(id);
        client.subscribeNewsletter(id, person.email());
        client.objectToSurveys(id).then().statusCode(201);
        return enrolled;
    }

    private static List<String> plantedValuesOf(PlantedPerson person) {
        List<String> values = new ArrayList<>(person.personalValues());
        values.add(person.meteringPointId());
        return values;
    }

    /** Every category of every part in the report, by service and name, wherever the report nests the parts. */
    private static Map<String, JsonNode> categoriesIn(JsonNode report) {
        Map<String, JsonNode> categories = new HashMap<>();
        collect(report, categories);
        return categories;
    }

    private static void collect(JsonNode node, Map<String, JsonNode> categories) {
        if (node.isObject() && node.has("service") && node.path("categories").isArray()) {
            for (JsonNode category : node.path("categories")) {
                if (category.has("category") && category.has("records")) {
                    categories.put(node.path("service").asText() + "/" + category.path("category").path("name").asText(),
                            category);
                }
            }
        }
        node.forEach(child -> collect(child, categories));
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                files.put(entry.getName(), new String(entries.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
