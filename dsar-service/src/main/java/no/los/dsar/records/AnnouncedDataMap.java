package no.los.dsar.records;

import java.time.OffsetDateTime;
import java.util.Objects;

import no.los.platform.rights.DataMap;

/**
 * The latest data map a service announced ({@code no.los.rights.data-map-announced.v1}): what it
 * declared in code about the personal data it holds, in the release it runs.
 *
 * @param service     the announcing service
 * @param digest      SHA-256 of the map's JSON, as the service computed it
 * @param dataMap     the map
 * @param announcedAt when the service announced it
 */
public record AnnouncedDataMap(String service, String digest, DataMap dataMap, OffsetDateTime announcedAt) {

    public AnnouncedDataMap {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(dataMap, "dataMap");
        Objects.requireNonNull(announcedAt, "announcedAt");
        if (!service.equals(dataMap.service())) {
            throw new IllegalArgumentException("an announcement carries its own service's data map");
        }
    }
}
