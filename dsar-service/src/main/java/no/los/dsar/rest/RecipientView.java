package no.los.dsar.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.dsar.rights.RecipientNotice;
import no.los.platform.rights.DataCategory;
import no.los.platform.rights.Recipient;

@Schema(description = "A recipient told of a rectification (Art. 19): which categories were rectified and when, "
        + "never the values")
public record RecipientView(UUID id,
        @Schema(description = "A service of the suite or a processor's legal name", maxLength = Recipient.MAX_NAME,
                example = "consumption-service") String recipient,
        Recipient.Kind kind,
        @Schema(maxItems = DataCategory.MAX_LIST, example = "[\"postal-address\"]")
        List<@Size(max = DataCategory.MAX_NAME) String> categories,
        OffsetDateTime notifiedAt) {

    static RecipientView of(RecipientNotice notice) {
        return new RecipientView(notice.id(), notice.recipient(), notice.kind(), notice.categories(), notice.notifiedAt());
    }
}
