package no.los.dsar.processors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import no.los.dsar.TokenSubject;
import no.los.platform.http.Page;
import no.los.platform.test.TestTokens;

/**
 * The processor register (Art. 28, R15) as the privacy officer keeps it: the three processors the
 * privacy policy names are there from the start, with placeholder agreements to replace; every
 * registration, revision and end is a revision naming who made it; admins read, nobody else.
 */
@QuarkusTest
class ProcessorRegisterTest {

    @Inject
    AgroalDataSource database;

    private static final String PROBLEM = "application/problem+json";

    @Test
    void theRegisterStartsWithTheThreeProcessorsOfThePolicyAndPlaceholderAgreements() {
        JsonPath register = given().auth().oauth2(TestTokens.withRoles("admin"))
                .queryParam("limit", Page.MAX_SIZE).get("/processors")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Compello AS", "Enoro AS", "Evry Norge AS"), register.getList("items.legalName", String.class)
                .stream().filter(List.of("Compello AS", "Enoro AS", "Evry Norge AS")::contains).toList());
        for (String name : List.of("Evry Norge AS", "Enoro AS", "Compello AS")) {
            Map<String, Object> entry = register.getMap("items.find { it.legalName == '" + name + "' }");
            assertEquals("ACTIVE", entry.get("status"), name);
            assertEquals("NO", entry.get("processingCountry"), name);
            assertEquals(true, entry.get("withinEea"), name);
            assertEquals(null, entry.get("agreementDate"), name + ": the policy states no date");
            String reference = (String) entry.get("agreementReference");
            assertFalse(reference.isBlank());
            assertEquals(true, reference.endsWith("erstatt med avtalens referanse"), name + ": " + reference);
            String systems = (String) entry.get("systems");
            for (String system : List.of("los.no", "CRM", "Visualiseringsapp")) {
                assertEquals(true, systems.contains(system), name + " runs " + system + ": " + systems);
            }
            assertEquals(true, systems.contains("fordeler ikke"), "the policy does not split the systems: " + systems);

            given().auth().oauth2(TestTokens.withRoles("privacy-officer")).get("/processors/" + entry.get("id") + "/history")
                    .then().statusCode(200)
                    .body("items.revision", contains(1))
                    .body("items.change", contains("REGISTERED"))
                    .body("items.changedBy[0]", containsString("migration V4"))
                    .body("items.became.legalName", contains(name));
        }
    }

    @Test
    void thePrivacyOfficerRegistersRevisesEndsAndResumesAProcessorAndEveryChangeIsARevision() {
        String officer = TestTokens.withRoles("privacy-officer");
        String colleague = TestTokens.withRoles("privacy-officer");
        Map<String, Object> entry = processor("Driftspartner " + UUID.randomUUID() + " AS");
        String location = given().auth().oauth2(officer).contentType(ContentType.JSON).body(entry)
                .post("/processors")
                .then().statusCode(201)
                .body("revision", equalTo(1))
                .body("legalName", equalTo(entry.get("legalName")))
                .body("organisationNumber", equalTo(entry.get("organisationNumber")))
                .body("withinEea", equalTo(true))
                .body("status", equalTo("ACTIVE"))
                .extract().header("Location");
        String id = given().auth().oauth2(TestTokens.withRoles("admin")).get(location)
                .then().statusCode(200).body("agreementReference", equalTo(entry.get("agreementReference")))
                .extract().path("id");

        entry.put("systems", "CRM");
        entry.put("processingCountry", "SE");
        given().auth().oauth2(colleague).contentType(ContentType.JSON).body(entry).put("/processors/" + id)
                .then().statusCode(200)
                .body("revision", equalTo(2))
                .body("systems", equalTo("CRM"))
                .body("processingCountry", equalTo("SE"));

        entry.put("status", "ENDED");
        entry.put("endedOn", LocalDate.now(ZoneId.of("Europe/Oslo")).toString());
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(entry).put("/processors/" + id)
                .then().statusCode(200).body("revision", equalTo(3)).body("status", equalTo("ENDED"));

        entry.put("status", "ACTIVE");
        entry.put("endedOn", null);
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(entry).put("/processors/" + id)
                .then().statusCode(200).body("revision", equalTo(4)).body("endedOn", nullValue());

        JsonPath history = given().auth().oauth2(TestTokens.withRoles("admin")).get("/processors/" + id + "/history")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(1, 2, 3, 4), history.getList("items.revision", Integer.class));
        assertEquals(List.of("REGISTERED", "REVISED", "ENDED", "RESUMED"), history.getList("items.change", String.class));
        assertEquals(List.of(TokenSubject.of(officer), TokenSubject.of(colleague), TokenSubject.of(officer),
                TokenSubject.of(officer)), history.getList("items.changedBy", String.class));
        assertEquals(List.of("NO", "SE", "SE", "SE"), history.getList("items.became.processingCountry", String.class));
        assertEquals(List.of("ACTIVE", "ACTIVE", "ENDED", "ACTIVE"), history.getList("items.became.status", String.class));
        assertEquals(entry.get("processes"), history.getString("items.became[0].processes"));
        List<OffsetDateTime> times = history.getList("items.changedAt", String.class).stream().map(OffsetDateTime::parse).toList();
        for (int i = 1; i < times.size(); i++) {
            assertFalse(times.get(i).isBefore(times.get(i - 1)), "revisions in the order they were made: " + times);
        }
    }

    @Test
    void detailsThatChangeNothingWriteNoRevision() {
        Map<String, Object> entry = processor("Uendret " + UUID.randomUUID() + " AS");
        String id = register(entry);
        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).contentType(ContentType.JSON).body(entry)
                .put("/processors/" + id)
                .then().statusCode(200).body("revision", equalTo(1));
        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).get("/processors/" + id + "/history")
                .then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndNothingIsRegistered() {
        String name = "Ugyldig " + UUID.randomUUID() + " AS";
        assertRefused(with(processor(name), "legalName", " "), "legalName");
        assertRefused(with(processor(name), "processes", null), "processes");
        assertRefused(with(processor(name), "organisationNumber", "923609017"), "organisationNumber");
        assertRefused(with(processor(name), "organisationNumber", "12345"), "organisationNumber");
        assertRefused(with(processor(name), "processingCountry", "XX"), "processingCountry");
        assertRefused(with(processor(name), "agreementDate", null), "agreementDate");
        assertRefused(with(processor(name), "agreementDate", LocalDate.now().plusDays(2).toString()), "agreementDate");
        assertRefused(with(processor(name), "agreementDate", "1. mars 2024"), "agreementDate");
        assertRefused(with(processor(name), "status", "PAUSED"), "status");
        assertRefused(with(processor(name), "status", "ENDED"), "endedOn");
        assertRefused(with(processor(name), "endedOn", "2024-06-01"), "endedOn");
        Map<String, Object> endedBeforeItBegan = with(processor(name), "status", "ENDED");
        endedBeforeItBegan.put("endedOn", "2019-12-31");
        assertRefused(endedBeforeItBegan, "endedOn");
        assertRefused(with(processor(name), "legalName", "A".repeat(ProcessorDetails.MAX_LEGAL_NAME + 1)), "legalName");
        assertRefused(with(processor(name), "processes", "x".repeat(ProcessorDetails.MAX_PROCESSES + 1)), "processes");

        given().auth().oauth2(TestTokens.withRoles("admin")).queryParam("limit", Page.MAX_SIZE).get("/processors")
                .then().statusCode(200).body("items.findAll { it.legalName == '" + name + "' }", hasSize(0));
    }

    @Test
    void aRevisionWithBadInputChangesNothing() {
        Map<String, Object> entry = processor("Uforandret " + UUID.randomUUID() + " AS");
        String id = register(entry);
        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).contentType(ContentType.JSON)
                .body(with(processor((String) entry.get("legalName")), "processingCountry", "ZZ"))
                .put("/processors/" + id)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("processingCountry"));
        given().auth().oauth2(TestTokens.withRoles("admin")).get("/processors/" + id)
                .then().statusCode(200).body("revision", equalTo(1)).body("processingCountry", equalTo("NO"));
    }

    @Test
    void aLegalNameRegisteredTwiceInWhateverCaseIsAConflict() {
        String name = "Dobbel " + UUID.randomUUID() + " AS";
        String first = register(processor(name));
        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).contentType(ContentType.JSON)
                .body(processor(name.toUpperCase()))
                .post("/processors")
                .then().statusCode(409).contentType(PROBLEM).body("type", equalTo("urn:los:problem:conflict"));

        String secondName = "Annen " + UUID.randomUUID() + " AS";
        String second = register(processor(secondName));
        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).contentType(ContentType.JSON)
                .body(processor(name))
                .put("/processors/" + second)
                .then().statusCode(409).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.withRoles("admin")).queryParam("limit", Page.MAX_SIZE).get("/processors")
                .then().statusCode(200)
                .body("items.findAll { it.legalName.toLowerCase() == '" + name.toLowerCase() + "' }.id", contains(first));
        given().auth().oauth2(TestTokens.withRoles("admin")).get("/processors/" + second)
                .then().statusCode(200).body("revision", equalTo(1)).body("legalName", equalTo(secondName));
    }

    @Test
    void anUnknownProcessorIsNotFound() {
        UUID unknown = UUID.randomUUID();
        given().auth().oauth2(TestTokens.withRoles("admin")).get("/processors/" + unknown)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.withRoles("admin")).get("/processors/" + unknown + "/history")
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).contentType(ContentType.JSON)
                .body(processor("Ingen " + UUID.randomUUID() + " AS")).put("/processors/" + unknown)
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void onlyThePrivacyOfficerChangesTheRegisterAdminsReadItAndNobodyElseSeesIt() {
        Map<String, Object> entry = processor("Rolle " + UUID.randomUUID() + " AS");
        given().auth().oauth2(TestTokens.withRoles("admin")).contentType(ContentType.JSON).body(entry)
                .post("/processors").then().statusCode(403).contentType(PROBLEM);
        String id = register(entry);
        given().auth().oauth2(TestTokens.withRoles("admin")).contentType(ContentType.JSON)
                .body(with(entry, "systems", "CRM")).put("/processors/" + id).then().statusCode(403);
        for (String role : List.of("agent", "marketing", "rights-collector")) {
            given().auth().oauth2(TestTokens.withRoles(role)).get("/processors").then().statusCode(403);
            given().auth().oauth2(TestTokens.withRoles(role)).get("/processors/" + id + "/history").then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.customer(UUID.randomUUID())).get("/processors/" + id).then().statusCode(403);
        given().auth().oauth2(TestTokens.withRoles("admin")).get("/processors/" + id + "/history")
                .then().statusCode(200).body("items.change", everyItem(equalTo("REGISTERED")));
        given().auth().oauth2(TestTokens.withRoles("privacy-officer"))
                .queryParam("limit", Page.MAX_SIZE).get("/processors")
                .then().statusCode(200).body("items.legalName", hasItems(entry.get("legalName"), "Evry Norge AS"));
    }

    private static String register(Map<String, Object> entry) {
        return given().auth().oauth2(TestTokens.withRoles("privacy-officer")).contentType(ContentType.JSON).body(entry)
                .post("/processors").then().statusCode(201).extract().path("id");
    }

    private static void assertRefused(Map<String, Object> entry, String field) {
        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).contentType(ContentType.JSON).body(entry)
                .post("/processors")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", contains(field));
    }

    /** A complete, valid entry: a Norwegian processor with a running agreement. */
    static Map<String, Object> processor(String legalName) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("legalName", legalName);
        entry.put("organisationNumber", validOrganisationNumber());
        entry.put("processes", "Kundeopplysninger i CRM, når systemet driftes");
        entry.put("systems", "CRM og los.no");
        entry.put("agreementReference", "DPA-" + UUID.randomUUID());
        entry.put("agreementDate", "2020-01-15");
        entry.put("processingCountry", "NO");
        entry.put("status", "ACTIVE");
        entry.put("endedOn", null);
        return entry;
    }

    private static Map<String, Object> with(Map<String, Object> entry, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(entry);
        changed.put(field, value);
        return changed;
    }

    /** Eight random digits and the control digit they call for; again when none can. */
    static String validOrganisationNumber() {
        while (true) {
            String first = String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000));
            int control = OrganisationNumber.controlDigit(first + "0");
            if (control >= 0) {
                return first + control;
            }
        }
    }

    @Test
    void theRegisterIsFullAtItsLimitAndAFurtherProcessorIsAConflict() throws Exception {
        String filler = "Fyll " + UUID.randomUUID();
        try (Connection db = database.getConnection(); Statement sql = db.createStatement()) {
            sql.executeUpdate("insert into processor (id, legal_name, processes, systems, agreement_reference, "
                    + "agreement_date, processing_country, status, revision) select gen_random_uuid(), '" + filler
                    + " ' || n, 'x', 'x', 'x', date '2020-01-01', 'NO', 'ACTIVE', 1 from generate_series(1, "
                    + ProcessorRegister.MAX_PROCESSORS + " - (select count(*) from processor)) n");
        }
        try {
            given().auth().oauth2(TestTokens.withRoles("privacy-officer")).contentType(ContentType.JSON)
                    .body(processor("Ny " + UUID.randomUUID() + " AS")).post("/processors")
                    .then().statusCode(409).contentType(PROBLEM)
                    .body("detail", containsString(String.valueOf(ProcessorRegister.MAX_PROCESSORS)));
        } finally {
            try (Connection db = database.getConnection(); Statement sql = db.createStatement()) {
                sql.executeUpdate("delete from processor where legal_name like '" + filler + " %'");
            }
        }
    }
}
