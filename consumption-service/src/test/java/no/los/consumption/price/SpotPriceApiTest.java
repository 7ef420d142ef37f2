package no.los.consumption.price;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import no.los.platform.test.TestTokens;

/**
 * Day-ahead prices per price area: hourly, or per quarter hour from 1 October 2025, negative ones
 * included, received a whole day at a time; an hour priced in quarters is the exact mean of its four.
 */
@QuarkusTest
class SpotPriceApiTest {

    private static final String BILLING = TestTokens.withRoles("billing");

    @Test
    void anHourlyDayIsStoredAndReadBackNegativePricesIncluded() {
        receive("NO1", "2026-11-24", "PT60M", 24, i -> i == 3 ? "-0.01234" : "0.5" + i)
                .statusCode(200)
                .body("prices", equalTo(24));

        given().auth().oauth2(TestTokens.customer(UUID.randomUUID()))
                .queryParam("from", "2026-11-24T00:00:00+01:00").queryParam("to", "2026-11-25T00:00:00+01:00")
                .get("/prices/NO1")
                .then().statusCode(200)
                .body("resolution", equalTo("PT60M"))
                .body("prices", hasSize(24))
                .body("prices[3].start", equalTo("2026-11-24T03:00:00+01:00"))
                .body("prices[3].nokPerKwh", equalTo(-0.01234f))
                .body("prices[3].from", equalTo("PT60M"));
    }

    @Test
    void anHourPricedInQuartersIsTheExactMeanOfItsFour() {
        // The first quarter of an hour costs 0.10001 + h/1000 NOK, the other three 0.10000 + h/1000: the mean has
        // seven decimals, 0.1000025 + h/1000, and is shown so, not rounded.
        receive("NO2", "2026-11-24", "PT15M", 96, i -> new BigDecimal(i % 4 == 0 ? "0.10001" : "0.10000")
                .add(BigDecimal.valueOf(i / 4, 3)).toPlainString())
                .statusCode(200)
                .body("prices", equalTo(96));

        given().auth().oauth2(TestTokens.withRoles("agent"))
                .queryParam("from", "2026-11-24T00:00:00+01:00").queryParam("to", "2026-11-25T00:00:00+01:00")
                .get("/prices/NO2")
                .then().statusCode(200)
                .body("prices", hasSize(24))
                .body("prices[0].nokPerKwh", equalTo(0.1000025f))
                .body("prices[23].nokPerKwh", equalTo(0.1230025f))
                .body("prices[0].from", equalTo("PT15M"));
        given().auth().oauth2(TestTokens.withRoles("agent"))
                .queryParam("from", "2026-11-24T00:00:00+01:00").queryParam("to", "2026-11-24T01:00:00+01:00")
                .queryParam("resolution", "PT15M")
                .get("/prices/NO2")
                .then().statusCode(200)
                .body("prices.start", contains("2026-11-24T00:00:00+01:00", "2026-11-24T00:15:00+01:00",
                        "2026-11-24T00:30:00+01:00", "2026-11-24T00:45:00+01:00"));
    }

    @Test
    void theLongDayOf2025HasOneHundredQuartersAndTwentyFiveHours() {
        receive("NO3", "2025-10-26", "PT15M", 100, i -> "0.25000").statusCode(200).body("prices", equalTo(100));

        given().auth().oauth2(BILLING)
                .queryParam("from", "2025-10-26T00:00:00+02:00").queryParam("to", "2025-10-27T00:00:00+01:00")
                .get("/prices/NO3")
                .then().statusCode(200)
                .body("prices", hasSize(25))
                .body("prices[2].start", equalTo("2025-10-26T02:00:00+02:00"))
                .body("prices[3].start", equalTo("2025-10-26T02:00:00+01:00"));
    }

    @Test
    void aDayReceivedAgainReplacesTheOneBefore() {
        receive("NO4", "2026-11-24", "PT60M", 24, i -> "1.00000").statusCode(200);
        receive("NO4", "2026-11-24", "PT60M", 24, i -> "2.00000").statusCode(200);

        given().auth().oauth2(BILLING)
                .queryParam("from", "2026-11-24T00:00:00+01:00").queryParam("to", "2026-11-25T00:00:00+01:00")
                .get("/prices/NO4")
                .then().statusCode(200)
                .body("prices", hasSize(24))
                .body("prices.nokPerKwh.unique()", contains(2.0f));
    }

    @Test
    void aDayThatBreaksARuleIsABadRequestNamingWhatFailed() {
        receive("NO5", "2025-09-30", "PT15M", 96, i -> "0.1").statusCode(400)
                .body("errors.field", contains("resolution"))
                .body("errors[0].message", equalTo("quarter-hour day-ahead prices exist from 2025-10-01"));
        receive("NO5", "2026-03-29", "PT60M", 24, i -> "0.1").statusCode(400)
                .body("errors.field", contains("nokPerKwh"))
                .body("errors[0].message", equalTo("must hold the 23 prices of the day in PT60M"));
        receive("NO5", "2026-11-24", "PT60M", 24, i -> i == 7 ? "0.123456" : "0.1").statusCode(400)
                .body("errors.field", contains("nokPerKwh[7]"));
        receive("NO6", "2026-11-24", "PT60M", 24, i -> "0.1").statusCode(400).body("errors.field", contains("priceArea"));
        receive("NO5", "24.11.2026", "PT60M", 24, i -> "0.1").statusCode(400).body("errors.field", contains("day"));

        given().auth().oauth2(BILLING)
                .queryParam("from", "2026-11-24T00:00:00+01:00").queryParam("to", "2026-11-25T00:00:00+01:00")
                .get("/prices/NO5")
                .then().statusCode(200).body("prices", hasSize(0));
    }

    @Test
    void onlyTheBillingIntegrationDeliversPricesAndMarketingReadsNone() {
        given().auth().oauth2(TestTokens.customer(UUID.randomUUID())).contentType(ContentType.JSON)
                .body(body("PT60M", 24, i -> "0.1"))
                .put("/prices/NO1/2026-11-30")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.withRoles("marketing"))
                .queryParam("from", "2026-11-24T00:00:00+01:00").queryParam("to", "2026-11-25T00:00:00+01:00")
                .get("/prices/NO1")
                .then().statusCode(403);
    }

    private static ValidatableResponse receive(String area, String day, String resolution, int count,
            IntFunction<String> price) {
        return given().auth().oauth2(BILLING).contentType(ContentType.JSON).body(body(resolution, count, price))
                .put("/prices/" + area + "/" + day).then();
    }

    private static Map<String, Object> body(String resolution, int count, IntFunction<String> price) {
        List<BigDecimal> prices = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            prices.add(new BigDecimal(price.apply(i)));
        }
        return Map.of("resolution", resolution, "nokPerKwh", prices);
    }
}
