package no.los.platform.rights;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One service's part of an access report (Art. 15): every category of its data map, each with its
 * metadata and all records the service holds about the person. A part lists every category of the
 * map, empty ones included, so the report shows what the service does not hold as well.
 *
 * @param service    the answering service
 * @param customerId whose data
 * @param assembledAt when the part was read
 * @param categories every category of the data map, in its order
 */
public record AccessPart(@Schema(maxLength = DataMap.MAX_SERVICE, pattern = DataMap.NAME_PATTERN) String service,
        UUID customerId, OffsetDateTime assembledAt,
        @Schema(maxItems = DataCategory.MAX_LIST) List<CategoryRecords> categories) {

    /** The most records one category of one person may have; a part beyond it is refused, not cut. */
    public static final int MAX_RECORDS = 1_000_000;


    /** A category with its metadata and the person's records in it, as flat field-to-value maps. */
    public record CategoryRecords(DataCategory category, @Schema(maxItems = MAX_RECORDS) List<Map<String, Object>> records) {
        public CategoryRecords {
            Objects.requireNonNull(category, "category");
            records = List.copyOf(records);
            if (records.size() > MAX_RECORDS) {
                throw new IllegalStateException(category.name() + ": more than " + MAX_RECORDS + " records of one person");
            }
        }
    }

    public AccessPart {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(assembledAt, "assembledAt");
        categories = List.copyOf(categories);
        if (categories.size() > DataCategory.MAX_LIST) {
            throw new IllegalArgumentException(service + ": at most " + DataCategory.MAX_LIST + " categories");
        }
    }

    /** Starts a part that must fill every category of the map before it is built. */
    /** This part with one more category's records (the platform's own, such as the access log). */
    public AccessPart plus(CategoryRecords more) {
        List<CategoryRecords> all = new ArrayList<>(categories);
        all.add(more);
        return new AccessPart(service, customerId, assembledAt, all);
    }

    public static Builder of(DataMap map, UUID customerId) {
        return new Builder(map, customerId);
    }

    /** Fills the categories of a data map; {@link #build()} refuses a part that left one out. */
    public static final class Builder {
        private final DataMap map;
        private final UUID customerId;
        private final Map<String, List<Map<String, Object>>> records = new LinkedHashMap<>();

        private Builder(DataMap map, UUID customerId) {
            this.map = map;
            this.customerId = customerId;
        }

        /** The person's records in the named category; call once per category. */
        public Builder category(String name, List<Map<String, Object>> rows) {
            if (map.category(name).isEmpty()) {
                throw new IllegalArgumentException(name + " is no category of " + map.service() + "'s data map");
            }
            if (records.putIfAbsent(name, rows) != null) {
                throw new IllegalArgumentException(name + " was filled twice");
            }
            return this;
        }

        public AccessPart build() {
            List<CategoryRecords> filled = new ArrayList<>();
            for (DataCategory category : map.categories()) {
                List<Map<String, Object>> rows = records.get(category.name());
                if (rows == null) {
                    throw new IllegalStateException(map.service() + "'s access part leaves out " + category.name());
                }
                filled.add(new CategoryRecords(category, rows));
            }
            return new AccessPart(map.service(), customerId, OffsetDateTime.now(), filled);
        }
    }

    /** A record as an ordered field-to-value map: {@code record("id", id, "type", type)}; null values are kept. */
    public static Map<String, Object> record(Object... fieldsAndValues) {
        if (fieldsAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("fields and values come in pairs");
        }
        Map<String, Object> record = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            record.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return record;
    }
}
