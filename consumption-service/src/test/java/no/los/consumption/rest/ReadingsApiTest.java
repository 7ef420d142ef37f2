package no.los.consumption.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import no.los.consumption.ConsumptionDatabase;
import no.los.consumption.CustomerEvents;
import no.los.consumption.Deliveries;
import no.los.platform.events.EventTopic;
import no.los.platform.test.EventSchemas;
import no.los.platform.test.SyntheticIdentities;
import no.los.platform.test.TestTokens;
import no.los.platform.test.TopicRecords;

/**
 * Readings are accepted only for metering points customer-service announced, only for the hours a
 * supply contract of ours covers, and read back per owner.
 */
@QuarkusTest
class ReadingsApiTest {

    private static final String BILLING = TestTokens.withRoles("billing");
    private static final OffsetDateTime MIDNIGHT = OffsetDateTime.parse("2026-11-24T00:00:00+01:00");
    private static final LocalDate CONTRACT_START = LocalDate.parse("2026-01-01");

    @Test
    void readingsForAnAnnouncedMeteringPointAreStoredAndCorrectionsReplaceThem() {
        UUID customer = UUID.randomUUID();
        String gsrn = announceMeteringPoint(customer);

        receive(gsrn, day(MIDNIGHT, "1.000")).then().statusCode(200).body("hours", equalTo(24));
        receive(gsrn, List.of(hour(MIDNIGHT.plusHours(5), "2.345"))).then().statusCode(200);
        assertEquals(1, ConsumptionDatabase.count("select count(*) from reading_correction where metering_point_id = ? "
                + "and cardinality(kwh) = 24 and kwh[6] = 1.000", gsrn), "the day as it stood before the correction");

        List<ConsumerRecord<String, byte[]>> announced = TopicRecords.readUntil(EventTopic.CONSUMPTION.topicName(),
                Duration.ofSeconds(20), read -> read.stream().filter(r -> customer.toString().equals(r.key())).count() == 2);
        List<ConsumerRecord<String, byte[]>> mine = announced.stream()
                .filter(r -> customer.toString().equals(r.key())).toList();
        assertEquals(2, mine.size());
        mine.forEach(EventSchemas::assertConforms);
        assertEquals(24, JsonPath.from(TopicRecords.value(mine.get(0))).getInt("hours"));

        given().auth().oauth2(TestTokens.customer(customer))
                .queryParam("from", MIDNIGHT.toString()).queryParam("to", MIDNIGHT.plusDays(1).toString())
                .get("/me/consumption/hourly")
                .then().statusCode(200)
                .body("items", hasSize(24))
                .body("items[5].kwh", equalTo(2.345f))
                .body("items[0].start", equalTo("2026-11-24T00:00:00+01:00"));
    }

    @Test
    void aQuarterOfReadingsIsBulkIntakeBeyondTheLimitOfAnOrdinaryJsonBody() throws Exception {
        String gsrn = announceMeteringPoint(UUID.randomUUID());
        List<Map<String, Object>> quarter = new ArrayList<>();
        for (int day = 0; day < 92; day++) {
            quarter.addAll(day(MIDNIGHT.minusDays(100).plusDays(day), "1.250"));
        }
        String body = new ObjectMapper().writeValueAsString(Map.of("readings", quarter));
        assertTrue(body.length() > 64 * 1024, "larger than an ordinary JSON operation takes: " + body.length());
        given().auth().oauth2(BILLING).contentType(ContentType.JSON).body(body)
                .put("/metering-points/" + gsrn + "/readings")
                .then().statusCode(200).body("hours", equalTo(92 * 24));
    }

    @Test
    void aCustomerSeesOnlyItsOwnConsumption() {
        String mine = announceMeteringPoint(UUID.randomUUID());
        receive(mine, day(MIDNIGHT, "0.500")).then().statusCode(200);
        given().auth().oauth2(TestTokens.customer(UUID.randomUUID()))
                .queryParam("from", MIDNIGHT.toString()).queryParam("to", MIDNIGHT.plusDays(1).toString())
                .get("/me/consumption/hourly")
                .then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void readingsForAnUnknownMeteringPointAreRefused() {
        receive(SyntheticIdentities.meteringPointId(), day(MIDNIGHT, "1.000"))
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Metering point not found"));
    }

    @Test
    void aForeignOrMalformedMeteringPointIsABadRequest() {
        receive("735999100000000000", day(MIDNIGHT, "1.000"))
                .then().statusCode(400)
                .body("errors.field", contains("meteringPointId"));
    }

    @Test
    void invalidReadingsAreNamedAndNothingOfTheBatchIsStored() {
        UUID customer = UUID.randomUUID();
        String gsrn = announceMeteringPoint(customer);
        List<Map<String, Object>> batch = new ArrayList<>(day(MIDNIGHT, "1.000"));
        batch.set(3, Map.of("start", MIDNIGHT.plusHours(3).toString(), "kwh", -1));
        batch.set(7, Map.of("start", MIDNIGHT.plusHours(7).toString(), "kwh", 1.2345));
        receive(gsrn, batch)
                .then().statusCode(400)
                .body("errors.field", contains("readings[3].kwh", "readings[7].kwh"));

        List<Map<String, Object>> halfPast = List.of(hour(MIDNIGHT.plusMinutes(30), "1.000"));
        receive(gsrn, halfPast).then().statusCode(400).body("errors[0].field", equalTo("readings[0].start"));

        given().auth().oauth2(TestTokens.withRoles("agent"))
                .queryParam("from", MIDNIGHT.toString()).queryParam("to", MIDNIGHT.plusDays(1).toString())
                .get("/metering-points/" + gsrn + "/readings")
                .then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void aReadingFromAnImplausibleYearIsRefusedByField() {
        String gsrn = announceMeteringPoint(UUID.randomUUID());
        receive(gsrn, List.of(hour(OffsetDateTime.parse("+20260-01-01T00:00:00Z"), "1.000")))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("readings[0].start"));
    }

    @Test
    void aCustomersHoursAreHandedOutAPageAtATimeWithNoneRepeatedOrLeftOut() {
        UUID customer = UUID.randomUUID();
        receive(announceMeteringPoint(customer), day(MIDNIGHT, "1.000")).then().statusCode(200);

        List<String> starts = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            var request = given().auth().oauth2(TestTokens.customer(customer)).queryParam("limit", 10)
                    .queryParam("from", MIDNIGHT.toString()).queryParam("to", MIDNIGHT.plusDays(1).toString());
            JsonPath page = (after == null ? request : request.queryParam("after", after)).get("/me/consumption/hourly")
                    .then().statusCode(200).extract().jsonPath();
            starts.addAll(page.getList("items.start", String.class));
            after = page.getString("next");
            pages++;
        } while (after != null);

        assertEquals(3, pages, "24 hours in pages of 10");
        assertEquals(24, starts.size());
        assertEquals(24, Set.copyOf(starts).size(), "no hour twice");
        assertEquals("2026-11-24T23:00:00+01:00", starts.get(23));
    }

    @Test
    void aCursorThatIsNoPagesNextIsAProblemNamingAfter() {
        for (String after : new String[] { "nonsense", "707057500042745649/yesterday", "12345/2026-11-24T00:00:00Z" }) {
            given().auth().oauth2(TestTokens.customer(UUID.randomUUID())).queryParam("after", after)
                    .queryParam("from", MIDNIGHT.toString()).queryParam("to", MIDNIGHT.plusDays(1).toString())
                    .get("/me/consumption/hourly")
                    .then().statusCode(400).body("errors[0].field", equalTo("after"));
        }
    }

    @Test
    void aPeriodMustBeReadableAndNotTooWide() {
        String token = TestTokens.customer(UUID.randomUUID());
        given().auth().oauth2(token).queryParam("from", "yesterday").queryParam("to", MIDNIGHT.toString())
                .get("/me/consumption/hourly")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(token).queryParam("from", MIDNIGHT.toString())
                .queryParam("to", MIDNIGHT.plusDays(400).toString())
                .get("/me/consumption/hourly")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
    }

    /** customer-service announces a metering point and a contract for it from the start of 2026. */
    private static String announceMeteringPoint(UUID customer) {
        String gsrn = CustomerEvents.meteringPointAdded(customer);
        CustomerEvents.contractStarted(customer, gsrn, CONTRACT_START);
        return gsrn;
    }

    @Test
    void readingsForAMeteringPointWithoutAContractAreRefusedAndNothingIsStored() {
        String gsrn = CustomerEvents.meteringPointAdded(UUID.randomUUID());
        receive(gsrn, day(MIDNIGHT, "1.000"))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("readings[0].start"));
        assertEquals(0, storedReadings(gsrn));
    }

    @Test
    void readingsOutsideEveryContractPeriodAreRefusedWholeAndThoseInsideAccepted() {
        UUID customer = UUID.randomUUID();
        String gsrn = CustomerEvents.meteringPointAdded(customer);
        UUID contract = CustomerEvents.contractStarted(customer, gsrn, LocalDate.parse("2026-11-24"));
        CustomerEvents.contractTerminated(customer, contract, gsrn, LocalDate.parse("2026-11-24"));

        List<Map<String, Object>> twoDays = new ArrayList<>(day(MIDNIGHT, "1.000"));
        twoDays.addAll(day(MIDNIGHT.plusDays(1), "1.000"));
        receive(gsrn, twoDays)
                .then().statusCode(400)
                .body("errors.field", contains("readings[24].start"))
                .body("errors[0].message", containsString("outside every supply contract"));
        receive(gsrn, day(MIDNIGHT.minusDays(1), "1.000"))
                .then().statusCode(400).body("errors.field", contains("readings[0].start"));
        List<Map<String, Object>> insideThenOutside = new ArrayList<>(day(MIDNIGHT, "1.000"));
        insideThenOutside.add(3, hour(MIDNIGHT.plusDays(2), "1.000"));
        receive(gsrn, insideThenOutside)
                .then().statusCode(400).body("errors.field", contains("readings[3].start"));
        assertEquals(0, storedReadings(gsrn), "a refused batch stores nothing");

        receive(gsrn, day(MIDNIGHT, "1.000")).then().statusCode(200).body("hours", equalTo(24));
        assertEquals(24, storedReadings(gsrn));
    }

    @Test
    void readingsUnderACancelledContractAreRefusedAndNothingIsStored() {
        UUID customer = UUID.randomUUID();
        String gsrn = CustomerEvents.meteringPointAdded(customer);
        UUID contract = CustomerEvents.contractStarted(customer, gsrn, MIDNIGHT.toLocalDate());
        CustomerEvents.contractCancelled(customer, contract, gsrn, MIDNIGHT.toLocalDate().minusDays(1));

        receive(gsrn, day(MIDNIGHT, "1.000"))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("readings[0].start"))
                .body("errors[0].message", containsString("outside every supply contract"));
        assertEquals(0, storedReadings(gsrn));
    }

    @Test
    void hoursOfADayStoredPerQuarterHourAreRefusedAndNothingIsStored() {
        String gsrn = announceMeteringPoint(UUID.randomUUID());
        Deliveries.deliver(Deliveries.line(gsrn, LocalDate.parse("2026-11-24"), "PT15M", 96, i -> "0.250")).statusCode(200);

        receive(gsrn, List.of(hour(MIDNIGHT.minusHours(1), "9.999"), hour(MIDNIGHT.plusHours(2), "9.999")))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("readings[1].start"))
                .body("errors[0].message", containsString("stored per quarter hour"));
        assertEquals(24, storedReadings(gsrn), "the hours summed from the quarters, nothing of the batch");
        assertEquals("1.000", ConsumptionDatabase.text(
                "select kwh from hourly_reading where metering_point_id = ? and starts_at = ?", gsrn, MIDNIGHT.plusHours(2)));
    }

    @Test
    void marketingCannotReadConsumption() {
        String gsrn = announceMeteringPoint(UUID.randomUUID());
        given().auth().oauth2(TestTokens.withRoles("marketing"))
                .queryParam("from", MIDNIGHT.toString()).queryParam("to", MIDNIGHT.plusDays(1).toString())
                .get("/metering-points/" + gsrn + "/readings")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.withRoles("marketing"))
                .queryParam("from", MIDNIGHT.toString()).queryParam("to", MIDNIGHT.plusDays(1).toString())
                .get("/me/consumption/hourly")
                .then().statusCode(403).contentType("application/problem+json");
    }

    private static long storedReadings(String gsrn) {
        return ConsumptionDatabase.count("select count(*) from hourly_reading where metering_point_id = ?", gsrn);
    }

    private static Response receive(String gsrn, List<Map<String, Object>> readings) {
        return given().auth().oauth2(BILLING).contentType(ContentType.JSON).body(Map.of("readings", readings))
                .put("/metering-points/" + gsrn + "/readings");
    }

    private static List<Map<String, Object>> day(OffsetDateTime start, String kwh) {
        List<Map<String, Object>> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            hours.add(hour(start.plusHours(h), kwh));
        }
        return hours;
    }

    private static Map<String, Object> hour(OffsetDateTime start, String kwh) {
        return Map.of("start", start.toString(), "kwh", new BigDecimal(kwh));
    }
}
