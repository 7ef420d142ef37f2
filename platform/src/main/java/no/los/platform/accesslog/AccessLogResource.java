package no.los.platform.accesslog;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.platform.http.Page;
import no.los.platform.security.Roles;

/** The privacy officer's view of the service's access log (R8). */
@Path("access-log")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Access log", description = "Who read or changed whose personal data in this service")
public class AccessLogResource {

    @Inject
    AccessLog log;

    @GET
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    @Operation(operationId = "accessLogEntries", summary = "Entries of the access log",
            description = "At most limit entries. With customerId: the entries about that person, oldest first; pass the "
                    + "page's next as after for the following page. Without: the newest entries first; pass the page's "
                    + "next as before for the following page. next is absent on the last page.")
    @APIResponse(responseCode = "200", description = "One page of at most limit entries")
    public Page<AccessLogEntry> entries(@QueryParam("customerId") UUID customerId,
            @QueryParam("before") @DefaultValue("9223372036854775807") @Min(1) @Schema(maximum = "9223372036854775807") long before,
            @QueryParam("after") @DefaultValue("0") @Min(0) @Schema(maximum = "9223372036854775807") long after,
            @QueryParam("limit") @DefaultValue("" + Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int limit) {
        List<AccessLogEntry> readOneMore = customerId != null ? log.pageOf(customerId, after, limit + 1)
                : log.page(before, limit + 1);
        return Page.of(readOneMore, limit, entry -> Long.toString(entry.seq()));
    }

    @GET
    @Path("verification")
    @RolesAllowed({ Roles.PRIVACY_OFFICER, Roles.ADMIN })
    @Operation(operationId = "verifyAccessLog", summary = "Walk the hash chain of the access log",
            description = "intact=false names the first entry that no longer fits its fields or its predecessor.")
    public ChainVerification verification() {
        return log.verify();
    }
}
