package no.los.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import no.los.platform.test.Await;
import no.los.platform.test.TestTokens;

/**
 * Access and portability for a customer with five years of hourly consumption (43,800 readings)
 * across the five services as processes: the time from the access request on Min side to the
 * report being downloadable, and the rate at which the Green Button export streams through
 * dsar-service, each after {@code benchmark.warmups} (5) runs that are not measured. A measurement, not
 * a test: it fails only when a request never completes. Run it with
 * {@code mvn -B -DskipTests install && mvn -B -pl suite-tests test -Pbenchmark -Dtest=RightsBenchmark}.
 */
class RightsBenchmark {

    private static final int YEARS = Integer.getInteger("benchmark.years", 5);
    private static final int REQUESTS = Integer.getInteger("benchmark.requests", 20);
    private static final int EXPORTS = Integer.getInteger("benchmark.exports", 10);
    /** Runs of each kind before the measured ones, so that the services' JIT has compiled the paths measured. */
    private static final int WARM_UPS = Integer.getInteger("benchmark.warmups", 5);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void accessReportAndGreenButtonExportOfFiveYearsOfHourlyReadings() throws Exception {
        Suite suite = Suite.started();
        SuiteClient client = new SuiteClient(suite);
        LocalDate until = SuiteClient.today();
        LocalDate since = until.minusYears(YEARS);
        PlantedPerson person = PlantedPerson.fresh();
        SuiteClient.Enrolled customer = client.enrolSince(person, since);
        Await.until("consumption-service knows the contract", Duration.ofSeconds(30),
                () -> succeeded(() -> client.deliverHourlyReadings(person, since, since.plusDays(1), "0.500")));
        int readings = 24 + client.deliverHourlyReadings(person, since.plusDays(1), until, "0.500");

        // warm-up: the JIT and connection pools of all five services
        for (int i = 0; i < WARM_UPS; i++) {
            client.awaitCompleted(client.requestOnMinSide(customer.customerId(), "ACCESS"), Duration.ofMinutes(2));
        }

        // As Min side does it: ask, then look at the request until it is completed. The JDK's client, so
        // that the benchmark's own parsing takes as little as it can of the two cores the services share.
        String customerToken = TestTokens.customer(customer.customerId());
        String myRequests = suite.baseUri(SuiteService.DSAR) + "/me/requests";
        long[] accessMillis = new long[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long started = System.nanoTime();
            String request = field(post(myRequests, customerToken, "{\"type\":\"ACCESS\"}"), "id");
            while (!"COMPLETED".equals(field(get(myRequests + "/" + request, customerToken), "status"))) {
                Thread.sleep(10);
            }
            accessMillis[i] = (System.nanoTime() - started) / 1_000_000;
        }
        UUID lastAccess = client.requestOnMinSide(customer.customerId(), "ACCESS");
        client.awaitCompleted(lastAccess, Duration.ofMinutes(2));
        long reportBytes = download(suite, customer.customerId(), "/me/requests/" + lastAccess + "/report");
        long pdfStarted = System.nanoTime();
        long pdfBytes = downloadPdf(suite, customer.customerId(), "/me/requests/" + lastAccess + "/report");
        long pdfMillis = (System.nanoTime() - pdfStarted) / 1_000_000;

        UUID portability = client.requestOnMinSide(customer.customerId(), "PORTABILITY");
        client.awaitCompleted(portability, Duration.ofMinutes(2));
        String exportPath = "/me/requests/" + portability + "/export?format=green-button";
        for (int i = 0; i < WARM_UPS; i++) {
            download(suite, customer.customerId(), exportPath);
        }
        double[] readingsPerSecond = new double[EXPORTS];
        long exportBytes = 0;
        for (int i = 0; i < EXPORTS; i++) {
            long started = System.nanoTime();
            exportBytes = download(suite, customer.customerId(), exportPath);
            readingsPerSecond[i] = readings / ((System.nanoTime() - started) / 1e9);
        }
        // Where the time goes: consumption-service's two answers read straight from it, as dsar-service does.
        String collector = TestTokens.rightsCollector(Duration.ofMinutes(30));
        String consumption = suite.baseUri(SuiteService.CONSUMPTION) + "/rights/customers/" + customer.customerId();
        long[] partMillis = new long[EXPORTS];
        long[] feedMillis = new long[EXPORTS];
        for (int i = 0; i < EXPORTS; i++) {
            partMillis[i] = timed(() -> read(consumption + "/access", collector, "application/json"));
            feedMillis[i] = timed(() -> read(consumption + "/green-button", collector, "application/atom+xml"));
        }
        Arrays.sort(accessMillis);
        Arrays.sort(readingsPerSecond);
        Arrays.sort(partMillis);
        Arrays.sort(feedMillis);
        String line = String.format(
                "%s readings=%d access_requests=%d p50=%d ms p90=%d ms max=%d ms report_json=%d bytes pdf=%d bytes in %d ms | green_button exports=%d "
                        + "min=%.0f median=%.0f max=%.0f readings/s xml=%d bytes | consumption-service alone: access part median=%d ms, "
                        + "green_button median=%d ms (%.0f readings/s)%n",
                java.time.OffsetDateTime.now(), readings, REQUESTS, accessMillis[REQUESTS / 2],
                accessMillis[(int) Math.ceil(REQUESTS * 0.9) - 1], accessMillis[REQUESTS - 1], reportBytes, pdfBytes, pdfMillis,
                EXPORTS,
                readingsPerSecond[0], readingsPerSecond[EXPORTS / 2], readingsPerSecond[EXPORTS - 1], exportBytes,
                partMillis[EXPORTS / 2], feedMillis[EXPORTS / 2], readings / (feedMillis[EXPORTS / 2] / 1e3));
        System.out.print(line);
        Path results = Path.of("target", "rights-benchmark.txt");
        Files.writeString(results, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        assertEquals(Duration.between(since.atStartOfDay(SuiteClient.OSLO), until.atStartOfDay(SuiteClient.OSLO)).toHours(),
                readings, "every hour of the years delivered");
    }

    private static long download(Suite suite, UUID customerId, String path) throws IOException, InterruptedException {
        return download(suite, customerId, path, path.contains("green-button") ? "application/atom+xml" : "application/json");
    }

    private static long downloadPdf(Suite suite, UUID customerId, String path) throws IOException, InterruptedException {
        return download(suite, customerId, path, "application/pdf");
    }

    /** Reads the whole body as the customer's browser would, and returns its size. */
    private static long download(Suite suite, UUID customerId, String path, String accept)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(suite.baseUri(SuiteService.DSAR) + path))
                .header("Authorization", "Bearer " + TestTokens.customer(customerId))
                .header("Accept", accept)
                .GET().build();
        HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        long size = 0;
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                size += read;
            }
        }
        assertEquals(200, response.statusCode(), path);
        return size;
    }

    private static String post(String uri, String token, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(uri))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), uri);
        return response.body();
    }

    private static String get(String uri, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(uri))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), uri);
        return response.body();
    }

    /** A top-level text field of a request's view. */
    private static String field(String view, String field) throws IOException {
        return JSON.readTree(view).path(field).asText();
    }

    /** The wall time of one call, in milliseconds. */
    private static long timed(Callable<Long> call) throws Exception {
        long started = System.nanoTime();
        call.call();
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** Reads a whole body with a bearer token and returns its size. */
    private static long read(String uri, String token, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri))
                .header("Authorization", "Bearer " + token).header("Accept", accept).GET().build();
        HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        long size;
        try (InputStream body = response.body()) {
            size = body.transferTo(OutputStream.nullOutputStream());
        }
        assertEquals(200, response.statusCode(), uri);
        return size;
    }

    private static boolean succeeded(Runnable call) {
        try {
            call.run();
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }
}
