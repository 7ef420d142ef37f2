package no.los.dsar.records;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.los.dsar.repository.ServiceDataMapRepository;
import no.los.dsar.repository.ServiceDataMapRepository.StoredDataMap;
import no.los.platform.events.EventTopic;
import no.los.platform.rights.DataMap;

/**
 * Keeps the latest data map of every service, as announced: the live declarations the records of
 * processing are generated from. Announcements may arrive late or twice (a redelivery, a service
 * restarted on an unchanged release); only a newer, different map replaces the one kept.
 */
@ApplicationScoped
public class AnnouncedDataMaps {

    /** The topics of the services that announce their maps to dsar-service: every service but dsar-service itself. */
    public static final List<EventTopic> ANNOUNCING_TOPICS = List.of(EventTopic.CUSTOMER, EventTopic.CONSENT,
            EventTopic.CONSUMPTION, EventTopic.MARKETING);

    @Inject
    ServiceDataMapRepository maps;

    @Inject
    ObjectMapper json;

    /** Keeps the announced map unless the one kept is newer or the same. Returns whether it was kept. */
    @Transactional
    public boolean receive(AnnouncedDataMap announced) {
        return maps.keepIfNewer(announced.service(), announced.digest(), write(announced.dataMap()),
                announced.announcedAt());
    }

    /** The latest map of every service that has announced one, by service. */
    @Transactional(TxType.SUPPORTS)
    public List<AnnouncedDataMap> latest() {
        return maps.all().stream().map(this::read).toList();
    }

    private AnnouncedDataMap read(StoredDataMap stored) {
        try {
            return new AnnouncedDataMap(stored.service(), stored.digest(),
                    json.readValue(stored.dataMapJson(), DataMap.class), stored.announcedAt());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored data map of " + stored.service() + " cannot be read", e);
        }
    }

    private String write(DataMap map) {
        try {
            return json.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a data map cannot be written as JSON", e);
        }
    }
}
