package no.los.consumption.price;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.los.consumption.intake.Resolution;
import no.los.platform.http.OutsideCall;
import no.los.platform.identifiers.PriceArea;
import no.los.platform.problem.InvalidInputException;

/**
 * The price source over HTTP: {@code GET <url>/day-ahead/<area>/<day>} with the API key as a bearer
 * token answers the day as JSON,
 * <pre>{"priceArea":"NO2","day":"2026-12-09","resolution":"PT15M","currency":"NOK","unit":"kWh","prices":[0.81234, …]}</pre>
 * or 404 while the day is not published. A feed in EUR per MWh, or ENTSO-E's XML documents, would be
 * another implementation of {@link PriceSource}; none is built.
 */
@ApplicationScoped
public class HttpPriceSource implements PriceSource {

    static final String DAY_AHEAD = "/day-ahead/";

    @Inject
    PriceSourceConfig config;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Override
    public Optional<SpotPriceDay> dayAhead(PriceArea area, LocalDate day) {
        String base = config.url().orElseThrow(() -> new PriceSourceUnavailable("is not configured"));
        URI uri;
        try {
            uri = URI.create(base.replaceAll("/$", "") + DAY_AHEAD + area + "/" + day);
        } catch (IllegalArgumentException e) {
            throw new PriceSourceUnavailable("is configured with a URL that is not one");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(config.timeout())
                .header("Accept", "application/json").GET();
        config.apiKey().ifPresent(key -> request.header("Authorization", "Bearer " + key));
        HttpResponse<String> response = OutsideCall.send(http, request.build(), HttpResponse.BodyHandlers.ofString(),
                PriceSourceUnavailable::new);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new PriceSourceUnavailable("answered " + response.statusCode());
        }
        return Optional.of(read(response.body(), area, day));
    }

    private SpotPriceDay read(String body, PriceArea area, LocalDate day) {
        JsonNode document;
        try {
            document = json.readTree(body);
        } catch (IOException e) {
            throw new PriceSourceUnavailable("answered with a document that is not JSON");
        }
        if (!area.name().equals(document.path("priceArea").asText()) || !day.toString().equals(document.path("day").asText())) {
            throw new PriceSourceUnavailable("answered for another area or day than asked");
        }
        if (!"NOK".equals(document.path("currency").asText()) || !"kWh".equals(document.path("unit").asText())) {
            throw new PriceSourceUnavailable("answered in another currency or unit than NOK per kWh");
        }
        List<BigDecimal> prices = new ArrayList<>();
        for (JsonNode price : document.path("prices")) {
            if (!price.isNumber()) {
                throw new PriceSourceUnavailable("answered a price that is not a number");
            }
            prices.add(price.decimalValue());
        }
        try {
            return new SpotPriceDay(area, day, Resolution.named(document.path("resolution").asText()), prices);
        } catch (InvalidInputException e) {
            throw new PriceSourceUnavailable("answered a day that breaks a rule: " + e.field() + " " + e.getMessage());
        }
    }
}
