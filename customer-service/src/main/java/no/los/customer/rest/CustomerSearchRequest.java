package no.los.customer.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.customer.Customer;
import no.los.customer.identity.NationalIdNumber;
import no.los.customer.service.CustomerSearch;
import no.los.customer.service.CustomerSearch.ByEmail;
import no.los.customer.service.CustomerSearch.ByMeteringPoint;
import no.los.customer.service.CustomerSearch.ByNamePrefix;
import no.los.customer.service.CustomerSearch.ByNationalId;
import no.los.customer.service.CustomerSearch.ByPhone;
import no.los.customer.service.CustomerSearch.Key;
import no.los.platform.identifiers.MeteringPointId;
import no.los.platform.problem.InvalidInputException;

@Schema(description = "What an agent searches by: exactly one of the keys. Sent in the body, so that no national ID "
        + "number or address ends up in a URL or an access log of a proxy")
public record CustomerSearchRequest(
        @Size(max = NationalIdNumber.MAX_INPUT) @Schema(description = "Fødselsnummer or D-nummer, 11 digits; found "
                + "through its keyed hash", example = "02813299944") String nationalIdNumber,
        @Pattern(regexp = Customer.PHONE_PATTERN, message = "must be a phone number: digits, spaces and an optional leading +")
        @Schema(description = "Compared on its last " + CustomerSearch.PHONE_DIGITS + " digits, spaces and the "
                + "country code left out", example = "+47 400 00 000", maxLength = Customer.MAX_PHONE) String phone,
        @Email @Size(min = 3, max = Customer.MAX_EMAIL) @Schema(description = "Compared without regard to case",
                example = "kari.nordmann@example.no") String email,
        @Size(max = MeteringPointId.LENGTH) @Schema(description = "The customer the metering point is registered to",
                example = "707057500042745649", pattern = MeteringPointId.PATTERN) String meteringPointId,
        @Size(max = Customer.MAX_NAME) @Schema(description = "The start of any word of the name (after a space or a hyphen), at least "
                + CustomerSearch.MIN_NAME_PREFIX + " letters, without regard to case", example = "Nordm") String name) {

    private static final String KEYS = "nationalIdNumber, phone, email, meteringPointId or name";

    Key toKey() {
        List<Key> keys = new ArrayList<>();
        if (nationalIdNumber != null) {
            keys.add(new ByNationalId(NationalIdNumber.parse(nationalIdNumber)));
        }
        if (phone != null) {
            keys.add(new ByPhone(phone));
        }
        if (email != null) {
            keys.add(new ByEmail(email));
        }
        if (meteringPointId != null) {
            keys.add(new ByMeteringPoint(new MeteringPointId(meteringPointId)));
        }
        if (name != null) {
            keys.add(new ByNamePrefix(name));
        }
        if (keys.size() != 1) {
            throw new InvalidInputException("body", "must name exactly one of " + KEYS);
        }
        return keys.get(0);
    }
}
