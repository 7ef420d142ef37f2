package no.los.dsar.records;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import no.los.dsar.DataMapAnnouncement;
import no.los.platform.events.EventTopic;
import no.los.platform.rights.ProcessingPurpose;
import no.los.platform.rights.Processors;
import no.los.platform.rights.Recipient;
import no.los.platform.test.Await;
import no.los.platform.test.TestTokens;

/**
 * The records of processing (Art. 30) are generated from what the services declare: the controller
 * of the policy (R1), then per purpose every category of the live data maps with its legal basis,
 * source, recipients, retention and safeguards; processors resolved against the register, so a
 * missing one is flagged; transfers to third countries from where the processors process.
 */
@QuarkusTest
class RecordsOfProcessingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final List<String> POLICY_PROCESSORS = List.of("Evry Norge AS", "Enoro AS", "Compello AS");

    @Test
    void theRecordsNameTheControllerItsDelegateAndTheDataProtectionOfficer() {
        JsonPath records = records();
        assertEquals("LOS AS", records.getString("controller.name"));
        assertEquals("Postboks 603 Lundsiden, 4606 Kristiansand", records.getString("controller.postalAddress"));
        assertEquals("personvern@los.no", records.getString("controller.email"));
        assertEquals("Administrerende direktør", records.getString("controller.representedBy"));
        assertEquals("Leder for salg og kundeservice (salgs- og kundeservicesjef)",
                records.getString("controller.dailyProcessingDelegatedTo"));
        assertEquals("Delegeringen omfatter bare oppgavene, ikke ansvaret.", records.getString("controller.delegation"));
        assertEquals("Agder Energi-konsernets personvernombud", records.getString("controller.dataProtectionOfficer"));
        assertEquals("personvern@los.no", records.getString("controller.dataProtectionOfficerEmail"));
        assertNotNull(records.getString("generatedAt"));
    }

    @Test
    void everyCategoryOfTheLiveMapsIsRecordedUnderEachOfItsPurposesWithItsRetention() {
        List<Recipient> crm = new ArrayList<>(List.of(Processors.operating("CRM")));
        crm.add(Recipient.service("consumption-service", "fakturerer forbruket"));
        DataMapAnnouncement customer = DataMapAnnouncement.on(EventTopic.CUSTOMER)
                .category("contracts", "Strømavtaler", "Til 31. desember fem år etter at kundeforholdet tok slutt", crm,
                        ProcessingPurpose.CUSTOMER_RELATIONSHIP, ProcessingPurpose.INVOICING)
                .category("postal-address", "Postadresse", "Så lenge kundeforholdet varer", List.of(Processors.operating("CRM")),
                        ProcessingPurpose.CUSTOMER_RELATIONSHIP)
                .send();
        JsonPath records = awaitBuiltFrom(customer);
        Map<String, Object> source = records.getMap("builtFrom.find { it.service == 'customer-service' }");
        assertEquals("ANNOUNCED", source.get("origin"));
        assertNotNull(source.get("announcedAt"));

        // Every category of every map it was built from: the one announced above, and dsar-service's own.
        JsonPath own = given().auth().oauth2(TestTokens.withRoles("privacy-officer")).get("/data-map")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("OWN_DECLARATION", records.getString("builtFrom.find { it.service == 'dsar-service' }.origin"));
        List<Map<String, Object>> declared = new ArrayList<>();
        customer.dataMap().categories().forEach(category -> declared.add(Map.of("service", "customer-service",
                "name", category.name(), "purposes", category.purposes().stream().map(Enum::name).toList(),
                "rule", category.retention().rule(), "enforcedBy", category.retention().enforcedBy())));
        for (int i = 0; i < own.getList("categories").size(); i++) {
            declared.add(Map.of("service", "dsar-service", "name", own.getString("categories[" + i + "].name"),
                    "purposes", own.getList("categories[" + i + "].purposes", String.class),
                    "rule", own.getString("categories[" + i + "].retention.rule"),
                    "enforcedBy", own.getString("categories[" + i + "].retention.enforcedBy")));
        }
        assertTrue(declared.size() >= 7, "dsar-service declares its own categories: " + declared);
        for (Map<String, Object> category : declared) {
            for (Object purpose : (List<?>) category.get("purposes")) {
                String path = "activities.find { it.purpose == '" + purpose + "' }.categories.find { it.service == '"
                        + category.get("service") + "' && it.name == '" + category.get("name") + "' }";
                Map<String, Object> recorded = records.getMap(path);
                assertNotNull(recorded, category.get("service") + "/" + category.get("name") + " under " + purpose);
                assertEquals(category.get("rule"), records.getString(path + ".retention.rule"));
                assertEquals(category.get("enforcedBy"), records.getString(path + ".retention.enforcedBy"));
                assertNotNull(records.getString(path + ".legalBasis.article"));
                assertNotNull(records.getString(path + ".source"));
                assertFalse(records.getList(path + ".safeguards").isEmpty());
            }
        }

        String activity = "activities.find { it.purpose == 'CUSTOMER_RELATIONSHIP' }";
        assertEquals("Administrere kundeforholdet", records.getString(activity + ".description"));
        assertEquals(List.of("Kunder og tidligere kunder av LOS AS"), records.getList(activity + ".dataSubjects"));
        assertEquals(List.of("Art. 6(1)(b)"), records.getList(activity + ".legalBases.article"));
        assertTrue(records.getList(activity + ".securityMeasures", String.class)
                .contains("Tjenestene deler bare et pseudonymt kunde-ID"));
        assertEquals(List.of(), records.getList(activity + ".transfersToThirdCountries"),
                "the policy's processors process in Norway");
        Map<String, Object> internal = records.getMap(activity + ".recipients.find { it.name == 'consumption-service' }");
        assertEquals("INTERNAL_SERVICE", internal.get("kind"));
        assertEquals(List.of("customer-service/contracts"), internal.get("categories"));
        for (String processor : POLICY_PROCESSORS) {
            String recipient = activity + ".recipients.find { it.name == '" + processor + "' }";
            assertEquals("PROCESSOR", records.getString(recipient + ".kind"));
            assertEquals(true, records.getBoolean(recipient + ".inRegister"));
            assertEquals(List.of("customer-service/contracts", "customer-service/postal-address"),
                    records.getList(recipient + ".categories"));
            assertTrue(records.getString(recipient + ".agreement.agreementReference").startsWith("DPA-"));
            assertEquals("NO", records.getString(recipient + ".agreement.processingCountry"));
        }
        // The same contracts category is recorded under invoicing, its second purpose.
        assertEquals("Strømavtaler", records.getString("activities.find { it.purpose == 'INVOICING' }.categories"
                + ".find { it.name == 'contracts' }.title"));
    }

    @Test
    void theThreeProcessorsOfThePolicyAreRecordedWithTheirAgreementsAndTheMissingDatesAreRemarked() {
        JsonPath records = records();
        for (String processor : POLICY_PROCESSORS) {
            Map<String, Object> entry = records.getMap("processors.find { it.legalName == '" + processor + "' }");
            assertNotNull(entry, processor);
            assertTrue(((String) entry.get("agreementReference")).contains("erstatt med avtalens referanse"));
            assertEquals(true, entry.get("withinEea"));
            assertEquals("Norge", entry.get("processingCountryName"));
            assertTrue(records.getList("remarks.findAll { it.kind == 'AGREEMENT_DATE_MISSING' }.subject")
                    .contains(processor), processor + " has no agreement date yet");
        }
    }

    @Test
    void aRecipientMissingFromTheRegisterIsFlaggedAndAProcessorAbroadIsATransfer() {
        String abroad = "Fjernstøtte " + UUID.randomUUID() + " Ltd";
        String id = registerProcessor(abroad, "IN");
        String unknown = "Ukjent Leverandør " + UUID.randomUUID() + " AS";
        DataMapAnnouncement consumption = DataMapAnnouncement.on(EventTopic.CONSUMPTION)
                .category("app-profile", "Appens profil", "Til appen slettes",
                        List.of(Recipient.processor(abroad, "brukerstøtte for appen"),
                                Recipient.processor(unknown, "analyse av appbruk")),
                        ProcessingPurpose.VISUALISATION_APP)
                .send();
        JsonPath records = awaitBuiltFrom(consumption);

        String activity = "activities.find { it.purpose == 'VISUALISATION_APP' }";
        assertEquals(List.of(Map.of("processor", abroad, "country", "IN", "countryName", "India")),
                records.getList(activity + ".transfersToThirdCountries"));
        assertEquals(false, records.getBoolean(activity + ".recipients.find { it.name == '" + unknown + "' }.inRegister"));
        assertEquals(null, records.getMap(activity + ".recipients.find { it.name == '" + unknown + "' }.agreement"));
        assertEquals(false, records.getBoolean(activity + ".recipients.find { it.name == '" + abroad
                + "' }.agreement.withinEea"));
        String remark = records.getString("remarks.find { it.kind == 'PROCESSOR_NOT_IN_REGISTER' && it.subject == '"
                + unknown + "' }.text");
        assertNotNull(remark, "a recipient the register does not know is flagged");
        assertTrue(remark.contains("consumption-service/app-profile"), remark);

        // The agreement with the processor abroad ends, but the map still names it.
        Map<String, Object> ended = processor(abroad, "IN");
        ended.put("status", "ENDED");
        ended.put("endedOn", "2025-06-30");
        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).contentType(ContentType.JSON).body(ended)
                .put("/processors/" + id).then().statusCode(200);
        assertTrue(records().getList("remarks.findAll { it.kind == 'PROCESSOR_AGREEMENT_ENDED' }.subject")
                .contains(abroad));
    }

    @Test
    void aServiceThatHasNotAnnouncedItsMapIsFlaggedUntilItDoes() {
        // No test announces marketing-service's map before this one.
        JsonPath before = records();
        assertTrue(before.getList("notYetAnnounced").contains("marketing-service"));
        assertTrue(before.getList("remarks.findAll { it.kind == 'DATA_MAP_NOT_ANNOUNCED' }.subject")
                .contains("marketing-service"));

        DataMapAnnouncement marketing = DataMapAnnouncement.on(EventTopic.MARKETING)
                .category("newsletter-address", "E-postadresse for nyhetsbrev", "Til samtykket trekkes tilbake",
                        List.of(), ProcessingPurpose.SERVICE_INFORMATION)
                .send();
        JsonPath after = awaitBuiltFrom(marketing);
        assertFalse(after.getList("notYetAnnounced").contains("marketing-service"));
        assertFalse(after.getList("remarks.subject").contains("marketing-service"));
        assertEquals("Til samtykket trekkes tilbake", after.getString("activities.find { it.purpose == "
                + "'SERVICE_INFORMATION' }.categories.find { it.name == 'newsletter-address' }.retention.rule"));
    }

    @Test
    void theHtmlPageIsReadableNorwegianAndEscapesWhatTheMapsSay() {
        DataMapAnnouncement consent = DataMapAnnouncement.on(EventTopic.CONSENT)
                .category("consent-records", "<script>alert('samtykke')</script> Samtykker & protester",
                        "Så lenge samtykket må kunne bevises", List.of(), ProcessingPurpose.LAWFUL_BASIS_EVIDENCE)
                .send();
        awaitBuiltFrom(consent);

        String page = given().auth().oauth2(TestTokens.withRoles("admin")).accept("text/html,*/*;q=0.8")
                .get("/records-of-processing")
                .then().statusCode(200)
                .contentType("text/html")
                .body(containsString("<html lang=\"nb\">"))
                .body(containsString("Protokoll over behandlingsaktiviteter"))
                .body(containsString("LOS AS, representert ved administrerende direktør"))
                .body(containsString("Leder for salg og kundeservice (salgs- og kundeservicesjef)"))
                .body(containsString("Agder Energi-konsernets personvernombud"))
                .body(containsString("personvern@los.no"))
                .body(containsString("Dokumentere samtykker og respektere protester"))
                .body(containsString("Så lenge samtykket må kunne bevises"))
                .body(containsString("Den registrerte selv (kunden)"))
                .body(containsString("&lt;script&gt;alert(&#39;samtykke&#39;)&lt;/script&gt; Samtykker &amp; protester"))
                .body(not(containsString("<script>")))
                .extract().asString();
        for (String processor : POLICY_PROCESSORS) {
            assertTrue(page.contains(processor), processor);
        }
        assertTrue(page.contains("Overføring til tredjeland"));
        assertTrue(page.contains("Kategorier av registrerte"));
    }

    @Test
    void onlyThePrivacyOfficerAndAdminsReadTheRecords() {
        for (String role : List.of("agent", "marketing", "rights-collector")) {
            given().auth().oauth2(TestTokens.withRoles(role)).get("/records-of-processing")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().auth().oauth2(TestTokens.customer(UUID.randomUUID())).get("/records-of-processing")
                .then().statusCode(403);
        given().get("/records-of-processing").then().statusCode(401);
        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).accept(ContentType.JSON)
                .get("/records-of-processing").then().statusCode(200).contentType(ContentType.JSON);
    }

    private static JsonPath records() {
        return given().auth().oauth2(TestTokens.withRoles("privacy-officer")).accept(ContentType.JSON)
                .get("/records-of-processing").then().statusCode(200).extract().jsonPath();
    }

    /** The records once they are built from this announcement. */
    private static JsonPath awaitBuiltFrom(DataMapAnnouncement announcement) {
        Await.until(announcement.service() + "'s map is in the records", PATIENCE, () -> announcement.digest()
                .equals(records().getString("builtFrom.find { it.service == '" + announcement.service() + "' }.digest")));
        return records();
    }

    private static String registerProcessor(String legalName, String country) {
        return given().auth().oauth2(TestTokens.withRoles("privacy-officer")).contentType(ContentType.JSON)
                .body(processor(legalName, country)).post("/processors").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> processor(String legalName, String country) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("legalName", legalName);
        entry.put("processes", "Brukerstøtte for visualiseringsappen");
        entry.put("systems", "Visualiseringsapp");
        entry.put("agreementReference", "DPA-2024-17");
        entry.put("agreementDate", "2024-03-01");
        entry.put("processingCountry", country);
        entry.put("status", "ACTIVE");
        return entry;
    }
}
