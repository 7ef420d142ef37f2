package no.los.dsar.rights;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.dsar.DataSubjectRequest;
import no.los.dsar.records.AnnouncedDataMap;
import no.los.dsar.records.AnnouncedDataMaps;
import no.los.dsar.repository.RecipientNoticeRepository;
import no.los.platform.events.EventTopic;
import no.los.platform.rights.DataCategory;
import no.los.platform.rights.Recipient;

/**
 * Tells the recipients of rectified data that it was rectified (Art. 19), and remembers whom: every
 * service of the suite whose answer named categories it brought up to date, and every processor that
 * the data maps the services announced name as a recipient of a rectified category. Each notice names
 * the categories and the time, never a value. The register holds no delivery channel for processors:
 * the notice is recorded here, and the privacy officer passes it on under the processing agreement.
 */
@ApplicationScoped
public class RecipientNotices {

    @Inject
    RecipientNoticeRepository notices;

    @Inject
    AnnouncedDataMaps dataMaps;

    /** Records the notices for a rectification request every service has answered. */
    @Transactional(TxType.MANDATORY)
    public List<RecipientNotice> record(DataSubjectRequest request, List<RightsPart> answers, OffsetDateTime at) {
        Map<String, AnnouncedDataMap> maps = new TreeMap<>();
        dataMaps.latest().forEach(map -> maps.put(map.service(), map));
        Map<String, Set<String>> processors = new TreeMap<>();
        List<RecipientNotice> recorded = new ArrayList<>();
        for (RightsPart answer : answers) {
            List<String> changed = answer.answeredCategories();
            if (changed.isEmpty()) {
                continue;
            }
            if (!EventTopic.CUSTOMER.owner().equals(answer.service())) {
                recorded.add(new RecipientNotice(request.id(), answer.service(), Recipient.Kind.INTERNAL_SERVICE,
                        changed, at));
            }
            AnnouncedDataMap map = maps.get(answer.service());
            if (map == null) {
                continue;
            }
            for (String name : changed) {
                map.dataMap().category(name).map(DataCategory::recipients).orElse(List.of()).stream()
                        .filter(recipient -> recipient.kind() == Recipient.Kind.PROCESSOR)
                        .forEach(processor -> processors.computeIfAbsent(processor.name(), n -> new TreeSet<>()).add(name));
            }
        }
        processors.forEach((processor, categories) -> recorded.add(new RecipientNotice(request.id(), processor,
                Recipient.Kind.PROCESSOR, List.copyOf(categories), at)));
        recorded.forEach(notices::persist);
        return recorded;
    }

    @Transactional(TxType.SUPPORTS)
    public List<RecipientNotice> ofRequest(UUID requestId) {
        return notices.ofRequest(requestId);
    }
}
