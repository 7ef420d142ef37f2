package no.los.dsar.portability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A service's part of a person's portable data as the service serves it: NDJSON lines of
 * {@code {"category": name}} and {@code {"record": {...}}}. A test-data builder.
 */
public final class PortablePart {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Map<String, Object>> lines = new ArrayList<>();

    private PortablePart() {
    }

    public static PortablePart of() {
        return new PortablePart();
    }

    public PortablePart category(String name) {
        lines.add(Map.of("category", name));
        return this;
    }

    /** A record of the current category: field, value, field, value, ... in order. */
    public PortablePart record(Object... fieldsAndValues) {
        Map<String, Object> record = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            record.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        lines.add(Map.of("record", record));
        return this;
    }

    int lineCount() {
        return lines.size();
    }

    /** The first lines only, as a service that breaks off would have sent them. */
    byte[] ndjson(int lineCount) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (Map<String, Object> line : lines.subList(0, lineCount)) {
                out.write(JSON.writeValueAsBytes(line));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    byte[] ndjson() {
        return ndjson(lines.size());
    }
}
