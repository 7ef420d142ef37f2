package no.los.customer.population;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.los.customer.PostalAddress;
import no.los.customer.identity.NationalIdNumber;
import no.los.platform.http.OutsideCall;

/**
 * The population register's person API, in the shape of Skatteetaten's Folkeregister API:
 * {@code GET <url>/folkeregisteret/offentlig-med-hjemmel/api/v1/personer/<number>?part=…} with a
 * bearer token. Each part is a list whose current entry has {@code erGjeldende: true}. 404 is "no such
 * person"; any other failure is {@link PopulationRegisterUnavailable}, naming the status only.
 */
@ApplicationScoped
public class HttpPopulationRegister implements PopulationRegister {

    static final String PERSONS = "/folkeregisteret/offentlig-med-hjemmel/api/v1/personer/";
    private static final String PARTS = "?part=navn&part=status&part=bostedsadresse&part=adressebeskyttelse";

    @Inject
    PopulationRegisterConfig config;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Override
    public Optional<RegisteredPerson> person(NationalIdNumber number) {
        URI uri;
        try {
            uri = URI.create(config.url().replaceAll("/$", "") + PERSONS + number.digits() + PARTS);
        } catch (IllegalArgumentException e) {
            throw new PopulationRegisterUnavailable("is configured with a URL that is not one"); // the message quotes the URI
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(config.timeout())
                .header("Authorization", "Bearer " + config.apiKey())
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response = OutsideCall.send(http, request, HttpResponse.BodyHandlers.ofString(),
                PopulationRegisterUnavailable::new);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new PopulationRegisterUnavailable("answered " + response.statusCode());
        }
        return Optional.of(read(response.body()));
    }

    private RegisteredPerson read(String body) {
        JsonNode person;
        try {
            person = json.readTree(body);
        } catch (IOException e) {
            throw new PopulationRegisterUnavailable("answered with a document that is not JSON");
        }
        JsonNode name = current(person, "navn");
        String fullName = Stream.of("fornavn", "mellomnavn", "etternavn").map(part -> name.path(part).asText(""))
                .filter(part -> !part.isBlank()).collect(Collectors.joining(" "));
        return new RegisteredPerson(fullName, address(current(person, "bostedsadresse").path("vegadresse")),
                status(current(person, "status").path("status").asText("")),
                protection(current(person, "adressebeskyttelse").path("graderingsnivaa").asText("ugradert")));
    }

    /** The entry of a part that is current, or a missing node when the part has none. */
    private static JsonNode current(JsonNode person, String part) {
        for (JsonNode entry : person.path(part)) {
            if (entry.path("erGjeldende").asBoolean(false)) {
                return entry;
            }
        }
        return person.path(part).path(0);
    }

    private static PostalAddress address(JsonNode road) {
        if (road.isMissingNode() || road.path("adressenavn").asText("").isBlank()) {
            return null;
        }
        JsonNode number = road.path("adressenummer");
        String street = (road.path("adressenavn").asText() + " " + number.path("husnummer").asText("")
                + number.path("husbokstav").asText("")).strip();
        return new PostalAddress(street, road.path("poststed").path("postnummer").asText(""),
                road.path("poststed").path("poststedsnavn").asText(""));
    }

    private static RegisterStatus status(String status) {
        return switch (status) {
            case "bosatt" -> RegisterStatus.RESIDENT;
            case "utflyttet" -> RegisterStatus.EMIGRATED;
            case "doed" -> RegisterStatus.DECEASED;
            default -> RegisterStatus.OTHER;
        };
    }

    private static AddressProtection protection(String grade) {
        return switch (grade) {
            case "fortrolig" -> AddressProtection.CONFIDENTIAL;
            case "strengtFortrolig", "strengtFortroligUtland" -> AddressProtection.STRICTLY_CONFIDENTIAL;
            default -> AddressProtection.NONE;
        };
    }
}
