package no.los.consumption;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import no.los.platform.test.TestTokens;

/** Elhub deliveries as the billing integration sends them: NDJSON, one metering point's day per line. */
public final class Deliveries {

    public static final String NDJSON = "application/x-ndjson";
    private static final String BILLING = TestTokens.withRoles("billing");

    private Deliveries() {
    }

    /** One line: the point's day in the resolution, value {@code i} from {@code kwh}. */
    public static String line(String gsrn, LocalDate day, String resolution, int values, IntFunction<String> kwh) {
        List<String> figures = new ArrayList<>();
        for (int i = 0; i < values; i++) {
            figures.add(kwh.apply(i));
        }
        return "{\"meteringPointId\":\"%s\",\"day\":\"%s\",\"resolution\":\"%s\",\"kwh\":[%s]}"
                .formatted(gsrn, day, resolution, String.join(",", figures));
    }

    /** Sends the lines as the billing integration and returns the receipt to check. */
    public static ValidatableResponse deliver(String... lines) {
        return send(String.join("\n", lines) + "\n").then();
    }

    /** Sends any body as the billing integration. */
    public static Response send(String body) {
        return given().auth().oauth2(BILLING).contentType(NDJSON).body(body.getBytes(StandardCharsets.UTF_8))
                .post("/readings/deliveries");
    }
}
