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
 * The population register of the local stack: a real HTTP server in place of Folkeregisteret, which
 * customer-service's HttpPopulationRegister adapter asks about each customer. It answers
 * {@code GET /folkeregisteret/offentlig-med-hjemmel/api/v1/personer/<number>} with the API key as a
 * bearer token, in the shape of Skatteetaten's person API, from a tab-separated persons file read at
 * every request (number, given name, family name, street, house number, postal code, post town,
 * status, address protection), or 404. The stack's seeding writes its synthetic persons there; a
 * developer may edit it. Run as a single source file:
 * {@code java PopulationRegister.java PORT API_KEY PERSONS_FILE}. For the local stack only.
 */
public final class PopulationRegister {

    private static final String PERSONS = "/folkeregisteret/offentlig-med-hjemmel/api/v1/personer/";

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java PopulationRegister.java PORT API_KEY PERSONS_FILE");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        String expected = "Bearer " + args[1];
        Path persons = Path.of(args[2]);
        if (!Files.exists(persons)) {
            Files.createFile(persons);
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext(PERSONS, exchange -> answer(exchange, expected, persons));
        server.start();
        System.out.println(OffsetDateTime.now() + " population register stand-in on http://127.0.0.1:" + port + PERSONS
                + ", persons in " + persons);
    }

    private static void answer(HttpExchange exchange, String expected, Path persons) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            String number = exchange.getRequestURI().getPath().substring(PERSONS.length());
            for (String line : Files.readAllLines(persons, StandardCharsets.UTF_8)) {
                String[] fields = line.split("\t", -1);
                if (fields.length == 9 && fields[0].equals(number)) {
                    respond(exchange, 200, document(fields));
                    System.out.println(OffsetDateTime.now() + " answered a look-up");
                    return;
                }
            }
            respond(exchange, 404, "{\"kode\":\"FREG-404\",\"melding\":\"Fant ikke person\"}");
        }
    }

    /** The person as the register's API shapes it: one current entry per part. */
    private static String document(String[] f) {
        StringBuilder json = new StringBuilder("{");
        json.append("\"identifikasjonsnummer\":[{\"erGjeldende\":true,\"foedselsEllerDNummer\":").append(text(f[0])).append("}],");
        json.append("\"navn\":[{\"erGjeldende\":true,\"fornavn\":").append(text(f[1])).append(",\"etternavn\":")
                .append(text(f[2])).append("}],");
        json.append("\"status\":[{\"erGjeldende\":true,\"status\":").append(text(f[7])).append("}]");
        if (!"strengtFortrolig".equals(f[8])) {
            json.append(",\"bostedsadresse\":[{\"erGjeldende\":true,\"vegadresse\":{\"adressenavn\":").append(text(f[3]))
                    .append(",\"adressenummer\":{\"husnummer\":").append(text(f[4])).append("},\"poststed\":{\"postnummer\":")
                    .append(text(f[5])).append(",\"poststedsnavn\":").append(text(f[6])).append("}}}]");
        }
        if (!"ugradert".equals(f[8])) {
            json.append(",\"adressebeskyttelse\":[{\"erGjeldende\":true,\"graderingsnivaa\":").append(text(f[8])).append("}]");
        }
        return json.append("}").toString();
    }

    private static String text(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
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
