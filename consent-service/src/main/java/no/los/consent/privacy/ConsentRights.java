package no.los.consent.privacy;

import static no.los.consent.privacy.ConsentDataMap.CONSENT_LEDGER;
import static no.los.consent.privacy.ConsentDataMap.ENDED_RELATIONSHIP;
import static no.los.consent.privacy.ConsentDataMap.OBJECTIONS;
import static no.los.consent.privacy.ConsentDataMap.OBJECTION_GROUNDS;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.consent.ConsentEntry;
import no.los.consent.EndedRelationship;
import no.los.consent.Objection;
import no.los.consent.ObjectionScope;
import no.los.consent.repository.ConsentLedgerRepository;
import no.los.consent.repository.EndedRelationshipRepository;
import no.los.consent.repository.ObjectionRepository;
import no.los.consent.service.Objections;
import no.los.platform.inbox.PoisonEventException;
import no.los.platform.rights.AccessPart;
import no.los.platform.rights.DataMap;
import no.los.platform.rights.DataSubjectRights;
import no.los.platform.rights.PortableWriter;

/**
 * consent-service's part in the rights of the data subject: its data map ({@link ConsentDataMap}),
 * the person's whole ledger, objections and ended relationship for an access report, the ledger and
 * the objections for an export (the person gave them), objections made as requests, and its erasure
 * rules ({@link ConsentErasure}).
 */
@ApplicationScoped
public class ConsentRights implements DataSubjectRights {

    @Inject
    ConsentLedgerRepository ledger;

    @Inject
    ObjectionRepository objections;

    @Inject
    EndedRelationshipRepository endedRelationships;

    @Inject
    EvidencePeriod evidencePeriod;

    @Inject
    ConsentErasure erasure;

    @Inject
    Objections objectionsDecided;

    /** An objection made as a data subject request is recorded here, for the privacy officer to decide. */
    @Override
    public void objectionRequested(UUID requestId, UUID customerId, String scope) {
        ObjectionScope objected = Arrays.stream(ObjectionScope.values()).filter(s -> s.name().equals(scope))
                .findFirst().orElseThrow(() -> new PoisonEventException("an objection request with an unknown scope"));
        objectionsDecided.registerOnRequest(requestId, customerId, objected);
    }

    @Override
    public DataMap dataMap() {
        return ConsentDataMap.declare(evidencePeriod);
    }

    @Override
    @Transactional(TxType.SUPPORTS)
    public AccessPart access(UUID customerId) {
        List<Objection> theirs = objections.of(customerId);
        return AccessPart.of(dataMap(), customerId)
                .category(CONSENT_LEDGER, ledger.historyOf(customerId).stream().map(ConsentRights::ledgerLine).toList())
                .category(OBJECTIONS, theirs.stream().map(ConsentRights::objection).toList())
                .category(OBJECTION_GROUNDS, theirs.stream().filter(o -> o.grounds() != null)
                        .map(ConsentRights::grounds).toList())
                .category(ENDED_RELATIONSHIP, endedRelationships.findByIdOptional(customerId).stream()
                        .map(this::endedRelationship).toList())
                .build();
    }

    /** The ledger and the objections: what the person gave or withdrew, and how LOS answered. */
    @Override
    @Transactional
    public void export(UUID customerId, PortableWriter writer) {
        writer.category(CONSENT_LEDGER);
        try (Stream<ConsentEntry> lines = ledger.streamHistoryOf(customerId)) {
            lines.map(ConsentRights::ledgerLine).forEach(writer::record);
        }
        writer.category(OBJECTIONS);
        try (Stream<Objection> theirs = objections.streamOf(customerId)) {
            theirs.map(ConsentRights::objection).forEach(writer::record);
        }
    }

    @Override
    public ErasureRules erasure() {
        return erasure;
    }

    private static Map<String, Object> ledgerLine(ConsentEntry line) {
        return AccessPart.record("purpose", line.purpose().name(), "action", line.action().name(),
                "channel", line.channel().name(), "noticeVersion", line.noticeVersion(), "evidence", line.evidence(),
                "recordedAt", line.recordedAt());
    }

    private static Map<String, Object> objection(Objection objection) {
        return AccessPart.record("id", objection.id().toString(), "scope", objection.scope().name(),
                "channel", objection.channel().name(), "status", objection.status().name(),
                "grounds", objection.grounds(), "registeredAt", objection.registeredAt(),
                "effectiveAt", objection.effectiveAt(), "decidedAt", objection.decidedAt(),
                "decisionReason", objection.decisionReason());
    }

    private static Map<String, Object> grounds(Objection objection) {
        return AccessPart.record("objectionId", objection.id().toString(), "scope", objection.scope().name(),
                "grounds", objection.grounds());
    }

    private Map<String, Object> endedRelationship(EndedRelationship ended) {
        return AccessPart.record("endedOn", ended.endedOn(), "recordedAt", ended.recordedAt(),
                "evidenceKeptUntil", evidencePeriod.keptUntil(ended.endedOn()));
    }
}
