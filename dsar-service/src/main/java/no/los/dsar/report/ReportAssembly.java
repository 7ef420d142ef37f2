package no.los.dsar.report;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import no.los.dsar.DataSubjectRequest;
import no.los.dsar.RequestType;
import no.los.dsar.config.ReportConfig;
import no.los.dsar.letters.RequestCompletion;
import no.los.dsar.repository.AccessReportRepository;
import no.los.dsar.repository.CollectedPartRepository;
import no.los.dsar.repository.DataSubjectRequestRepository;
import no.los.dsar.repository.RightsPartRepository;
import no.los.dsar.rights.PartCollected;
import no.los.dsar.rights.PartOutline;
import no.los.dsar.rights.RightsPart;
import no.los.dsar.rights.RightsProgress;
import no.los.platform.rights.AccessPart;
import no.los.platform.rights.RightsProtocol;

/**
 * Assembles the one access report of a request once every service's part has been fetched, adds
 * dsar-service's own part, stores the report until {@code los.dsar.report.keep} has passed, and
 * completes the request, all in one transaction. The parts go into the report as they were stored,
 * joined in the database ({@link AccessReportRepository#storeAssembled}): the readings of years are
 * not read back and written again. The parts are deleted once the report holds them. A report is
 * never assembled while a part is missing. It runs when a part is stored, and once a minute for any
 * request whose report was not assembled then (a restart between the two).
 */
@ApplicationScoped
public class ReportAssembly {

    private static final Logger LOG = Logger.getLogger(ReportAssembly.class);

    @Inject
    DataSubjectRequestRepository requests;

    @Inject
    RightsPartRepository parts;

    @Inject
    AccessReportRepository reports;

    @Inject
    RightsProtocol protocol;

    @Inject
    ReportConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    CollectedPartRepository collectedParts;

    @Inject
    RequestCompletion completion;

    void onPartCollected(@Observes PartCollected collected) {
        assembleQuietly(collected.requestId());
    }

    @Scheduled(identity = "access-report-assembly", every = "${los.dsar.report.assemble-every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        QuarkusTransaction.requiringNew().call(parts::accessRequestsWithEveryPartCollected)
                .forEach(this::assembleQuietly);
    }

    private void assembleQuietly(UUID requestId) {
        try {
            QuarkusTransaction.requiringNew().call(() -> assemble(requestId));
        } catch (RuntimeException e) {
            // The message is left out: it could quote a part's data. The scheduled round tries again.
            LOG.warnf("Assembling the access report of request %s failed with %s", requestId, e.getClass().getName());
        }
    }

    /**
     * Assembles and stores the report of the request if every part is in and none was assembled yet.
     * Returns whether it did. The request is locked, so it is assembled once.
     */
    @Transactional
    public boolean assemble(UUID requestId) {
        DataSubjectRequest request = requests.findForUpdate(requestId)
                .filter(found -> found.type() == RequestType.ACCESS && found.isOpen()).orElse(null);
        if (request == null) {
            return false;
        }
        List<RightsPart> serviceParts = parts.ofRequest(requestId);
        if (!RightsProgress.everyPartIn(RequestType.ACCESS, serviceParts)) {
            return false;
        }
        if (collectedParts.countOfRequest(requestId) != serviceParts.size()) {
            throw new IllegalStateException("a collected part of request " + requestId + " is no longer held");
        }
        AccessPart own = ownPart(request.customerId());
        List<String> automated = new ArrayList<>(collectedParts.automatedDecisionsOfRequest(requestId));
        automated.addAll(PartOutline.automatedDecisionCategories(own));
        automated.sort(null);
        OffsetDateTime now = OffsetDateTime.now();
        AccessReport envelope = AccessReport.envelope(request, automated, now, now.plus(config.keep()));
        ReportJson frame = ReportJson.around(json, envelope);
        reports.storeAssembled(envelope, frame.head(), frame.tail(), own.service(), write(own));
        collectedParts.releaseOfRequest(requestId);
        completion.complete(request, now);
        return true;
    }

    /** What dsar-service itself holds about the person: requests, progress, receipts, reports. */
    private AccessPart ownPart(UUID customerId) {
        return protocol.access(customerId);
    }

    private String write(AccessPart part) {
        try {
            return json.writeValueAsString(part);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("dsar-service's own part cannot be written as JSON", e);
        }
    }
}
