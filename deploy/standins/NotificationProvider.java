import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The notification provider of the local stack: a real HTTP server in place of the e-mail and SMS
 * provider customer-service's HttpNotifications adapter speaks to. {@code POST /messages} with the
 * API key as a bearer token takes one message (202) and appends it, as received, to the inbox file,
 * one JSON object per line, so that a developer reads there what a customer would have received.
 * Run as a single source file: {@code java NotificationProvider.java PORT API_KEY INBOX_FILE}.
 * For the local stack only; it delivers nothing.
 */
public final class NotificationProvider {

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java NotificationProvider.java PORT API_KEY INBOX_FILE");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        String expected = "Bearer " + args[1];
        Path inbox = Path.of(args[2]);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/messages", exchange -> take(exchange, expected, inbox));
        server.start();
        System.out.println(OffsetDateTime.now() + " notification provider stand-in on http://127.0.0.1:" + port
                + "/messages, inbox " + inbox);
    }

    private static void take(HttpExchange exchange, String expected, Path inbox) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            String message = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
                    .replace('\n', ' ').strip();
            if (!message.startsWith("{") || !message.endsWith("}")) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            synchronized (NotificationProvider.class) {
                Files.writeString(inbox, message + System.lineSeparator(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            System.out.println(OffsetDateTime.now() + " took one message");
            exchange.sendResponseHeaders(202, -1);
            OutputStream unused = exchange.getResponseBody();
            unused.close();
        }
    }
}
