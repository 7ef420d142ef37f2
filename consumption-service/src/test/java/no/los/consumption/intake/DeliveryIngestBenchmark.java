package no.los.consumption.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

import no.los.platform.identifiers.MeteringPointId;
import no.los.platform.test.TestTokens;
import no.los.platform.time.OsloCalendar;

/**
 * A daily Elhub delivery — {@code benchmark.points} metering points × 24 hours, 4.8 million values
 * by default — through {@code POST /readings/deliveries}, side by side in one run with a raw
 * {@code COPY} of the same rows into a table of the same shape as {@code hourly_reading} (the same
 * columns, primary key, customer index and monthly partition) on the same server. Rounds alternate:
 * COPY of a new day, the delivery of that new day, then the delivery that corrects every value of
 * it. Figures are printed and appended to {@code target/benchmark-delivery-ingest.txt}; nothing is
 * asserted about time. Run with {@code mvn -B -pl consumption-service test -Pbenchmark}.
 */
@QuarkusTest
class DeliveryIngestBenchmark {

    private static final String PREFIX = "7070575000";

    @Inject
    AgroalDataSource database;

    private final int points = Integer.getInteger("benchmark.points", 200_000);
    private final int rounds = Integer.getInteger("benchmark.rounds", 3);

    @Test
    void aDailyDeliveryAgainstARawCopyOfTheSameRows() throws Exception {
        List<String> gsrns = meteringPoints(points);
        List<UUID> customers = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            customers.add(UUID.randomUUID());
        }
        enrol(gsrns, customers);
        createCopyTarget();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String token = TestTokens.withRoles("billing");

        List<String> lines = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            LocalDate day = LocalDate.parse("2026-12-01").plusDays(round);
            byte[] copyRows = copyRows(gsrns, customers, day);
            byte[] newDay = delivery(gsrns, day, 0);
            byte[] corrected = delivery(gsrns, day, 1);
            long values = 24L * points;

            long copyNanos = timeCopy(copyRows);
            long newNanos = timeDelivery(http, token, newDay, values, 0);
            long correctionNanos = timeDelivery(http, token, corrected, values, values);

            double copyRate = values / (copyNanos / 1e9);
            double newRate = values / (newNanos / 1e9);
            double correctionRate = values / (correctionNanos / 1e9);
            String line = String.format("round %d (%s, %d values, delivery %.1f MB): raw COPY %.1f s = %.0f rows/s; "
                    + "new day %.1f s = %.0f rows/s (%.2f x COPY); correction of every value %.1f s = %.0f rows/s "
                    + "(%.2f x COPY)", round + 1, day, values, newDay.length / 1e6, copyNanos / 1e9, copyRate,
                    newNanos / 1e9, newRate, newRate / copyRate, correctionNanos / 1e9, correctionRate,
                    correctionRate / copyRate);
            System.out.println(line);
            lines.add(line);
        }
        Path report = Path.of("target", "benchmark-delivery-ingest.txt");
        Files.write(report, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private long timeDelivery(HttpClient http, String token, byte[] body, long values, long corrected)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                + "/readings/deliveries"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - started;
        assertEquals(200, response.statusCode(), response.body());
        JsonPath receipt = JsonPath.from(response.body());
        assertEquals(values, receipt.getLong("stored.values"));
        assertEquals(corrected, receipt.getLong("stored.corrected"));
        assertEquals(0, receipt.getInt("refused.meteringPoints"));
        return took;
    }

    private long timeCopy(byte[] rows) throws SQLException, IOException {
        try (Connection connection = database.getConnection()) {
            long started = System.nanoTime();
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy bench_copy_target (metering_point_id, starts_at, customer_id, kwh, received_at) from stdin",
                    new ByteArrayInputStream(rows));
            return System.nanoTime() - started;
        }
    }

    /** The same shape as hourly_reading, made from it: its columns, key, customer index, and this month's partition. */
    private void createCopyTarget() throws SQLException {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("drop table if exists bench_copy_target");
            sql.execute("create table bench_copy_target (like hourly_reading including all) partition by range (starts_at)");
            sql.execute("select create_month_partition('bench_copy_target', date '2026-12-01')");
        }
    }

    /** Registers the points with one open contract each, as customer-service's events would. */
    private void enrol(List<String> gsrns, List<UUID> customers) throws SQLException, IOException {
        ByteArrayOutputStream points = new ByteArrayOutputStream();
        ByteArrayOutputStream contracts = new ByteArrayOutputStream();
        String now = OffsetDateTime.now().toString();
        for (int i = 0; i < gsrns.size(); i++) {
            points.write("%s\t%s\tNO2\t%s\t%s\n".formatted(gsrns.get(i), customers.get(i), now, now)
                    .getBytes(StandardCharsets.US_ASCII));
            contracts.write("%s\t%s\t%s\tSPOT\t2026-01-01\t%s\n".formatted(UUID.randomUUID(), customers.get(i), gsrns.get(i), now)
                    .getBytes(StandardCharsets.US_ASCII));
        }
        try (Connection connection = database.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("copy known_metering_point (id, customer_id, price_area, learnt_at, tenant_since) from stdin",
                    new ByteArrayInputStream(points.toByteArray()));
            copy.copyIn("copy supply_contract (id, customer_id, metering_point_id, contract_type, starts_on, learnt_at) from stdin",
                    new ByteArrayInputStream(contracts.toByteArray()));
        }
    }

    /** A day of every point as NDJSON; {@code shift} changes every value (a correction). */
    private static byte[] delivery(List<String> gsrns, LocalDate day, int shift) {
        StringBuilder body = new StringBuilder(gsrns.size() * 200);
        for (int i = 0; i < gsrns.size(); i++) {
            body.append("{\"meteringPointId\":\"").append(gsrns.get(i)).append("\",\"day\":\"").append(day)
                    .append("\",\"resolution\":\"PT60M\",\"kwh\":[");
            for (int h = 0; h < 24; h++) {
                body.append(h == 0 ? "" : ",").append(kwh(i, h, shift));
            }
            body.append("]}\n");
        }
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The same rows as the new day's delivery, in COPY's text format. */
    private static byte[] copyRows(List<String> gsrns, List<UUID> customers, LocalDate day) {
        StringBuilder rows = new StringBuilder(gsrns.size() * 24 * 100);
        String received = OffsetDateTime.now().toString();
        OffsetDateTime start = OsloCalendar.startOf(day);
        List<String> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            hours.add(start.plusHours(h).toString());
        }
        for (int i = 0; i < gsrns.size(); i++) {
            for (int h = 0; h < 24; h++) {
                rows.append(gsrns.get(i)).append('\t').append(hours.get(h)).append('\t').append(customers.get(i))
                        .append('\t').append(kwh(i, h, 0)).append('\t').append(received).append('\n');
            }
        }
        return rows.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String kwh(int point, int hour, int shift) {
        int wattHours = (point * 31 + hour * 997 + shift * 7) % 4000 + 100;
        return wattHours / 1000 + "." + String.format("%03d", wattHours % 1000);
    }

    /** Valid Norwegian GSRNs in a row, from a block no other test uses. */
    private static List<String> meteringPoints(int count) {
        List<String> gsrns = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String data = PREFIX + String.format("%07d", 9_000_000 - count + i);
            gsrns.add(data + MeteringPointId.checkDigit(data));
        }
        return gsrns;
    }
}
