package no.los.customer.privacy;

import static no.los.platform.rights.AccessPart.record;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.customer.Customer;
import no.los.customer.PostalAddress;
import no.los.customer.contract.Contract;
import no.los.customer.identity.NationalIdProtection;
import no.los.customer.interaction.Interaction;
import no.los.customer.metering.MeterSwap;
import no.los.customer.metering.MeteringPoint;
import no.los.customer.repository.ContractRepository;
import no.los.customer.repository.CustomerRepository;
import no.los.customer.repository.MeterSwapRepository;
import no.los.customer.repository.MeteringPointRepository;
import no.los.customer.repository.WorkItemRepository;
import no.los.customer.service.InteractionLog;
import no.los.customer.service.InteractionLog.Entry;
import no.los.platform.time.OsloCalendar;

/**
 * The person's records in one category of the data map, as flat rows: what the access part shows
 * and the export writes. The person's own copy, so the national ID number is decrypted in full.
 * Every row of a category has the same fields in the same order (the export's CSV columns). A
 * customer has a handful of contracts and metering points, so they are read as lists.
 */
@ApplicationScoped
class CustomerRecords {

    @Inject
    CustomerRepository customers;

    @Inject
    ContractRepository contracts;

    @Inject
    MeteringPointRepository meteringPoints;

    @Inject
    WorkItemRepository workItems;

    @Inject
    MeterSwapRepository meterSwaps;

    @Inject
    InteractionLog interactions;

    @Inject
    NationalIdProtection protection;


    /** The rows of the category about the customer; none when the service does not know the person. */
    List<Map<String, Object>> in(String category, UUID customerId) {
        Optional<Customer> customer = customers.findByIdOptional(customerId);
        return switch (category) {
            case CustomerDataMap.IDENTITY -> customer.map(this::identity).stream().toList();
            case CustomerDataMap.POSTAL_ADDRESS -> customer.map(CustomerRecords::address).stream().toList();
            case CustomerDataMap.CONTACT_DETAILS -> customer.filter(held -> held.contactDetailCount() > 0)
                    .map(held -> record("email", held.email(), "phone", held.phone())).stream().toList();
            case CustomerDataMap.CONTRACTS -> contracts.ofCustomer(customerId).stream().map(this::contract).toList();
            case CustomerDataMap.METERING_POINTS -> meteringPoints.ofCustomer(customerId).stream()
                    .map(point -> meteringPoint(point, customer.map(held -> held.addressProtection().isProtected())
                            .orElse(false))).toList();
            case CustomerDataMap.METER_HISTORY -> meterSwaps.ofMeteringPoints(meteringPoints.ofCustomer(customerId).stream()
                    .map(point -> point.id().value()).toList()).stream().map(CustomerRecords::meterSwap).toList();
            case CustomerDataMap.INTERACTION_LOG -> interactions.entriesOf(customerId).stream()
                    .map(CustomerRecords::interaction).toList();
            case CustomerDataMap.VISITOR_REGISTER -> List.of(); // linked to no customer: found by name on request
            case CustomerDataMap.WORK_ITEMS -> workItems.ofCustomer(customerId).stream()
                    .map(item -> record("kind", item.kind().name(), "openedAt", item.openedAt())).toList();
            case CustomerDataMap.PENDING_ERASURE_REQUEST -> customer.filter(Customer::hasPendingErasureRequest)
                    .map(held -> record("requestedAt", held.erasureRequestedAt())).stream().toList();
            default -> throw new IllegalArgumentException(category + " is no category of customer-service");
        };
    }

    private Map<String, Object> identity(Customer customer) {
        return record(
                "customerId", customer.id().toString(),
                "fullName", customer.fullName(),
                "nationalIdNumber", protection.open(customer.id(), customer.nationalId()).digits(),
                "registeredAt", customer.registeredAt(),
                "relationshipStatus", customer.isFormerCustomer() ? "FORMER" : "ACTIVE",
                "relationshipEndedOn", customer.relationshipEndedOn(),
                "keptUntil", customer.keptUntil(),
                "populationRegisterStatus", customer.registerStatus() == null ? null : customer.registerStatus().name(),
                "populationRegisterCheckedAt", customer.registerCheckedAt(),
                "addressProtection", customer.addressProtection().name());
    }

    /**
     * The address, unless the population register protects it: a protected address never leaves
     * customer-service, not even in the person's own part (it could be printed in a report sent by post).
     */
    private static Map<String, Object> address(Customer customer) {
        if (customer.addressProtection().isProtected()) {
            return record("addressProtection", customer.addressProtection().name());
        }
        PostalAddress address = customer.address();
        return record("street", address.street(), "postalCode", address.postalCode(), "city", address.city());
    }

    private Map<String, Object> contract(Contract contract) {
        return record(
                "contractId", contract.id().toString(),
                "meteringPointId", contract.meteringPointId().value(),
                "contractType", contract.contractType().name(),
                "startsOn", contract.startsOn(),
                "endsOn", contract.endsOn(),
                "status", contract.statusOn(OsloCalendar.today()).name(),
                "terminatedAt", contract.terminatedAt(),
                "cancelledOn", contract.cancelledOn(),
                "cancelledAt", contract.cancelledAt(),
                "registeredAt", contract.registeredAt());
    }

    private static Map<String, Object> interaction(Entry entry) {
        Interaction interaction = entry.interaction();
        return record(
                "interactionId", interaction.id().toString(),
                "caseReference", interaction.caseReference().value(),
                "channel", interaction.channel().name(),
                "direction", interaction.direction().name(),
                "occurredAt", interaction.occurredAt(),
                "agent", interaction.agentSubject(),
                "summary", interaction.summary(),
                "attachments", String.join(", ", interaction.attachments()),
                "rectifiedAt", interaction.rectifiedAt(),
                "caseClosedOn", entry.customerCase().closedOn(),
                "keptUntil", entry.customerCase().keptUntil());
    }

    private static Map<String, Object> meterSwap(MeterSwap swap) {
        return record(
                "meteringPointId", swap.meteringPointId().value(),
                "previousMeterNumber", swap.previousMeterNumber(),
                "meterNumber", swap.meterNumber(),
                "swappedOn", swap.swappedOn());
    }

    /** The point; its position is left out when the register protects the address, as the address is. */
    private static Map<String, Object> meteringPoint(MeteringPoint point, boolean addressProtected) {
        return record(
                "meteringPointId", point.id().value(),
                "meterNumber", point.meterNumber(),
                "priceArea", point.priceArea().name(),
                "latitude", addressProtected ? null : point.latitude(),
                "longitude", addressProtected ? null : point.longitude(),
                "addedAt", point.addedAt());
    }
}
