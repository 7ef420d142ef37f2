package no.los.dsar.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import no.los.dsar.DataSubjectRequest;
import no.los.dsar.DataSubjectRequest.SubmittedBy;
import no.los.dsar.RequestType;
import no.los.dsar.repository.AccessReportRepository;
import no.los.dsar.repository.DataSubjectRequestRepository;
import no.los.dsar.repository.ReportDownloadRepository;
import no.los.dsar.repository.RightsPartRepository;
import no.los.dsar.rights.RightsPart;
import no.los.platform.problem.ConflictProblem;
import no.los.platform.problem.NotFoundProblem;
import no.los.platform.security.Roles;

/**
 * Handing out an access report: to the person, for their own request only; to the privacy officer;
 * to an agent for a request that agent registered. Every download is recorded with who made it, in
 * which role and format, in the transaction that reads the report, so no copy leaves unrecorded.
 */
@ApplicationScoped
public class ReportDownloads {

    /** A report ready to be sent. */
    public record ReportDocument(ReportFormat format, String fileName, byte[] content) {
    }

    @Inject
    DataSubjectRequestRepository requests;

    @Inject
    AccessReportRepository reports;

    @Inject
    ReportDownloadRepository downloads;

    @Inject
    RightsPartRepository parts;

    @Inject
    ObjectMapper json;

    private ObjectReader reportReader;

    @PostConstruct
    void init() {
        reportReader = json.readerFor(AccessReport.class).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /** The signed-in person's report of their own request; another person's request is not found. */
    @Transactional
    public ReportDocument forDataSubject(UUID requestId, UUID customerId, Downloader person, ReportFormat format) {
        DataSubjectRequest request = requests.findByIdOptional(requestId)
                .filter(found -> found.customerId().equals(customerId))
                .orElseThrow(() -> new NotFoundProblem("Request"));
        return deliver(request, person, format);
    }

    /** The report for the privacy officer, or for the agent who registered the request. */
    @Transactional
    public ReportDocument forStaff(UUID requestId, Downloader staff, ReportFormat format) {
        DataSubjectRequest request = requests.findByIdOptional(requestId)
                .orElseThrow(() -> new NotFoundProblem("Request"));
        if (!Roles.PRIVACY_OFFICER.equals(staff.role()) && !registeredBy(request, staff)) {
            throw new NotTheRegisteringAgent();
        }
        return deliver(request, staff, format);
    }

    private static boolean registeredBy(DataSubjectRequest request, Downloader agent) {
        return request.submittedBy() == SubmittedBy.STAFF_ON_BEHALF
                && request.registeredBy().filter(agent.subject()::equals).isPresent();
    }

    private ReportDocument deliver(DataSubjectRequest request, Downloader downloader, ReportFormat format) {
        if (request.type() != RequestType.ACCESS) {
            throw new NotFoundProblem("Access report of this " + request.type().name().toLowerCase(Locale.ROOT)
                    + " request");
        }
        StoredAccessReport stored = reports.findByIdOptional(request.id())
                .orElseThrow(() -> new ConflictProblem(notReadyYet(request)));
        String report = stored.report().orElseThrow(() -> new ReportGone(stored.deletedAt().orElseThrow()));
        downloads.persist(ReportDownload.of(request.id(), downloader, format, OffsetDateTime.now()));
        return new ReportDocument(format, format.fileName(request.id()), render(report, format));
    }

    private String notReadyYet(DataSubjectRequest request) {
        List<RightsPart> serviceParts = parts.ofRequest(request.id());
        long in = serviceParts.stream().filter(part -> part.isIn(RequestType.ACCESS)).count();
        return "The access report is not complete yet: the parts of " + in + " of " + serviceParts.size()
                + " services are in";
    }

    private byte[] render(String report, ReportFormat format) {
        return switch (format) {
            case JSON -> report.getBytes(StandardCharsets.UTF_8);
            case HTML -> AccessReportHtml.write(read(report)).getBytes(StandardCharsets.UTF_8);
            case PDF -> AccessReportPdf.render(AccessReportHtml.write(read(report)));
        };
    }

    private AccessReport read(String report) {
        try {
            return reportReader.readValue(report);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored access report cannot be read", e);
        }
    }
}
