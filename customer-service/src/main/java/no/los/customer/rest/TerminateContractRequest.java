package no.los.customer.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Ends supply at the end of endsOn: on or after the start, at most 90 days "
        + "back (los.customer.termination.max-days-back) and at most one year ahead (Europe/Oslo days)")
public record TerminateContractRequest(@NotNull @Schema(example = "2026-11-26") LocalDate endsOn) {
}
