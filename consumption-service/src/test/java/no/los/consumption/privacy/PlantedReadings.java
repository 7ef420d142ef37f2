package no.los.consumption.privacy;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;

import no.los.platform.test.TestTokens;
import no.los.platform.time.OsloCalendar;

/** Readings planted through the billing integration's API, with the values the tests then look for. */
final class PlantedReadings {

    /** One planted hour. */
    record Hour(ZonedDateTime start, BigDecimal kwh) {
    }

    private PlantedReadings() {
    }

    /**
     * Stores every hour of the Norwegian day (23, 24 or 25 of them), the h-th with {@code values[h % n]}
     * kWh, and returns what was stored.
     */
    static List<Hour> ofDay(String gsrn, LocalDate day, String... values) {
        List<Hour> hours = new ArrayList<>();
        ZonedDateTime start = day.atStartOfDay(OsloCalendar.ZONE);
        for (int h = 0; OsloCalendar.dayOf(start.toOffsetDateTime()).equals(day); h++, start = start.plusHours(1)) {
            hours.add(new Hour(start, new BigDecimal(values[h % values.length])));
        }
        given().auth().oauth2(TestTokens.withRoles("billing")).contentType(ContentType.JSON)
                .body(Map.of("readings", hours.stream()
                        .map(hour -> Map.of("start", hour.start().toOffsetDateTime().toString(), "kwh", hour.kwh()))
                        .toList()))
                .put("/metering-points/" + gsrn + "/readings").then().statusCode(200);
        return hours;
    }

    static BigDecimal sum(List<Hour> hours) {
        return hours.stream().map(Hour::kwh).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
