package no.los.dsar.rights;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import no.los.dsar.DataMapAnnouncement;
import no.los.dsar.RightsAnswered;
import no.los.platform.events.EventTopic;
import no.los.platform.rights.ProcessingPurpose;
import no.los.platform.rights.Processors;
import no.los.platform.test.Await;
import no.los.platform.test.EventSchemas;
import no.los.platform.test.TestTokens;
import no.los.platform.test.TopicRecords;

/**
 * Rectification and restriction run through the rights contract like access and portability: every
 * service answers, and the last answer completes the request. A rectification then records who was
 * told: each service that changed a copy, and each processor of a rectified category (Art. 19). A
 * restriction is lifted only after the person was told (Art. 18(3)), and each service confirms it.
 */
@QuarkusTest
class RectificationAndRestrictionTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final List<EventTopic> SERVICES = List.of(EventTopic.CUSTOMER, EventTopic.CONSENT,
            EventTopic.CONSUMPTION, EventTopic.MARKETING);

    @Inject
    DataSource database;

    @Test
    void aRectificationCompletesWithTheLastAnswerAndTellsThePersonWhoTheRecipientsWere() {
        DataMapAnnouncement customerMap = DataMapAnnouncement.on(EventTopic.CUSTOMER)
                .category("postal-address", "Postadresse", "Så lenge kundeforholdet varer",
                        List.of(Processors.operating("CRM")), ProcessingPurpose.CUSTOMER_RELATIONSHIP)
                .category("contact-details", "Kontaktopplysninger", "Så lenge kundeforholdet varer", List.of(),
                        ProcessingPurpose.CUSTOMER_RELATIONSHIP)
                .send();
        Await.until("customer-service's map is kept", PATIENCE, () -> customerMapDigest().equals(customerMap.digest()));
        UUID customer = UUID.randomUUID();
        String id = request(customer, "RECTIFICATION");

        RightsAnswered.to(EventTopic.CUSTOMER, customer, id, "RECTIFICATION").categories("postal-address").send();
        RightsAnswered.to(EventTopic.CONSUMPTION, customer, id, "RECTIFICATION").categories("metering-points").send();
        RightsAnswered.to(EventTopic.CONSENT, customer, id, "RECTIFICATION").categories().send();
        Await.until("three services have answered", PATIENCE, () -> answered(id) == 3);
        assertEquals("RECEIVED", staffView(id).getString("status"), "the request waits for marketing-service");
        recipientsOf(customer, id).then().statusCode(200).body("items", equalTo(List.of()));

        RightsAnswered.to(EventTopic.MARKETING, customer, id, "RECTIFICATION").categories().send();
        Await.until("the last answer completes the request", PATIENCE,
                () -> "COMPLETED".equals(staffView(id).getString("status")));
        JsonPath request = staffView(id);
        assertEquals(List.of("postal-address"),
                request.getList("rights.services.find { it.service == 'customer-service' }.categories"));
        assertEquals(List.of(), request.getList("rights.services.find { it.service == 'marketing-service' }.categories"));

        JsonPath recipients = recipientsOf(customer, id).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(Processors.COMPELLO, Processors.ENORO, Processors.EVRY, "consumption-service"),
                recipients.getList("items.recipient"));
        assertEquals(List.of("PROCESSOR", "PROCESSOR", "PROCESSOR", "INTERNAL_SERVICE"), recipients.getList("items.kind"));
        assertEquals(List.of(List.of("postal-address"), List.of("postal-address"), List.of("postal-address"),
                List.of("metering-points")), recipients.getList("items.categories"));
        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).get("/requests/" + id + "/recipients")
                .then().statusCode(200).body("items.recipient", hasItems(Processors.EVRY, "consumption-service"))
                .body("items.notifiedAt", everyItem(notNullValue()));
        recipientsOf(UUID.randomUUID(), id).then().statusCode(404);
        given().auth().oauth2(TestTokens.customer(customer)).get("/me/requests/" + id + "/letters")
                .then().statusCode(200).body("items.kind", equalTo(List.of("COMPLETION")));
    }

    @Test
    void aRestrictionIsLiftedOnlyAfterThePersonWasToldAndEveryServiceConfirmsIt() {
        UUID customer = UUID.randomUUID();
        String id = request(customer, "RESTRICTION");
        lift(id).then().statusCode(409).body("detail", containsString("not in force"));

        SERVICES.forEach(topic -> RightsAnswered.to(topic, customer, id, "RESTRICTION").categories().send());
        Await.until("every service has restricted the person", PATIENCE,
                () -> "COMPLETED".equals(staffView(id).getString("status")));
        lift(id).then().statusCode(409).body("detail", containsString("must be told"));

        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).contentType(ContentType.JSON)
                .body(Map.of("reasons", "Adressen din er rettet, og det er ikke lenger grunn til å begrense behandlingen."))
                .post("/requests/" + id + "/lifting-notice")
                .then().statusCode(200).body("history.step", hasItems("COMPLETED", "LIFTING_NOTIFIED"));
        given().auth().oauth2(TestTokens.customer(customer)).get("/me/requests/" + id + "/letters")
                .then().statusCode(200).body("items.kind", equalTo(List.of("COMPLETION", "LIFTING_NOTICE")));
        lift(id).then().statusCode(200).body("history.step", hasItems("LIFTING_NOTIFIED", "LIFTED"))
                .body("rights.services.liftConfirmedAt", everyItem(nullValue()));
        lift(id).then().statusCode(409).body("detail", containsString("already been lifted"));

        List<ConsumerRecord<String, byte[]>> lifted = TopicRecords.readUntil(EventTopic.DSAR.topicName(), PATIENCE,
                read -> read.stream().anyMatch(r -> isLiftingOf(r, id))).stream().filter(r -> isLiftingOf(r, id)).toList();
        assertEquals(1, lifted.size(), "the lifting is published once");
        lifted.forEach(EventSchemas::assertConforms);

        SERVICES.forEach(topic -> RightsAnswered.to(topic, customer, id, "RESTRICTION").asLiftConfirmation().send());
        Await.until("every service has confirmed the lifting", PATIENCE, () -> staffView(id)
                .getList("rights.services.liftConfirmedAt").stream().allMatch(at -> at != null));
    }

    @Test
    void onlyARestrictionCanBeLiftedAndOnlyItsOwnServicesConfirmationCounts() {
        UUID customer = UUID.randomUUID();
        String access = request(customer, "ACCESS");
        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).contentType(ContentType.JSON)
                .body(Map.of("reasons", "Ingen grunn.")).post("/requests/" + access + "/lifting-notice")
                .then().statusCode(409).body("detail", containsString("Only a restriction"));
        given().auth().oauth2(TestTokens.withRoles("agent")).post("/requests/" + access + "/lifting")
                .then().statusCode(403);

        RightsAnswered.to(EventTopic.CONSENT, customer, access, "RESTRICTION").asLiftConfirmation().send();
        RightsAnswered.to(EventTopic.CONSENT, customer, access, "ACCESS").send();
        Await.until("consent-service's answer behind it has arrived", PATIENCE, () -> answered(access) == 1);
        assertEquals(List.of(), staffView(access).getList("rights.services.liftConfirmedAt").stream()
                .filter(at -> at != null).toList(), "a lift confirmation for an access request records nothing");
    }

    private static boolean isLiftingOf(ConsumerRecord<String, byte[]> record, String requestId) {
        return "no.los.dsar.restriction-lifted.v1".equals(TopicRecords.header(record, "ce_type"))
                && TopicRecords.value(record).contains(requestId);
    }

    private static String request(UUID customer, String type) {
        return given().auth().oauth2(TestTokens.customer(customer)).contentType(ContentType.JSON)
                .body(Map.of("type", type)).post("/me/requests")
                .then().statusCode(201).extract().path("id");
    }

    private static Response lift(String id) {
        return given().auth().oauth2(TestTokens.withRoles("privacy-officer")).post("/requests/" + id + "/lifting");
    }

    private static Response recipientsOf(UUID customer, String id) {
        return given().auth().oauth2(TestTokens.customer(customer)).get("/me/requests/" + id + "/recipients");
    }

    private static JsonPath staffView(String id) {
        return given().auth().oauth2(TestTokens.withRoles("privacy-officer")).get("/requests/" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    private static long answered(String id) {
        return staffView(id).getList("rights.services.status", String.class).stream().filter("ANSWERED"::equals).count();
    }

    private String customerMapDigest() {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "select digest from service_data_map where service = 'customer-service'");
                ResultSet row = statement.executeQuery()) {
            return row.next() ? row.getString(1) : "";
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
