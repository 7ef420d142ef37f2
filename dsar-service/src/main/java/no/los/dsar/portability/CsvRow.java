package no.los.dsar.portability;

import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One line of a CSV file as RFC 4180 writes it: fields separated by commas, a field quoted when it
 * holds a comma, a double quote or a line break, a double quote inside it doubled, the line ended
 * by CRLF. Values keep their exact text: decimals in plain notation, nothing rounded.
 */
final class CsvRow {

    private CsvRow() {
    }

    /** The line of the fields, CRLF included. */
    static String line(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (Iterator<String> field = fields.iterator(); field.hasNext();) {
            line.append(quoted(field.next()));
            if (field.hasNext()) {
                line.append(',');
            }
        }
        return line.append("\r\n").toString();
    }

    /** A JSON value as the text of a field: empty for null, a nested value as its JSON. */
    static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isBigDecimal()) {
            return value.decimalValue().toPlainString();
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        return value.toString();
    }

    static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\r') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
