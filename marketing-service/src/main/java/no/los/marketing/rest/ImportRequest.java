package no.los.marketing.rest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.marketing.NewsletterAddress;
import no.los.marketing.service.NewsletterImport;

@Schema(description = "Addresses to bring into the e-mail store, at most 1000 at a time")
public record ImportRequest(@NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid Entry> entries) {

    @Schema(description = "One customer's address")
    public record Entry(
            @NotNull @Schema(example = "3f2c1d4e-5b6a-4c7d-8e9f-0a1b2c3d4e5f") UUID customerId,
            @NotBlank @Email @Size(max = 254) @Schema(example = "kari.nordmann@example.no") String email) {
    }

    List<NewsletterImport.Entry> toEntries() {
        return entries.stream()
                .map(entry -> new NewsletterImport.Entry(entry.customerId(), new NewsletterAddress(entry.email())))
                .toList();
    }
}
