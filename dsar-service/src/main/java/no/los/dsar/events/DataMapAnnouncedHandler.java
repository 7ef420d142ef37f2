package no.los.dsar.events;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.los.dsar.records.AnnouncedDataMap;
import no.los.dsar.records.AnnouncedDataMaps;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.IncomingEvent;
import no.los.platform.inbox.EventHandler;
import no.los.platform.inbox.EventReader;
import no.los.platform.inbox.PoisonEventException;
import no.los.platform.rights.DataMap;

/**
 * Receives {@code no.los.rights.data-map-announced.v1} from the four services' topics and keeps
 * each service's latest map, the source of the records of processing. A service announces only its
 * own map: an announcement naming another service than its publisher, or a map that is not a data
 * map, is poison and parked. An older or identical announcement changes nothing.
 * <p>
 * The publisher is the owner of the topic the announcement came on; the consumer has already
 * parked, as forged, an event whose source is not that owner.
 */
@ApplicationScoped
class DataMapAnnouncedHandler implements EventHandler {

    /** The data of the event, with the map kept as JSON until it is checked. */
    record DataMapAnnounced(String service, String digest, JsonNode dataMap, OffsetDateTime announcedAt) {
    }

    @Inject
    AnnouncedDataMaps maps;

    @Inject
    ObjectMapper json;

    @Override
    public EventTopic topic() {
        return EventTopic.CUSTOMER;
    }

    @Override
    public Set<EventTopic> alsoFrom() {
        Set<EventTopic> others = new HashSet<>(AnnouncedDataMaps.ANNOUNCING_TOPICS);
        others.remove(topic());
        return others;
    }

    @Override
    public String eventType() {
        return EventTypes.DATA_MAP_ANNOUNCED;
    }

    @Override
    public void handle(IncomingEvent event) {
        DataMapAnnounced announced = EventReader.dataAs(event, DataMapAnnounced.class);
        EventTopic topic = topicOfPublisher(event);
        if (!topic.owner().equals(announced.service())) {
            throw new PoisonEventException("a data map announced on " + topic.topicName() + " must be "
                    + topic.owner() + "'s");
        }
        if (announced.digest() == null || !announced.digest().matches("[0-9a-f]{64}")) {
            throw new PoisonEventException("a data map announcement carries the map's SHA-256 digest in hex");
        }
        if (announced.announcedAt() == null) {
            throw new PoisonEventException("a data map announcement says when it was announced");
        }
        maps.receive(new AnnouncedDataMap(announced.service(), announced.digest(), dataMapOf(announced),
                announced.announcedAt()));
    }

    /** The topic it came on, whose owner the consumer has checked is the event's source. */
    private static EventTopic topicOfPublisher(IncomingEvent event) {
        return EventTopic.named(event.topic()).filter(AnnouncedDataMaps.ANNOUNCING_TOPICS::contains)
                .orElseThrow(() -> new PoisonEventException("a data map announcement on a topic not read for them"));
    }

    private DataMap dataMapOf(DataMapAnnounced announced) {
        if (announced.dataMap() == null || announced.dataMap().isNull()) {
            throw new PoisonEventException("a data map announcement without its map");
        }
        DataMap map;
        try {
            map = json.treeToValue(announced.dataMap(), DataMap.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEventException("the announced map is no data map", e);
        }
        if (!announced.service().equals(map.service())) {
            throw new PoisonEventException("an announcement carries its own service's data map");
        }
        return map;
    }
}
