package no.los.dsar.portability;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.los.dsar.collect.ServiceClient;
import no.los.dsar.config.PortabilityConfig;

/**
 * The services' parts of a person's portable data, read as they stream in over REST with
 * dsar-service's own identity: {@code GET /rights/customers/{id}/portable} (NDJSON, a line
 * {@code {"category": name}} and then a line {@code {"record": {...}}} per record) from every
 * service, and consumption-service's {@code GET /rights/customers/{id}/green-button}. Anything that
 * keeps a part from arriving whole becomes {@link PortablePartUnavailable}, naming the service.
 */
@ApplicationScoped
public class PortableParts {

    static final String NDJSON = "application/x-ndjson";
    static final String ATOM = "application/atom+xml";
    /** The kebab-case names of the rights contract; they become file names in the CSV export. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Inject
    ServiceClient client;

    @Inject
    PortabilityConfig config;

    private final ObjectReader lines;

    @Inject
    PortableParts(ObjectMapper json) {
        // Decimals stay exact, trailing zeros and all: 1.250 kWh is exported as 1.250.
        this.lines = json.reader(JsonNodeFactory.withExactBigDecimals(true))
                .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .forType(JsonNode.class);
    }

    /** The services that hold a part of every person's portable data, in name order. */
    public List<String> services() {
        return client.services().stream().sorted().toList();
    }

    /** Reads the service's part of the person's portable data into the sink, category by category. */
    void read(String service, UUID customerId, PortableSink sink) {
        requireName(service, service);
        try (InputStream part = open(service, "/rights/customers/" + customerId + "/portable", NDJSON);
                MappingIterator<JsonNode> values = lines.readValues(part)) {
            Set<String> categories = new HashSet<>();
            boolean inCategory = false;
            while (values.hasNextValue()) {
                JsonNode line = values.nextValue();
                if (line.size() == 1 && line.path("category").isTextual()) {
                    String category = requireName(service, line.get("category").asText());
                    if (!categories.add(category)) {
                        throw new PortablePartUnavailable(service, "sent the category " + category + " twice");
                    }
                    sink.category(category);
                    inCategory = true;
                } else if (line.size() == 1 && line.path("record").isObject() && inCategory) {
                    sink.record((ObjectNode) line.get("record"));
                } else {
                    throw new PortablePartUnavailable(service, "sent a line that is neither a category nor a record of one");
                }
            }
        } catch (JsonProcessingException e) {
            throw new PortablePartUnavailable(service, "sent a part that is not NDJSON (" + e.getClass().getSimpleName() + ")");
        } catch (IOException e) {
            throw new PortablePartUnavailable(service, "broke off while sending its part (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The person's consumption as a Green Button feed, streamed; the caller closes it. */
    InputStream greenButton(UUID customerId) {
        return open(config.greenButtonService(), "/rights/customers/" + customerId + "/green-button", ATOM);
    }

    /** The service this export format's feed comes from. */
    String greenButtonService() {
        return config.greenButtonService();
    }

    private InputStream open(String service, String path, String accept) {
        try {
            return new PartStream(service, client.open(service, path, accept));
        } catch (ServiceClient.ServiceUnavailable e) {
            String what = e.getMessage().startsWith(service + " ") ? e.getMessage().substring(service.length() + 1)
                    : "did not answer as it should";
            throw new PortablePartUnavailable(service, what);
        } catch (IllegalArgumentException e) {
            throw new PortablePartUnavailable(service, "has no URL configured (los.dsar.rights.service-urls)");
        }
    }

    private static String requireName(String service, String name) {
        if (!NAME.matcher(name).matches()) {
            throw new PortablePartUnavailable(service, "sent a category name outside the rights contract");
        }
        return name;
    }

    /**
     * A part as it streams in. A failure to read is the service's (a connection reset, a body cut
     * short), told apart here from a failure to write, which is dsar-service's own.
     */
    private static final class PartStream extends FilterInputStream {
        private final String service;

        PartStream(String service, InputStream in) {
            super(in);
            this.service = service;
        }

        @Override
        public int read() {
            try {
                return super.read();
            } catch (IOException e) {
                throw brokeOff(e);
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            try {
                return super.read(buffer, offset, length);
            } catch (IOException e) {
                throw brokeOff(e);
            }
        }

        @Override
        public void close() {
            try {
                super.close();
            } catch (IOException e) {
                // the part was read as far as it matters
            }
        }

        private PortablePartUnavailable brokeOff(IOException e) {
            return new PortablePartUnavailable(service, "broke off while sending its part (" + e.getClass().getSimpleName() + ")");
        }
    }
}
