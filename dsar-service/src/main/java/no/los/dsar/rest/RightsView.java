package no.los.dsar.rest;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.dsar.rights.RightsPart;
import no.los.dsar.rights.RightsProgress;
import no.los.platform.events.EventTopic;
import no.los.platform.rights.DataCategory;
import no.los.platform.rights.DataMap;

@Schema(description = "How far an access, portability, rectification or restriction request has come, service by service")
public record RightsView(RightsProgress.Status status,
        @Schema(maxItems = EventTopic.MAX_SERVICES) List<ServicePartView> services,
        @Schema(description = "Some service's part is not in within the answer timeout") boolean late) {

    static RightsView of(RightsProgress progress) {
        return new RightsView(progress.status(), progress.services().stream().map(ServicePartView::of).toList(),
                progress.late());
    }

    @Schema(description = "One service's part: answered on the bus, and for access fetched over REST")
    public record ServicePartView(
            @Schema(example = "consumption-service", maxLength = DataMap.MAX_SERVICE, pattern = DataMap.NAME_PATTERN) String service,
            RightsPart.Status status,
            @Schema(description = "When the service answered; null while awaited") OffsetDateTime answeredAt,
            @Schema(description = "What the answer named: for access and portability the categories of the part, for "
                    + "rectification the categories the service brought up to date (none when it holds no copy), for "
                    + "restriction the categories whose processing it stopped", maxItems = DataCategory.MAX_LIST)
            List<@Size(max = DataCategory.MAX_NAME) String> categories,
            @Schema(description = "Restriction: when the service confirmed that it lifted it; null until then")
            OffsetDateTime liftConfirmedAt,
            @Schema(description = "When dsar-service fetched the part; null until then") OffsetDateTime collectedAt,
            @Schema(description = "Failed fetches so far", minimum = "0", maximum = "2147483647") int failedAttempts,
            @Schema(description = "The kind of the last failed fetch, e.g. ServiceUnavailable", nullable = true,
                    maxLength = RightsPart.MAX_FAILURE)
            String lastFailure) {

        static ServicePartView of(RightsPart part) {
            return new ServicePartView(part.service(), part.status(), part.answeredAt(), part.answeredCategories(),
                    part.liftConfirmedAt().orElse(null), part.collectedAt(), part.failedAttempts(),
                    part.lastFailure().orElse(null));
        }
    }
}
