package no.los.dsar.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import no.los.dsar.DataSubjectRequest;
import no.los.dsar.DataSubjectRequest.Status;
import no.los.dsar.DataSubjectRequest.SubmittedBy;
import no.los.dsar.IdentityCheck;
import no.los.dsar.Objected;
import no.los.dsar.ObjectionScope;
import no.los.dsar.RequestChannel;
import no.los.dsar.RequestStep;
import no.los.dsar.RequestType;
import no.los.dsar.TrackedRequest;

public record RequestView(UUID id, UUID customerId, RequestType type, RequestChannel channel, SubmittedBy submittedBy,
        OffsetDateTime receivedAt,
        @Schema(description = "The day it must be answered by (Europe/Oslo): the earlier of 30 days and one calendar "
                + "month after the day of receipt") LocalDate dueOn,
        @Schema(description = "The later day a preliminary answer moved the deadline to; null unless extended")
        LocalDate extendedTo,
        Status status,
        @Schema(description = "When the request was completed; null unless it was") OffsetDateTime completedAt,
        @Schema(description = "When the request was refused; null unless it was") OffsetDateTime refusedAt,
        @Schema(description = "When the person withdrew the request; null unless they did") OffsetDateTime withdrawnAt,
        @Schema(description = "How the person's identity was established: LOGIN on Min side, MANUAL_CHECK by staff, "
                + "ONE_TIME_CODE sent to the registered contact and given back; null while it is not established") IdentityCheck identityCheck,
        @Schema(description = "A staff-registered erasure or restriction still waits for a second privacy officer")
        boolean awaitsApproval,
        @Schema(description = "When the services were told of the request; null while it waits for identity or "
                + "approval (the deadline runs from receipt all the same)") OffsetDateTime announcedAt,
        @Schema(description = "Open, and to be answered within the warning period (los.dsar.deadline.warn-days-before)")
        boolean dueSoon,
        @Schema(description = "Still open after the day it had to be answered by") boolean overdue,
        @Schema(description = "Where the data subject can complain", maxLength = 100) String complaintsTo,
        @Schema(description = "What happened to the request, by whom and when, the first first",
                maxItems = RequestStep.MAX_STEPS) List<StepView> history,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "What an objection request objects to; only on objection requests") ObjectionView objection,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Each service's confirmation; only on erasure requests") ErasureView erasure,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Each service's answer; on every request but erasure") RightsView rights) {

    static final String DATATILSYNET = "Datatilsynet, www.datatilsynet.no";

    @Schema(description = "One step of a request: what, when, and whether the person, staff or dsar-service took it")
    public record StepView(RequestStep.Kind step, OffsetDateTime at, RequestStep.TakenBy by) {
    }

    @Schema(description = "The scope objected to and the person's grounds; consent-service records the objection and "
            + "the privacy officer decides it there")
    public record ObjectionView(ObjectionScope scope,
            @Schema(description = "The person's particular situation while the request is open; null for direct "
                    + "marketing without grounds, and once the request is closed", maxLength = Objected.MAX_GROUNDS)
            String grounds) {
    }

    static RequestView of(TrackedRequest tracked) {
        DataSubjectRequest request = tracked.request();
        return new RequestView(request.id(), request.customerId(), request.type(), request.channel(),
                request.submittedBy(), request.receivedAt(), request.dueOn(), request.extendedTo().orElse(null),
                request.status(), request.completedAt(), request.refusedAt(), request.withdrawnAt(),
                request.identityCheck().orElse(null), request.awaitsApproval(), request.announcedAt(), tracked.dueSoon(),
                tracked.overdue(), DATATILSYNET,
                tracked.steps().stream().map(step -> new StepView(step.step(), step.takenAt(), step.takenBy())).toList(),
                request.objectionScope().map(scope -> new ObjectionView(scope, request.objectionGrounds().orElse(null)))
                        .orElse(null),
                tracked.erasure() == null ? null : ErasureView.of(tracked.erasure()),
                tracked.rights() == null ? null : RightsView.of(tracked.rights()));
    }
}
