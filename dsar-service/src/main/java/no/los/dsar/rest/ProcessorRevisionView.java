package no.los.dsar.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.dsar.processors.ProcessorRevision;

@Schema(description = "One change of a processor's entry: who, when, and what the entry became")
public record ProcessorRevisionView(@Schema(minimum = "1", maximum = "2147483647") int revision,
        ProcessorRevision.Change change,
        @Schema(description = "The subject of the token that made the change", maxLength = ProcessorRevision.MAX_CHANGED_BY)
        String changedBy,
        OffsetDateTime changedAt, ProcessorView became) {

    static ProcessorRevisionView of(ProcessorRevision revision) {
        return new ProcessorRevisionView(revision.revision(), revision.change(), revision.changedBy(),
                revision.changedAt(), ProcessorView.of(revision.processorId(), revision.revision(), revision.state()));
    }
}
