package no.los.dsar.portability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** CSV as RFC 4180 writes it. */
class CsvRowTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    @Test
    void plainFieldsAreWrittenAsTheyAreAndTheLineEndsInCrLf() {
        assertEquals("a,Ås,1\r\n", CsvRow.line(List.of("a", "Ås", "1")));
    }

    @Test
    void aFieldWithACommaAQuoteOrALineBreakIsQuotedAndItsQuotesDoubled() {
        assertEquals("\"a,b\",\"sa \"\"hei\"\"\",\"to\nlinjer\",\"cr\rhere\"\r\n",
                CsvRow.line(List.of("a,b", "sa \"hei\"", "to\nlinjer", "cr\rhere")));
    }

    @Test
    void emptyFieldsStayEmpty() {
        assertEquals(",,\r\n", CsvRow.line(List.of("", "", "")));
    }

    @Test
    void valuesKeepTheirExactText() {
        assertEquals("1.250", CsvRow.text(NODES.numberNode(new BigDecimal("1.250"))));
        assertEquals("1000", CsvRow.text(NODES.numberNode(new BigDecimal("1E+3"))), "plain notation");
        assertEquals("", CsvRow.text(NODES.nullNode()));
        assertEquals("", CsvRow.text(null));
        assertEquals("false", CsvRow.text(NODES.booleanNode(false)));
        assertEquals("{\"a\":1}", CsvRow.text(NODES.objectNode().put("a", 1)), "a nested value as its JSON");
    }
}
