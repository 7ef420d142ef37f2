package no.los.consent.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import no.los.consent.ConsentDatabase;
import no.los.consent.Purpose;
import no.los.platform.events.EventTopic;
import no.los.platform.test.EventSchemas;
import no.los.platform.test.TestTokens;
import no.los.platform.test.TopicRecords;

@QuarkusTest
class ConsentApiTest {

    private static final Map<String, String> ON_MIN_SIDE = Map.of("channel", "MIN_SIDE", "noticeVersion", "2024-01",
            "evidence", "Checkbox on Min side");

    @Test
    void aCustomerGivesAndWithdrawsConsentAndTheLedgerShowsBoth() {
        UUID customer = UUID.randomUUID();
        String token = TestTokens.customer(customer);

        given().auth().oauth2(token).contentType(ContentType.JSON).body(ON_MIN_SIDE)
                .put("/me/consents/NEWSLETTER_EMAIL")
                .then().statusCode(200)
                .body("given", equalTo(true))
                .body("noticeVersion", equalTo("2024-01"));
        given().auth().oauth2(token).delete("/me/consents/NEWSLETTER_EMAIL")
                .then().statusCode(200)
                .body("given", equalTo(false));

        given().auth().oauth2(TestTokens.withRoles("agent")).get("/customers/" + customer + "/consents")
                .then().statusCode(200)
                .body("history.items.action", contains("GIVEN", "WITHDRAWN"))
                .body("history.items.channel", contains("MIN_SIDE", "MIN_SIDE"))
                .body("current.find { it.purpose == 'NEWSLETTER_EMAIL' }.given", equalTo(false));
    }

    @Test
    void aCustomerSeesItsOwnLedgerWithChannelsNoticeVersionsAndEvidence() {
        UUID customer = UUID.randomUUID();
        String token = TestTokens.customer(customer);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(ON_MIN_SIDE)
                .put("/me/consents/MARKETING_SMS").then().statusCode(200);
        given().auth().oauth2(token).delete("/me/consents/MARKETING_SMS?channel=SMS").then().statusCode(200);
        given().auth().oauth2(TestTokens.customer(UUID.randomUUID())).contentType(ContentType.JSON).body(ON_MIN_SIDE)
                .put("/me/consents/MARKETING_SMS").then().statusCode(200);

        given().auth().oauth2(token).get("/me/consents/history")
                .then().statusCode(200)
                .body("customerId", equalTo(customer.toString()))
                .body("history.items.action", contains("GIVEN", "WITHDRAWN"))
                .body("history.items.channel", contains("MIN_SIDE", "SMS"))
                .body("history.items[0].noticeVersion", equalTo("2024-01"))
                .body("history.items[0].evidence", equalTo("Checkbox on Min side"))
                .body("history.items[1].evidence", equalTo("Withdrawn by the customer in SMS"));
    }

    @Test
    void theLedgerIsHandedOutAPageAtATimeWhileTheCurrentStatesComeWhole() {
        UUID customer = UUID.randomUUID();
        String token = TestTokens.customer(customer);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(ON_MIN_SIDE)
                .put("/me/consents/MARKETING_SMS").then().statusCode(200);
        given().auth().oauth2(token).delete("/me/consents/MARKETING_SMS?channel=SMS").then().statusCode(200);

        String next = given().auth().oauth2(token).queryParam("limit", 1).get("/me/consents/history")
                .then().statusCode(200)
                .body("current", hasSize(Purpose.COUNT))
                .body("history.items.action", contains("GIVEN"))
                .extract().path("history.next");
        given().auth().oauth2(token).queryParam("limit", 1).queryParam("after", next).get("/me/consents/history")
                .then().statusCode(200)
                .body("history.items.action", contains("WITHDRAWN"))
                .body("history.next", nullValue());
        given().auth().oauth2(token).queryParam("after", UUID.randomUUID().toString()).get("/me/consents/history")
                .then().statusCode(400)
                .body("errors.field", contains("after"));
    }

    @Test
    void givingAndWithdrawingAreAnnouncedInOrder() {
        UUID customer = UUID.randomUUID();
        String token = TestTokens.customer(customer);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(ON_MIN_SIDE)
                .put("/me/consents/VISUALISATION_APP").then().statusCode(200);
        given().auth().oauth2(token).delete("/me/consents/VISUALISATION_APP?channel=APP").then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> records = TopicRecords.readUntil(EventTopic.CONSENT.topicName(),
                Duration.ofSeconds(20), read -> ofCustomer(read, customer).size() >= 2);
        List<ConsumerRecord<String, byte[]>> mine = ofCustomer(records, customer);
        assertEquals(List.of("no.los.consent.given.v1", "no.los.consent.withdrawn.v1"),
                mine.stream().map(r -> TopicRecords.header(r, "ce_type")).toList());
        assertEquals("APP", JsonPath.from(TopicRecords.value(mine.get(1))).getString("channel"));
        mine.forEach(EventSchemas::assertConforms);
    }

    @Test
    void givingTheSameConsentTwiceRecordsItOnce() {
        UUID customer = UUID.randomUUID();
        String token = TestTokens.customer(customer);
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(ON_MIN_SIDE)
                    .put("/me/consents/SURVEYS").then().statusCode(200);
        }
        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).get("/customers/" + customer + "/consents")
                .then().body("history.items", hasSize(1));
    }

    @Test
    void anAgentRecordsAWithdrawalReceivedByEmail() {
        UUID customer = ConsentDatabase.knownCustomer();
        given().auth().oauth2(TestTokens.customer(customer)).contentType(ContentType.JSON).body(ON_MIN_SIDE)
                .put("/me/consents/MARKETING_SMS").then().statusCode(200);
        given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("channel", "EMAIL", "evidence", "E-mail to personvern@los.no"))
                .post("/customers/" + customer + "/consents/MARKETING_SMS/withdrawal")
                .then().statusCode(200)
                .body("given", equalTo(false))
                .body("channel", equalTo("EMAIL"));
    }

    @Test
    void anUnknownChannelIsAProblemNamingTheChannel() {
        given().auth().oauth2(TestTokens.customer(UUID.randomUUID())).delete("/me/consents/SURVEYS?channel=FAX")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("channel"));
    }

    @Test
    void anUnknownPurposeIsAProblemNamingThePurpose() {
        given().auth().oauth2(TestTokens.customer(UUID.randomUUID())).contentType(ContentType.JSON).body(ON_MIN_SIDE)
                .put("/me/consents/EVERYTHING")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("purpose"));
    }

    @Test
    void aMissingNoticeVersionIsAProblemAndNothingIsRecorded() {
        UUID customer = ConsentDatabase.knownCustomer();
        given().auth().oauth2(TestTokens.customer(customer)).contentType(ContentType.JSON)
                .body(Map.of("channel", "MIN_SIDE", "evidence", "Checkbox"))
                .put("/me/consents/NEWSLETTER_EMAIL")
                .then().statusCode(400)
                .body("errors.field", contains("noticeVersion"));
        given().auth().oauth2(TestTokens.withRoles("agent")).get("/customers/" + customer + "/consents")
                .then().body("history.items", hasSize(0));
    }

    @Test
    void aCustomerSeesOnlyItsOwnConsents() {
        UUID one = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        given().auth().oauth2(TestTokens.customer(one)).contentType(ContentType.JSON).body(ON_MIN_SIDE)
                .put("/me/consents/PRICE_ALERTS").then().statusCode(200);
        given().auth().oauth2(TestTokens.customer(other)).get("/me/consents")
                .then().statusCode(200)
                .body("find { it.purpose == 'PRICE_ALERTS' }.given", equalTo(false));
    }

    private static List<ConsumerRecord<String, byte[]>> ofCustomer(List<ConsumerRecord<String, byte[]>> records,
            UUID customer) {
        return records.stream().filter(r -> customer.toString().equals(r.key())).toList();
    }
}
