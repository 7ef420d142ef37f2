package no.los.dsar.rights;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import no.los.platform.rights.AccessPart;
import no.los.platform.rights.DataCategory;

/**
 * What dsar-service reads of a service's access part ({@link AccessPart} as JSON) before it stores
 * the part as it came: who sent it, for whom, and every category's declaration. The records are
 * checked as they stream past — an array of flat objects, every value a string, number, boolean or
 * null — and counted, never built into objects: a part of five years of hourly readings is read once,
 * in one pass. Any other field, or a nested value in a record, makes the part unreadable.
 *
 * @param service     the service that sent it
 * @param customerId  whose part it says it is
 * @param assembledAt when the service read it
 * @param categories  each category's declaration and its number of records, in the part's order
 */
public record PartOutline(String service, UUID customerId, OffsetDateTime assembledAt, List<CategoryOutline> categories) {

    /** A category's declaration from the data map, and how many records of the person it holds. */
    public record CategoryOutline(DataCategory category, @JsonDeserialize(using = FlatRecords.class) Integer records) {
        public CategoryOutline {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(records, "records");
        }
    }

    public PartOutline {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(assembledAt, "assembledAt");
        categories = List.copyOf(categories);
    }

    /** The reader of outlines: strict about fields, so that nothing is stored that was not read. */
    public static ObjectReader reader(ObjectMapper json) {
        return json.readerFor(PartOutline.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** The categories, as {@code service/category}, whose data is used for automated decisions (Art. 22). */
    public List<String> automatedDecisionCategories() {
        return automatedDecisions(service, categories.stream().map(CategoryOutline::category).toList());
    }

    /** The same of a part at hand as objects (dsar-service's own). */
    public static List<String> automatedDecisionCategories(AccessPart part) {
        return automatedDecisions(part.service(), part.categories().stream().map(AccessPart.CategoryRecords::category).toList());
    }

    private static List<String> automatedDecisions(String service, List<DataCategory> categories) {
        return categories.stream().filter(DataCategory::automatedDecisions).map(category -> service + "/" + category.name())
                .toList();
    }

    /** Counts the records of a category, checking each is a flat object, without keeping any of them. */
    static final class FlatRecords extends JsonDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                return context.reportInputMismatch(Integer.class, "records are an array");
            }
            int count = 0;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token != JsonToken.START_OBJECT) {
                    return context.reportInputMismatch(Integer.class, "a record is an object");
                }
                for (token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                    JsonToken value = token == JsonToken.FIELD_NAME ? parser.nextToken() : null;
                    if (value == null || !value.isScalarValue()) {
                        return context.reportInputMismatch(Integer.class, "a record's values are flat");
                    }
                }
                count++;
            }
            return count;
        }
    }
}
