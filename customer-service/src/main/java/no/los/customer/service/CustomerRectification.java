package no.los.customer.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.los.customer.Customer;
import no.los.customer.PostalAddress;
import no.los.customer.identity.NationalIdNumber;
import no.los.customer.identity.NationalIdProtection;
import no.los.customer.privacy.CustomerDataMap;
import no.los.customer.repository.CustomerRepository;
import no.los.customer.worklist.WorkItemKind;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.OutgoingEvent;
import no.los.platform.outbox.Outbox;
import no.los.platform.problem.ConflictProblem;
import no.los.platform.problem.InvalidInputException;
import no.los.platform.problem.NotFoundProblem;
import no.los.platform.rights.Restrictions;
import no.los.platform.rights.RightsProtocol;

/**
 * Rectifying what is registered about a customer (Art. 16), also a former customer whose contact
 * details were erased. The suite hears which fields changed, never their values (Art. 19); the
 * other services bring their copies up to date and answer the rectification request, if one asked
 * for it, as customer-service does here. While the person's processing is restricted, only the
 * privacy officer rectifies.
 */
@ApplicationScoped
public class CustomerRectification {

    @Inject
    CustomerRepository customers;

    @Inject
    NationalIdProtection protection;

    @Inject
    Outbox outbox;

    @Inject
    Restrictions restrictions;

    @Inject
    RightsProtocol rights;

    @Inject
    Worklist worklist;

    @Inject
    PopulationChecks populationChecks;

    /** The fields a rectification can name, as the rectified event lists them. */
    public enum Field {
        NAME, POSTAL_ADDRESS, PHONE, EMAIL, NATIONAL_ID
    }

    /**
     * The corrected values; {@code null} leaves a field as it is. Every value given is already
     * validated; at least one must be given.
     *
     * @param requestId          the data-subject request that asked for it, if any
     * @param settlesRestriction the privacy officer rectifies: the one change allowed while processing of
     *                           the person's data is restricted (Art. 18(1)(a))
     */
    public record RectifyCustomer(UUID customerId, String fullName, PostalAddress address, String phone, String email,
            NationalIdNumber nationalIdNumber, UUID requestId, boolean settlesRestriction) {

        public RectifyCustomer {
            if (fullName == null && address == null && phone == null && email == null && nationalIdNumber == null) {
                throw new InvalidInputException("body", "names no field to rectify");
            }
        }

        List<Field> fields() {
            List<Field> fields = new ArrayList<>();
            if (fullName != null) {
                fields.add(Field.NAME);
            }
            if (address != null) {
                fields.add(Field.POSTAL_ADDRESS);
            }
            if (phone != null) {
                fields.add(Field.PHONE);
            }
            if (email != null) {
                fields.add(Field.EMAIL);
            }
            if (nationalIdNumber != null) {
                fields.add(Field.NATIONAL_ID);
            }
            return fields;
        }

        /** The categories of customer-service's data map the fields belong to, in data-map order. */
        List<String> categories() {
            List<String> categories = new ArrayList<>();
            if (fullName != null || nationalIdNumber != null) {
                categories.add(CustomerDataMap.IDENTITY);
            }
            if (address != null) {
                categories.add(CustomerDataMap.POSTAL_ADDRESS);
            }
            if (phone != null || email != null) {
                categories.add(CustomerDataMap.CONTACT_DETAILS);
            }
            return categories;
        }
    }

    /** Announced to the suite: which fields, never what they hold now or held before. */
    public record CustomerRectified(UUID customerId, List<Field> fields, UUID requestId, OffsetDateTime rectifiedAt) {
    }

    @Transactional
    public Customer rectify(RectifyCustomer command) {
        outbox.lockCustomer(command.customerId());
        Customer customer = customers.findByIdOptional(command.customerId())
                .orElseThrow(() -> new NotFoundProblem("Customer"));
        if (!command.settlesRestriction()) {
            restrictions.requireUnrestricted(customer.id(), "Rectifying the customer outside the privacy officer");
        }
        if (command.fullName() != null) {
            customer.rectifyName(command.fullName());
        }
        if (command.address() != null) {
            customer.rectifyAddress(command.address());
        }
        if (command.phone() != null) {
            customer.rectifyPhone(command.phone());
        }
        if (command.email() != null) {
            customer.rectifyEmail(command.email());
            worklist.resolve(customer.id(), WorkItemKind.MISSING_EMAIL);
        }
        if (command.nationalIdNumber() != null) {
            if (customers.otherHasNationalId(protection.lookupCandidates(command.nationalIdNumber()), customer.id())) {
                throw new ConflictProblem("Another customer is registered with this national ID number");
            }
            customer.resealNationalId(protection.seal(customer.id(), command.nationalIdNumber()));
        }
        if (command.fullName() != null || command.address() != null || command.nationalIdNumber() != null) {
            populationChecks.queue(customer.id()); // checked again: a difference the agent fixed closes its item
        }
        customers.flush(); // a concurrent twin of the national ID number fails here, as a conflict
        outbox.add(new OutgoingEvent(EventTopic.CUSTOMER, EventTypes.CUSTOMER_RECTIFIED, customer.id(),
                new CustomerRectified(customer.id(), command.fields(), command.requestId(), OffsetDateTime.now())));
        if (command.requestId() != null) {
            rights.answerRectification(command.requestId(), customer.id(), command.categories());
        }
        return customer;
    }
}
