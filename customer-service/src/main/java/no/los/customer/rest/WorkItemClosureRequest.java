package no.los.customer.rest;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.customer.worklist.WorkItemClosure;

@Schema(description = "Why an agent closes a work item")
public record WorkItemClosureRequest(@NotNull WorkItemClosure reason) {
}
