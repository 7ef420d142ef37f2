import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The price source of the local stack: a real HTTP server in place of a day-ahead price feed, which
 * consumption-service's HttpPriceSource adapter asks for today's and tomorrow's prices of every area.
 * It answers {@code GET /day-ahead/<area>/<day>} with the API key as a bearer token from the file
 * {@code <area>/<day>.json} under its prices folder, read at every request, or 404 when there is none.
 * The stack's seeding writes the files; a developer may add more. Run as a single source file:
 * {@code java PriceSource.java PORT API_KEY PRICES_FOLDER}. For the local stack only.
 */
public final class PriceSource {

    private static final String DAY_AHEAD = "/day-ahead/";

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java PriceSource.java PORT API_KEY PRICES_FOLDER");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        String expected = "Bearer " + args[1];
        Path folder = Files.createDirectories(Path.of(args[2]));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext(DAY_AHEAD, exchange -> answer(exchange, expected, folder));
        server.start();
        System.out.println(OffsetDateTime.now() + " price source stand-in on http://127.0.0.1:" + port + DAY_AHEAD
                + ", prices in " + folder);
    }

    private static void answer(HttpExchange exchange, String expected, Path folder) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            String[] areaAndDay = exchange.getRequestURI().getPath().substring(DAY_AHEAD.length()).split("/");
            if (areaAndDay.length != 2 || !areaAndDay[0].matches("NO[1-5]") || !areaAndDay[1].matches("\\d{4}-\\d{2}-\\d{2}")) {
                respond(exchange, 404, "{}");
                return;
            }
            Path day = folder.resolve(areaAndDay[0]).resolve(areaAndDay[1] + ".json");
            if (!Files.isRegularFile(day)) {
                respond(exchange, 404, "{}");
                return;
            }
            respond(exchange, 200, Files.readString(day, StandardCharsets.UTF_8));
            System.out.println(OffsetDateTime.now() + " answered " + areaAndDay[0] + " " + areaAndDay[1]);
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
