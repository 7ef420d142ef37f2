package no.los.customer.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.customer.Customer;
import no.los.customer.identity.NationalIdNumber;
import no.los.customer.identity.NationalIdProtection;
import no.los.customer.repository.CustomerRepository;
import no.los.customer.repository.CustomerRepository.SearchCursor;
import no.los.platform.http.Page;
import no.los.platform.identifiers.MeteringPointId;
import no.los.platform.problem.InvalidInputException;

/**
 * Finding a customer, for the agent who answers the phone (R9): by one key at a time, in the order
 * of the customers' names. The national ID number is found through its keyed hash, never by opening
 * stored numbers; only the numbers of the customers on the page are opened, to be shown masked.
 */
@ApplicationScoped
public class CustomerSearch {

    /** The shortest name prefix searched for: one letter would hand out much of the register. */
    public static final int MIN_NAME_PREFIX = 2;
    /** Phone numbers are compared on their last digits: the length of a Norwegian number. */
    public static final int PHONE_DIGITS = 8;

    @Inject
    CustomerRepository customers;

    @Inject
    NationalIdProtection protection;

    /** What to search by: exactly one key. */
    public sealed interface Key permits ByNationalId, ByPhone, ByEmail, ByMeteringPoint, ByNamePrefix {
    }

    public record ByNationalId(NationalIdNumber number) implements Key {
    }

    /** A phone number in any spelling: spaces, a country code, a leading +. */
    public record ByPhone(String phone) implements Key {

        public ByPhone {
            String digits = phone.replaceAll("\\D", "");
            if (digits.length() < PHONE_DIGITS) {
                throw new InvalidInputException("phone", "must hold at least " + PHONE_DIGITS + " digits");
            }
        }

        String lastDigits() {
            String digits = phone.replaceAll("\\D", "");
            return digits.substring(digits.length() - PHONE_DIGITS);
        }
    }

    /** An e-mail address, compared without regard to case. */
    public record ByEmail(String email) implements Key {
    }

    public record ByMeteringPoint(MeteringPointId meteringPointId) implements Key {
    }

    /** The start of any of the name's words (after a space or a hyphen), without regard to case. */
    public record ByNamePrefix(String prefix) implements Key {

        public ByNamePrefix {
            prefix = prefix.strip();
            if (prefix.length() < MIN_NAME_PREFIX) {
                throw new InvalidInputException("name", "must hold at least " + MIN_NAME_PREFIX + " letters");
            }
        }
    }

    /** A customer found, with the number opened for masking. */
    public record Match(Customer customer, NationalIdNumber nationalIdNumber) {
    }

    /** A page of the customers the key finds, by name; {@code after} is the next of the previous page. */
    @Transactional(TxType.SUPPORTS)
    public Page<Match> search(Key key, String after, int size) {
        SearchCursor cursor = after == null ? null : cursorAfter(after);
        Page<Customer> page = Page.of(found(key, cursor, size + 1), size, customer -> customer.id().toString());
        return new Page<>(page.items().stream()
                .map(customer -> new Match(customer, protection.open(customer.id(), customer.nationalId())))
                .toList(), page.next());
    }

    /** At most {@code count} customers the key finds after the cursor; a number or a point finds one at most. */
    private List<Customer> found(Key key, SearchCursor cursor, int count) {
        if (key instanceof ByNationalId byNumber) {
            return cursor == null ? customers.withNationalIdAmong(protection.lookupCandidates(byNumber.number())) : List.of();
        }
        if (key instanceof ByMeteringPoint byPoint) {
            return cursor == null ? customers.supplyingAt(byPoint.meteringPointId()) : List.of();
        }
        if (key instanceof ByPhone byPhone) {
            return customers.withPhoneEndingIn(byPhone.lastDigits(), cursor, count);
        }
        if (key instanceof ByEmail byEmail) {
            return customers.withEmail(byEmail.email().strip(), cursor, count);
        }
        ByNamePrefix byName = (ByNamePrefix) key;
        return customers.withNamePrefix(byName.prefix(), cursor, count);
    }

    /** The place after the customer the cursor names; gone since the page was read, it is a 400. */
    private SearchCursor cursorAfter(String after) {
        UUID id;
        try {
            id = UUID.fromString(after);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Page.AFTER, "is not the next of a page of customers");
        }
        return customers.findByIdOptional(id).map(customer -> new SearchCursor(customer.fullName(), id))
                .orElseThrow(() -> new InvalidInputException(Page.AFTER, "names no customer; search again"));
    }
}
