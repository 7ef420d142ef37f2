package no.los.consumption.insight;

import static io.restassured.RestAssured.given;
import static no.los.consumption.Deliveries.deliver;
import static no.los.consumption.Deliveries.line;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import no.los.consumption.CustomerEvents;
import no.los.platform.test.TestTokens;

/**
 * Min side drills down through the customer's own consumption: a year's months and a month's days from
 * the days as metered, a day's hours as measured or summed from quarters, in Norwegian calendar periods,
 * each beside the period before and the same period a year earlier.
 */
@QuarkusTest
class ConsumptionByPeriodTest {

    @Test
    void aYearsMonthsAMonthsDaysAndADaysHours() {
        UUID customer = UUID.randomUUID();
        String gsrn = CustomerEvents.meteringPointAdded(customer);
        CustomerEvents.contractStarted(customer, gsrn, LocalDate.parse("2026-01-01"));
        deliver(line(gsrn, LocalDate.parse("2026-10-25"), "PT60M", 25, i -> "1.000"),
                line(gsrn, LocalDate.parse("2026-11-24"), "PT15M", 96, i -> "0.250"),
                line(gsrn, LocalDate.parse("2026-11-25"), "PT60M", 24, i -> "0.500")).statusCode(200);

        periods(customer, "YEAR", "2026").statusCode(200)
                .body("kwh", equalTo(61.0f))
                .body("parts.start", contains("2026-10-01T00:00:00+02:00", "2026-11-01T00:00:00+01:00"))
                .body("parts.kwh", contains(25.0f, 36.0f));
        periods(customer, "MONTH", "2026-11").statusCode(200)
                .body("kwh", equalTo(36.0f))
                .body("parts.start", contains("2026-11-24T00:00:00+01:00", "2026-11-25T00:00:00+01:00"))
                .body("parts.kwh", contains(24.0f, 12.0f));
        periods(customer, "DAY", "2026-10-25").statusCode(200)
                .body("kwh", equalTo(25.0f))
                .body("parts", hasSize(25))
                .body("parts[2].start", equalTo("2026-10-25T02:00:00+02:00"))
                .body("parts[3].start", equalTo("2026-10-25T02:00:00+01:00"));
        periods(customer, "DAY", "2026-11-24").statusCode(200)
                .body("parts", hasSize(24))
                .body("parts[5].kwh", equalTo(1.0f));
    }

    @Test
    void aPeriodStandsBesideThePeriodBeforeAndTheSamePeriodAYearEarlier() {
        UUID customer = UUID.randomUUID();
        String gsrn = CustomerEvents.meteringPointAdded(customer);
        CustomerEvents.contractStarted(customer, gsrn, LocalDate.parse("2025-01-01"));
        deliver(line(gsrn, LocalDate.parse("2025-11-24"), "PT60M", 24, i -> "2.000"),
                line(gsrn, LocalDate.parse("2026-10-31"), "PT60M", 24, i -> "0.250"),
                line(gsrn, LocalDate.parse("2026-11-24"), "PT60M", 24, i -> "1.000")).statusCode(200);

        periods(customer, "MONTH", "2026-11").statusCode(200)
                .body("kwh", equalTo(24.0f))
                .body("previousKwh", equalTo(6.0f))
                .body("lastYearKwh", equalTo(48.0f));
        periods(customer, "DAY", "2026-11-24").statusCode(200)
                .body("previousKwh", nullValue())
                .body("lastYearKwh", equalTo(48.0f));
        periods(customer, "YEAR", "2026").statusCode(200)
                .body("kwh", equalTo(30.0f))
                .body("previousKwh", equalTo(48.0f))
                .body("lastYearKwh", equalTo(48.0f));
    }

    @Test
    void nobodyElsesConsumptionIsInMyPeriods() {
        periods(UUID.randomUUID(), "YEAR", "2026").statusCode(200)
                .body("kwh", equalTo(0))
                .body("parts", hasSize(0));
    }

    @Test
    void aPeriodOrDayThatIsNotOneIsABadRequestNamingIt() {
        UUID customer = UUID.randomUUID();
        periods(customer, "WEEK", "2026-48").statusCode(400).body("errors.field", contains("period"));
        periods(customer, "MONTH", "2026-13").statusCode(400).body("errors.field", contains("at"));
        periods(customer, "DAY", "2026-11").statusCode(400).body("errors.field", contains("at"));
        periods(customer, "YEAR", "1999").statusCode(400).body("errors.field", contains("at"));
    }

    @Test
    void marketingReadsNoConsumption() {
        given().auth().oauth2(TestTokens.withRoles("marketing")).queryParam("period", "YEAR").queryParam("at", "2026")
                .get("/me/consumption/periods")
                .then().statusCode(403);
    }

    private static ValidatableResponse periods(UUID customer, String period, String at) {
        return given().auth().oauth2(TestTokens.customer(customer)).queryParam("period", period).queryParam("at", at)
                .get("/me/consumption/periods").then();
    }
}
