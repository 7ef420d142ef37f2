package no.los.consumption.rest;

import static io.restassured.RestAssured.given;
import static no.los.consumption.Deliveries.deliver;
import static no.los.consumption.Deliveries.line;
import static no.los.consumption.Deliveries.send;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import no.los.consumption.ConsumptionDatabase;
import no.los.consumption.CustomerEvents;
import no.los.consumption.Deliveries;
import no.los.platform.test.SyntheticIdentities;
import no.los.platform.test.TestTokens;

/**
 * An Elhub delivery: many metering points' days in one NDJSON upload, staged with COPY and merged
 * set-wise. Every day is whole — 23, 24 or 25 hours, 92, 96 or 100 quarters — corrections keep what
 * they replaced, and a metering point with one bad day is refused whole while the others are stored.
 */
@QuarkusTest
class ElhubDeliveryTest {

    private static final LocalDate CONTRACT_START = LocalDate.parse("2026-01-01");
    /** Summer time begins: 02:00 becomes 03:00, the day has 23 hours. */
    private static final LocalDate SHORT_DAY = LocalDate.parse("2026-03-29");
    /** Summer time ends: 02:00–03:00 comes twice, the day has 25 hours. */
    private static final LocalDate LONG_DAY = LocalDate.parse("2026-10-25");
    private static final LocalDate WINTER_DAY = LocalDate.parse("2026-11-24");

    @Test
    void theShortAndTheLongDayAreStoredInHoursAndInQuarters() {
        UUID hourlyCustomer = UUID.randomUUID();
        UUID quarterCustomer = UUID.randomUUID();
        String hourly = pointWithContract(hourlyCustomer, CONTRACT_START);
        String quarterly = pointWithContract(quarterCustomer, CONTRACT_START);

        deliver(line(hourly, SHORT_DAY, "PT60M", 23, i -> "1.000"),
                line(hourly, LONG_DAY, "PT60M", 25, i -> "1.000"),
                line(quarterly, SHORT_DAY, "PT15M", 92, ElhubDeliveryTest::rising),
                line(quarterly, LONG_DAY, "PT15M", 100, ElhubDeliveryTest::rising))
                .statusCode(200)
                .body("lines", equalTo(4))
                .body("stored.meteringPoints", equalTo(2))
                .body("stored.days", equalTo(4))
                .body("stored.values", equalTo(23 + 25 + 92 + 100))
                .body("stored.corrected", equalTo(0))
                .body("refused.meteringPoints", equalTo(0));

        assertEquals(48, hoursOf(hourly));
        assertEquals(192, ConsumptionDatabase.count("select count(*) from quarter_hour_reading where metering_point_id = ?",
                quarterly));
        assertEquals(48, hoursOf(quarterly), "the quarters are summed to the hours of both days");
        // Quarter i holds 0.100 + i/1000 kWh, so hour h is 0.400 + (16h + 6)/1000: the repeated 02:00 is two hours.
        given().auth().oauth2(TestTokens.customer(quarterCustomer))
                .queryParam("from", "2026-10-25T00:00:00+02:00").queryParam("to", "2026-10-26T00:00:00+01:00")
                .get("/me/consumption/hourly")
                .then().statusCode(200)
                .body("items", hasSize(25))
                .body("items[2].start", equalTo("2026-10-25T02:00:00+02:00"))
                .body("items[2].kwh", equalTo(0.438f))
                .body("items[3].start", equalTo("2026-10-25T02:00:00+01:00"))
                .body("items[3].kwh", equalTo(0.454f))
                .body("items[24].kwh", equalTo(0.790f));
        assertEquals("PT15M 100 14.950", day(quarterly, LONG_DAY));
        assertEquals("PT15M 92 13.386", day(quarterly, SHORT_DAY));
        assertEquals("PT60M 23 23.000", day(hourly, SHORT_DAY));
    }

    @Test
    void aCorrectionReplacesTheDayAndKeepsTheVersionItReplacedWithItsTime() {
        String gsrn = pointWithContract(UUID.randomUUID(), CONTRACT_START);
        deliver(line(gsrn, WINTER_DAY, "PT60M", 24, i -> "1.000")).statusCode(200);

        deliver(line(gsrn, WINTER_DAY, "PT60M", 24, i -> i == 5 || i == 6 ? "2.500" : "1.000"))
                .statusCode(200)
                .body("stored.values", equalTo(24))
                .body("stored.corrected", equalTo(2));

        assertEquals(1, ConsumptionDatabase.count("""
                select count(*) from reading_correction
                where metering_point_id = ? and day = '2026-11-24' and resolution = 'PT60M' and replaced_at > received_at
                  and cardinality(kwh) = 24 and kwh[6] = 1.000 and kwh[7] = 1.000
                  and starts_at[6] = '2026-11-24T05:00:00+01:00'""", gsrn), "the day as it stood, with its time");
        assertEquals("2.500", ConsumptionDatabase.text(
                "select kwh from hourly_reading where metering_point_id = ? and starts_at = '2026-11-24T05:00:00+01:00'", gsrn));
        assertEquals("PT60M 24 27.000", day(gsrn, WINTER_DAY));

        deliver(line(gsrn, WINTER_DAY, "PT60M", 24, i -> i == 5 || i == 6 ? "2.500" : "1.000"))
                .statusCode(200)
                .body("stored.corrected", equalTo(0));
        assertEquals(1, ConsumptionDatabase.count("select count(*) from reading_correction where metering_point_id = ?", gsrn),
                "a delivery repeated unchanged replaces nothing");
    }

    @Test
    void aWholeDayReplacesTheHoursASinglePointsBatchStoredOfIt() {
        String gsrn = pointWithContract(UUID.randomUUID(), CONTRACT_START);
        List<Map<String, Object>> morning = new ArrayList<>();
        for (int h = 0; h < 12; h++) {
            morning.add(Map.of("start", "2026-11-24T%02d:00:00+01:00".formatted(h), "kwh", new BigDecimal("0.500")));
        }
        given().auth().oauth2(TestTokens.withRoles("billing")).contentType(ContentType.JSON)
                .body(Map.of("readings", morning))
                .put("/metering-points/" + gsrn + "/readings").then().statusCode(200);
        assertEquals("PT60M 12 6.000", day(gsrn, WINTER_DAY));

        deliver(line(gsrn, WINTER_DAY, "PT60M", 24, i -> i == 0 ? "0.750" : "0.500"))
                .statusCode(200)
                .body("stored.corrected", equalTo(1));

        assertEquals("PT60M 24 12.250", day(gsrn, WINTER_DAY));
        assertEquals(24, hoursOf(gsrn));
        assertEquals(1, ConsumptionDatabase.count("select count(*) from reading_correction where metering_point_id = ? "
                + "and cardinality(kwh) = 12", gsrn), "the morning as it stood");
    }

    @Test
    void anUnknownMeteringPointIsReportedWhileTheOthersAreStored() {
        String known = pointWithContract(UUID.randomUUID(), CONTRACT_START);
        String unknown = SyntheticIdentities.meteringPointId();

        deliver(line(known, WINTER_DAY, "PT60M", 24, i -> "0.750"),
                line(unknown, WINTER_DAY, "PT60M", 24, i -> "0.750"),
                line(unknown, WINTER_DAY.plusDays(1), "PT60M", 24, i -> "0.750"))
                .statusCode(200)
                .body("stored.meteringPoints", equalTo(1))
                .body("stored.values", equalTo(24))
                .body("refused.meteringPoints", equalTo(1))
                .body("refused.points.meteringPointId", contains(unknown))
                .body("refused.points[0].days", equalTo(2))
                .body("refused.points[0].values", equalTo(48))
                .body("refused.points[0].firstLine", equalTo(2))
                .body("refused.points[0].field", equalTo("meteringPointId"))
                .body("refused.points[0].reason", equalTo("is not a metering point of ours"));

        assertEquals(24, hoursOf(known));
        assertEquals(0, hoursOf(unknown));
    }

    @Test
    void aMeteringPointWithOneBadDayIsRefusedWholeAndTheFirstBadLineNamed() {
        String shortDayWrong = pointWithContract(UUID.randomUUID(), CONTRACT_START);
        String beforeContract = pointWithContract(UUID.randomUUID(), LocalDate.parse("2026-11-25"));
        String negative = pointWithContract(UUID.randomUUID(), CONTRACT_START);
        String good = pointWithContract(UUID.randomUUID(), CONTRACT_START);

        deliver(line(shortDayWrong, WINTER_DAY, "PT60M", 24, i -> "1.000"),
                line(beforeContract, WINTER_DAY.plusDays(1), "PT60M", 24, i -> "1.000"),
                line(shortDayWrong, SHORT_DAY, "PT60M", 24, i -> "1.000"),
                line(beforeContract, WINTER_DAY, "PT60M", 24, i -> "1.000"),
                line(negative, WINTER_DAY, "PT60M", 24, i -> i == 3 ? "-0.100" : "1.000"),
                line(good, WINTER_DAY, "PT60M", 24, i -> "1.000"))
                .statusCode(200)
                .body("stored.meteringPoints", equalTo(1))
                .body("refused.meteringPoints", equalTo(3))
                .body("refused.points.meteringPointId", contains(shortDayWrong, beforeContract, negative))
                .body("refused.points.firstLine", contains(3, 4, 5))
                .body("refused.points.field", contains("kwh", "day", "kwh"))
                .body("refused.points[0].reason", equalTo("must hold the 23 values of the day in PT60M, not 24"))
                .body("refused.points[0].days", equalTo(2))
                .body("refused.points[1].reason", equalTo("lies outside every supply contract of the metering point"))
                .body("refused.points[2].reason", equalTo("[3] must be at least 0"));

        assertEquals(0, hoursOf(shortDayWrong), "its good day is not stored either");
        assertEquals(0, hoursOf(beforeContract), "its day inside the contract is not stored either");
        assertEquals(0, hoursOf(negative));
        assertEquals(24, hoursOf(good));
        assertEquals(0, ConsumptionDatabase.count("select count(*) from metered_day where metering_point_id in (?, ?, ?)",
                shortDayWrong, beforeContract, negative));
    }

    @Test
    void aCorrectionInAnotherResolutionIsRefused() {
        String gsrn = pointWithContract(UUID.randomUUID(), CONTRACT_START);
        deliver(line(gsrn, WINTER_DAY, "PT60M", 24, i -> "1.000")).statusCode(200);

        deliver(line(gsrn, WINTER_DAY, "PT15M", 96, i -> "0.500"))
                .statusCode(200)
                .body("refused.points[0].field", equalTo("resolution"))
                .body("refused.points[0].reason", containsString("PT60M the day is stored in"));

        assertEquals("PT60M 24 24.000", day(gsrn, WINTER_DAY));
        assertEquals(0, ConsumptionDatabase.count("select count(*) from quarter_hour_reading where metering_point_id = ?", gsrn));
    }

    @Test
    void anUnreadableDeliveryIsABadRequestAndStoresNothing() {
        String gsrn = pointWithContract(UUID.randomUUID(), CONTRACT_START);

        send(line(gsrn, WINTER_DAY, "PT60M", 24, i -> "1.000") + "\nnot json\n")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("body"))
                .body("errors[0].message", containsString("line 2"));
        send(line(gsrn, WINTER_DAY, "PT60M", 24, i -> "1.000") + "\n{\"day\":\"2026-11-25\"}\n")
                .then().statusCode(400)
                .body("errors.field", contains("meteringPointId"))
                .body("errors[0].message", equalTo("line 2: is required, 18 digits"));
        send("").then().statusCode(400).body("errors[0].message", equalTo("holds no metering point day"));

        assertEquals(0, hoursOf(gsrn));
    }

    @Test
    void aMonthWithoutItsPartitionGetsOneBeforeItsReadingsAreStored() {
        String gsrn = pointWithContract(UUID.randomUUID(), LocalDate.parse("2024-01-01"));

        deliver(line(gsrn, LocalDate.parse("2024-02-10"), "PT60M", 24, i -> "1.000")).statusCode(200);

        assertEquals(24, ConsumptionDatabase.count("select count(*) from hourly_reading_2024_02 where metering_point_id = ?",
                gsrn));
        assertEquals(1, ConsumptionDatabase.count("select count(*) from pg_class where relname = 'quarter_hour_reading_2024_02'"));
    }

    @Test
    void onlyTheBillingIntegrationDeliversReadings() {
        String gsrn = pointWithContract(UUID.randomUUID(), CONTRACT_START);
        for (String token : List.of(TestTokens.customer(UUID.randomUUID()), TestTokens.withRoles("agent"),
                TestTokens.withRoles("marketing"))) {
            given().auth().oauth2(token).contentType(Deliveries.NDJSON)
                    .body(line(gsrn, WINTER_DAY, "PT60M", 24, i -> "1.000").getBytes(StandardCharsets.UTF_8))
                    .post("/readings/deliveries")
                    .then().statusCode(403);
        }
        assertEquals(0, hoursOf(gsrn));
    }

    /** Quarter {@code i} of a day: 0.100 kWh and {@code i} Wh. */
    private static String rising(int i) {
        return new BigDecimal("0.100").add(BigDecimal.valueOf(i, 3)).toPlainString();
    }

    private static String pointWithContract(UUID customer, LocalDate startsOn) {
        String gsrn = CustomerEvents.meteringPointAdded(customer);
        CustomerEvents.contractStarted(customer, gsrn, startsOn);
        return gsrn;
    }

    private static long hoursOf(String gsrn) {
        return ConsumptionDatabase.count("select count(*) from hourly_reading where metering_point_id = ?", gsrn);
    }

    /** The metered day as "resolution intervals kWh". */
    private static String day(String gsrn, LocalDate day) {
        return ConsumptionDatabase.text("select resolution || ' ' || intervals || ' ' || kwh from metered_day "
                + "where metering_point_id = ? and day = ?", gsrn, day);
    }
}
