package no.los.platform.test;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The population register (Folkeregisteret) as a real HTTP server on the loopback, answering in the
 * shape of Skatteetaten's person API: {@code GET /folkeregisteret/offentlig-med-hjemmel/api/v1/personer/{id}}
 * with the API key as a bearer token gives the person's current name, residential address, status and
 * address protection, or 404. It holds only the synthetic persons a test plants (month + 80 numbers),
 * and can be told to be away (503). In the local stack {@code deploy/standins/PopulationRegister.java}
 * plays this part.
 */
public final class PopulationRegisterStandIn implements QuarkusTestResourceLifecycleManager {

    /** The path of one person: the national ID number follows it. */
    public static final String PERSONS = "/folkeregisteret/offentlig-med-hjemmel/api/v1/personer/";

    /**
     * A person as the register holds them.
     *
     * @param status      {@code bosatt}, {@code utflyttet}, {@code doed}, …
     * @param protection  {@code ugradert}, {@code fortrolig} or {@code strengtFortrolig}
     */
    public record Person(String givenName, String familyName, String street, String houseNumber, String postalCode,
            String city, String status, String protection) {

        public static Person resident(String givenName, String familyName, String street, String houseNumber,
                String postalCode, String city) {
            return new Person(givenName, familyName, street, houseNumber, postalCode, city, "bosatt", "ugradert");
        }

        public Person withStatus(String newStatus) {
            return new Person(givenName, familyName, street, houseNumber, postalCode, city, newStatus, protection);
        }

        public Person withProtection(String newProtection) {
            return new Person(givenName, familyName, street, houseNumber, postalCode, city, status, newProtection);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile PopulationRegisterStandIn running;

    private final String apiKey = "population-register-key-" + UUID.randomUUID();
    private final Map<String, Person> persons = new ConcurrentHashMap<>();
    private volatile boolean away;
    private HttpServer server;

    public static PopulationRegisterStandIn running() {
        if (running == null) {
            throw new IllegalStateException("no PopulationRegisterStandIn is running");
        }
        return running;
    }

    @Override
    public Map<String, String> start() {
        server = LoopbackHttp.onFreePort();
        server.createContext(PERSONS, this::person);
        server.start();
        running = this;
        return Map.of("los.customer.population-register.url", LoopbackHttp.baseUrl(server),
                "los.customer.population-register.api-key", apiKey);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** The register holds this person under the (synthetic) number from now on. */
    public void plant(String nationalIdNumber, Person person) {
        if (Integer.parseInt(nationalIdNumber.substring(2, 4)) <= 80) {
            throw new IllegalArgumentException("the stand-in holds synthetic persons only (month + 80)");
        }
        persons.put(nationalIdNumber, person);
    }

    /** From now on the register answers 503 (true), or answers again (false). */
    public void away(boolean away) {
        this.away = away;
    }

    private void person(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            if (!("Bearer " + apiKey).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            if (away) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            String number = exchange.getRequestURI().getPath().substring(PERSONS.length());
            Person person = persons.get(number);
            if (person == null) {
                LoopbackHttp.respond(exchange, 404, "{\"kode\":\"FREG-404\",\"melding\":\"Fant ikke person\"}");
                return;
            }
            LoopbackHttp.respond(exchange, 200, JSON.writeValueAsString(document(number, person)));
        }
    }

    /** The person as the register's API shapes it: lists of entries, the current one marked. */
    static ObjectNode document(String number, Person person) {
        ObjectNode root = JSON.createObjectNode();
        current(root.putArray("identifikasjonsnummer")).put("foedselsEllerDNummer", number);
        ObjectNode name = current(root.putArray("navn"));
        name.put("fornavn", person.givenName());
        name.put("etternavn", person.familyName());
        current(root.putArray("status")).put("status", person.status());
        if (!"strengtFortrolig".equals(person.protection())) {
            ObjectNode road = current(root.putArray("bostedsadresse")).putObject("vegadresse");
            road.put("adressenavn", person.street());
            road.putObject("adressenummer").put("husnummer", person.houseNumber());
            road.putObject("poststed").put("poststedsnavn", person.city()).put("postnummer", person.postalCode());
        }
        if (!"ugradert".equals(person.protection())) {
            current(root.putArray("adressebeskyttelse")).put("graderingsnivaa", person.protection());
        }
        return root;
    }

    private static ObjectNode current(ArrayNode entries) {
        ObjectNode entry = entries.addObject();
        entry.put("erGjeldende", true);
        return entry;
    }
}
