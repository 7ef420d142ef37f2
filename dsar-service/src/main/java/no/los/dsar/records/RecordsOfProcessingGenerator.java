package no.los.dsar.records;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.dsar.processors.Processor;
import no.los.dsar.processors.ProcessorRegister;
import no.los.dsar.processors.ProcessorState;
import no.los.dsar.records.RecordsOfProcessing.CategoryEntry;
import no.los.dsar.records.RecordsOfProcessing.LegalBasisEntry;
import no.los.dsar.records.RecordsOfProcessing.MapSource;
import no.los.dsar.records.RecordsOfProcessing.Origin;
import no.los.dsar.records.RecordsOfProcessing.ProcessingActivity;
import no.los.dsar.records.RecordsOfProcessing.ProcessorEntry;
import no.los.dsar.records.RecordsOfProcessing.RecipientEntry;
import no.los.dsar.records.RecordsOfProcessing.Remark;
import no.los.dsar.records.RecordsOfProcessing.RemarkKind;
import no.los.dsar.records.RecordsOfProcessing.Transfer;
import no.los.dsar.repository.ServiceDataMapRepository;
import no.los.platform.events.EventTopic;
import no.los.platform.rights.DataCategory;
import no.los.platform.rights.DataMap;
import no.los.platform.rights.DataSource;
import no.los.platform.rights.LegalBasis;
import no.los.platform.rights.ProcessingPurpose;
import no.los.platform.rights.Recipient;
import no.los.platform.rights.RightsProtocol;
import no.los.platform.rights.Safeguard;

/**
 * Generates the records of processing from what the code declares, at the moment they are asked
 * for: the latest data map every service announced, dsar-service's own map from its running code,
 * and the processor register. A category serving several purposes appears under each. Nothing here
 * is written by hand but the controller (R1) and the categories of data subjects, which the data
 * maps do not declare.
 */
@ApplicationScoped
public class RecordsOfProcessingGenerator {

    /** Every service of the suite holds data about customers, current and former; none about others. */
    static final List<String> DATA_SUBJECTS = List.of("Kunder og tidligere kunder av LOS AS");

    @Inject
    AnnouncedDataMaps announced;

    @Inject
    ServiceDataMapRepository maps;

    @Inject
    ProcessorRegister register;

    @Inject
    RightsProtocol protocol;

    @Transactional(TxType.SUPPORTS)
    public RecordsOfProcessing generate() {
        List<MapSource> builtFrom = new ArrayList<>();
        List<DataMap> live = new ArrayList<>();
        for (AnnouncedDataMap map : announced.latest()) {
            builtFrom.add(new MapSource(map.service(), Origin.ANNOUNCED, map.digest(), map.announcedAt()));
            live.add(map.dataMap());
        }
        Optional<DataMap> own = protocol.participant().map(rights -> protocol.dataMap());
        own.ifPresent(map -> {
            Optional<ServiceDataMapRepository.OwnAnnouncement> announcement = maps.ownAnnouncement(map.service());
            builtFrom.add(new MapSource(map.service(), Origin.OWN_DECLARATION,
                    announcement.map(ServiceDataMapRepository.OwnAnnouncement::digest).orElse(null),
                    announcement.map(ServiceDataMapRepository.OwnAnnouncement::announcedAt).orElse(null)));
            live.add(map);
        });

        Set<String> announcing = builtFrom.stream().map(MapSource::service).collect(Collectors.toSet());
        List<String> notYetAnnounced = AnnouncedDataMaps.ANNOUNCING_TOPICS.stream().map(EventTopic::owner)
                .filter(service -> !announcing.contains(service)).toList();

        List<Processor> registered = register.all();
        Map<String, Processor> byName = registered.stream()
                .collect(Collectors.toMap(p -> key(p.state().legalName()), Function.identity()));

        List<ProcessingActivity> activities = new ArrayList<>();
        for (ProcessingPurpose purpose : ProcessingPurpose.values()) {
            List<Categorised> categories = new ArrayList<>();
            live.forEach(map -> map.categories().stream().filter(category -> category.purposes().contains(purpose))
                    .forEach(category -> categories.add(new Categorised(map.service(), category))));
            if (!categories.isEmpty()) {
                activities.add(activity(purpose, categories, byName));
            }
        }

        List<Remark> remarks = new ArrayList<>();
        notYetAnnounced.forEach(service -> remarks.add(new Remark(RemarkKind.DATA_MAP_NOT_ANNOUNCED, service,
                service + " har ikke kunngjort datakartet sitt ennå: kategoriene derfra mangler i protokollen.")));
        if (own.isEmpty()) {
            remarks.add(new Remark(RemarkKind.DATA_MAP_NOT_ANNOUNCED, protocol.serviceName(),
                    protocol.serviceName() + " erklærer ikke noe datakart: kategoriene derfra mangler i protokollen."));
        }
        remarks.addAll(recipientRemarks(live, byName));
        registered.stream().filter(p -> p.isActive() && p.state().agreementDate() == null)
                .forEach(p -> remarks.add(new Remark(RemarkKind.AGREEMENT_DATE_MISSING, p.state().legalName(),
                        "Databehandleravtalen med " + p.state().legalName() + " har ingen registrert dato. Referansen «"
                                + p.state().agreementReference() + "» må erstattes med avtalens egen.")));

        return new RecordsOfProcessing(OffsetDateTime.now(), Controller.LOS, builtFrom, notYetAnnounced, activities,
                registered.stream().map(p -> entryOf(p.state())).toList(), remarks);
    }

    /** A category with the service that declares it. */
    private record Categorised(String service, DataCategory category) {
        String path() {
            return service + "/" + category.name();
        }
    }

    private static ProcessingActivity activity(ProcessingPurpose purpose, List<Categorised> categories,
            Map<String, Processor> register) {
        Set<LegalBasis> bases = EnumSet.noneOf(LegalBasis.class);
        Set<Safeguard> safeguards = EnumSet.noneOf(Safeguard.class);
        categories.forEach(c -> {
            bases.add(c.category().legalBasis());
            safeguards.addAll(c.category().safeguards());
        });
        List<RecipientEntry> recipients = recipients(categories, register);
        List<Transfer> transfers = recipients.stream()
                .filter(r -> r.agreement() != null && !r.agreement().withinEea())
                .map(r -> new Transfer(r.name(), r.agreement().processingCountry(), r.agreement().processingCountryName()))
                .toList();
        return new ProcessingActivity(purpose.name(), purpose.norwegian(), DATA_SUBJECTS,
                categories.stream().map(RecordsOfProcessingGenerator::entryOf).toList(),
                bases.stream().map(RecordsOfProcessingGenerator::entryOf).toList(), recipients, transfers,
                safeguards.stream().map(Safeguard::norwegian).toList());
    }

    /** The recipients of the categories, each once with all it receives: the internal services first, by name. */
    private static List<RecipientEntry> recipients(List<Categorised> categories, Map<String, Processor> register) {
        Map<String, Recipient> first = new LinkedHashMap<>();
        Map<String, Set<String>> why = new LinkedHashMap<>();
        Map<String, Set<String>> received = new LinkedHashMap<>();
        for (Categorised c : categories) {
            for (Recipient recipient : c.category().recipients()) {
                String key = recipient.kind() + " " + key(recipient.name());
                first.putIfAbsent(key, recipient);
                why.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(recipient.why());
                received.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(c.path());
            }
        }
        return first.entrySet().stream()
                .map(entry -> {
                    Recipient recipient = entry.getValue();
                    boolean processor = recipient.kind() == Recipient.Kind.PROCESSOR;
                    Processor registered = processor ? register.get(key(recipient.name())) : null;
                    return new RecipientEntry(recipient.name(), recipient.kind(), List.copyOf(why.get(entry.getKey())),
                            List.copyOf(received.get(entry.getKey())), !processor || registered != null,
                            registered == null ? null : entryOf(registered.state()));
                })
                .sorted(Comparator.comparing(RecipientEntry::kind).thenComparing(r -> key(r.name())))
                .toList();
    }

    /** A remark per processor named as a recipient that the register does not know, or whose agreement ended. */
    private static List<Remark> recipientRemarks(List<DataMap> live, Map<String, Processor> register) {
        Map<String, Set<String>> unknown = new LinkedHashMap<>();
        Map<String, Set<String>> ended = new LinkedHashMap<>();
        for (DataMap map : live) {
            for (DataCategory category : map.categories()) {
                category.recipients().stream().filter(r -> r.kind() == Recipient.Kind.PROCESSOR).forEach(r -> {
                    Processor registered = register.get(key(r.name()));
                    String path = map.service() + "/" + category.name();
                    if (registered == null) {
                        unknown.computeIfAbsent(r.name(), k -> new LinkedHashSet<>()).add(path);
                    } else if (!registered.isActive()) {
                        ended.computeIfAbsent(registered.state().legalName(), k -> new LinkedHashSet<>()).add(path);
                    }
                });
            }
        }
        List<Remark> remarks = new ArrayList<>();
        unknown.forEach((name, paths) -> remarks.add(new Remark(RemarkKind.PROCESSOR_NOT_IN_REGISTER, name,
                "«" + name + "» er oppgitt som databehandler for " + String.join(", ", paths)
                        + ", men finnes ikke i databehandlerregisteret.")));
        ended.forEach((name, paths) -> remarks.add(new Remark(RemarkKind.PROCESSOR_AGREEMENT_ENDED, name,
                "Databehandleravtalen med " + name + " er avsluttet, men " + String.join(", ", paths)
                        + " oppgir fortsatt " + name + " som mottaker.")));
        return remarks;
    }

    private static CategoryEntry entryOf(Categorised c) {
        DataCategory category = c.category();
        return new CategoryEntry(c.service(), category.name(), category.title(), category.description(),
                entryOf(category.legalBasis()), sourceOf(category), category.retention(),
                category.safeguards().stream().map(Safeguard::norwegian).toList(), category.portable(),
                category.automatedDecisions());
    }

    /** The source as the records name it: the data subject's own "Deg selv" reads "Den registrerte selv" here. */
    private static String sourceOf(DataCategory category) {
        return category.source() == DataSource.DATA_SUBJECT ? "Den registrerte selv (kunden)"
                : category.source().norwegian();
    }

    private static LegalBasisEntry entryOf(LegalBasis basis) {
        return new LegalBasisEntry(basis.name(), "Art. " + basis.article(), basis.norwegian());
    }

    static ProcessorEntry entryOf(ProcessorState state) {
        return new ProcessorEntry(state.legalName(), state.organisationNumber(), state.processes(), state.systems(),
                state.agreementReference(), state.agreementDate(), state.processingCountry().code(),
                state.processingCountry().norwegianName(), state.processingCountry().isInEea(), state.status().name(),
                state.endedOn());
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
