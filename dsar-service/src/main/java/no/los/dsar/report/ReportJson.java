package no.los.dsar.report;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON of an access report around its parts: the envelope ({@link AccessReport#envelope}) as
 * Jackson writes it, split where its {@code parts} go. The report is the head, the parts' JSON as
 * they were stored, separated by commas, and the tail; a part of years of readings is megabytes,
 * checked when it was fetched, and goes into the report unchanged.
 *
 * @param head the envelope up to and including the opening of {@code parts}
 * @param tail the envelope from the closing of {@code parts}
 */
record ReportJson(String head, String tail) {

    private static final String PARTS = "parts";

    /** The envelope's fields in their order, split at {@code parts}. */
    static ReportJson around(ObjectMapper json, AccessReport envelope) {
        if (!envelope.parts().isEmpty()) {
            throw new IllegalArgumentException("the envelope's parts are written from their stored JSON");
        }
        ObjectNode before = json.createObjectNode();
        ObjectNode after = json.createObjectNode();
        ObjectNode fields = before;
        for (Iterator<Map.Entry<String, JsonNode>> each = json.<ObjectNode>valueToTree(envelope).fields(); each.hasNext();) {
            Map.Entry<String, JsonNode> field = each.next();
            if (PARTS.equals(field.getKey())) {
                fields = after;
            } else {
                fields.set(field.getKey(), field.getValue());
            }
        }
        String head = inner(json, before);
        String tail = inner(json, after);
        return new ReportJson("{" + head + (head.isEmpty() ? "" : ",") + "\"" + PARTS + "\":[",
                "]" + (tail.isEmpty() ? "" : ",") + tail + "}");
    }

    /** The whole report with these parts' JSON. */
    String with(List<String> parts) {
        return head + String.join(",", parts) + tail;
    }

    /** An object's fields as JSON, without its braces. */
    private static String inner(ObjectMapper json, ObjectNode object) {
        try {
            String written = json.writeValueAsString(object);
            return written.substring(1, written.length() - 1);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the access report cannot be written as JSON", e);
        }
    }
}
