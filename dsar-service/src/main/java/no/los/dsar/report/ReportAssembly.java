package no.los.dsar.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import no.los.dsar.DataSubjectRequest;
import no.los.dsar.RequestType;
import no.los.dsar.config.ReportConfig;
import no.los.dsar.repository.AccessReportRepository;
import no.los.dsar.repository.DataSubjectRequestRepository;
import no.los.dsar.repository.RightsPartRepository;
import no.los.dsar.rights.PartCollected;
import no.los.dsar.rights.RightsPart;
import no.los.dsar.rights.RightsProgress;
import no.los.platform.rights.AccessPart;
import no.los.platform.rights.RightsProtocol;

/**
 * Assembles the one access report of a request once every service's part has been fetched, adds
 * dsar-service's own part, stores the report until {@code los.dsar.report.keep} has passed, and
 * completes the request, all in one transaction. The parts' JSON is cleared once the report holds it.
 * A report is never assembled while a part is missing. It runs when a part is stored, and once a
 * minute for any request whose report was not assembled then (a restart between the two).
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

    private ObjectReader partReader;

    @PostConstruct
    void init() {
        partReader = json.readerFor(AccessPart.class).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

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
                .filter(found -> found.type() == RequestType.ACCESS && !found.isCompleted()).orElse(null);
        if (request == null) {
            return false;
        }
        List<RightsPart> serviceParts = parts.ofRequest(requestId);
        if (!RightsProgress.everyPartIn(RequestType.ACCESS, serviceParts)) {
            return false;
        }
        List<AccessPart> report = new ArrayList<>();
        serviceParts.forEach(part -> report.add(read(part)));
        ownPart(request.customerId()).ifPresent(report::add);
        OffsetDateTime now = OffsetDateTime.now();
        AccessReport assembled = AccessReport.assemble(request, report, now, now.plus(config.keep()));
        reports.persist(StoredAccessReport.of(assembled, write(assembled)));
        serviceParts.forEach(RightsPart::handedToReport);
        request.complete(now);
        return true;
    }

    /** What dsar-service itself holds about the person (requests, receipts, reports), once it declares its part. */
    private Optional<AccessPart> ownPart(UUID customerId) {
        return protocol.participant().map(rights -> rights.access(customerId));
    }

    private AccessPart read(RightsPart part) {
        String stored = part.part().orElseThrow(() -> new IllegalStateException(
                "the part of " + part.service() + " was collected but is no longer held"));
        try {
            return partReader.readValue(stored);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored part cannot be read", e);
        }
    }

    private String write(AccessReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the access report cannot be written as JSON", e);
        }
    }
}
