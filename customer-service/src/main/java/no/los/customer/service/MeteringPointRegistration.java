package no.los.customer.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.los.customer.metering.MeterSwap;
import no.los.customer.metering.MeteringPoint;
import no.los.customer.repository.ContractRepository;
import no.los.customer.repository.CustomerRepository;
import no.los.customer.repository.MeterSwapRepository;
import no.los.customer.repository.MeteringPointRepository;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.OutgoingEvent;
import no.los.platform.identifiers.MeteringPointId;
import no.los.platform.identifiers.PriceArea;
import no.los.platform.outbox.Outbox;
import no.los.platform.problem.ConflictProblem;
import no.los.platform.problem.InvalidInputException;
import no.los.platform.problem.NotFoundProblem;
import no.los.platform.rights.Restrictions;
import no.los.platform.time.OsloCalendar;

/** Adding the metering point a customer is supplied at (R6, R7). */
@ApplicationScoped
public class MeteringPointRegistration {

    @Inject
    Restrictions restrictions;

    @Inject
    CustomerRepository customers;

    @Inject
    MeteringPointRepository meteringPoints;

    @Inject
    ContractRepository contracts;

    @Inject
    MeterSwapRepository swaps;


    @Inject
    Outbox outbox;

    public record AddMeteringPoint(UUID customerId, MeteringPointId meteringPointId, String meterNumber,
            PriceArea priceArea, BigDecimal latitude, BigDecimal longitude) {
    }

    /** A meter swap as customer service records it: every field already validated. */
    public record SwapMeter(UUID customerId, MeteringPointId meteringPointId, String meterNumber, LocalDate swappedOn) {
    }

    /**
     * Announced to the suite so consumption can accept readings for the point. No address, no position.
     * {@code addedAt} orders the tenants of a point: the latest takes it over.
     */
    public record MeteringPointAdded(UUID customerId, String meteringPointId, PriceArea priceArea,
            OffsetDateTime addedAt) {
    }

    /**
     * Adds the point to the customer. A point another customer holds changes hands when none of its
     * contracts is open (the former tenant has moved out or will by the end date of the terminated
     * contract); the former tenant's contracts, and the readings they cover, stay theirs. A customer
     * holds at most {@link MeteringPoint#MAX_PER_CUSTOMER} points.
     */
    @Transactional
    public MeteringPoint add(AddMeteringPoint command) {
        if (customers.findByIdOptional(command.customerId()).isEmpty()) {
            throw new NotFoundProblem("Customer");
        }
        restrictions.requireUnrestricted(command.customerId(), "Adding a metering point");
        if (meteringPoints.countOfCustomer(command.customerId()) >= MeteringPoint.MAX_PER_CUSTOMER) {
            throw new ConflictProblem("A customer holds at most " + MeteringPoint.MAX_PER_CUSTOMER + " metering points");
        }
        OffsetDateTime now = OffsetDateTime.now();
        MeteringPoint point = meteringPoints.findByIdOptional(command.meteringPointId().value())
                .map(held -> handOver(held, command, now))
                .orElseGet(() -> new MeteringPoint(command.meteringPointId(), command.customerId(), command.meterNumber(),
                        command.priceArea(), command.latitude(), command.longitude(), now));
        meteringPoints.persistAndFlush(point);
        outbox.add(new OutgoingEvent(EventTopic.CUSTOMER, EventTypes.METERING_POINT_ADDED, command.customerId(),
                new MeteringPointAdded(command.customerId(), point.id().value(), point.priceArea(), point.addedAt())));
        return point;
    }

    /**
     * Records that the meter at one of the customer's points was swapped (R7): the point keeps its id,
     * the meter number changes, and the swap joins the point's meter history. Nothing is announced:
     * no other service holds meter numbers.
     */
    @Transactional
    public MeteringPoint swapMeter(SwapMeter command) {
        outbox.lockCustomer(command.customerId());
        restrictions.requireUnrestricted(command.customerId(), "Swapping a meter");
        MeteringPoint point = meteringPoints.findByIdOptional(command.meteringPointId().value())
                .filter(found -> found.customerId().equals(command.customerId()))
                .orElseThrow(() -> new NotFoundProblem("Metering point"));
        if (swaps.countAt(point.id()) >= MeterSwap.MAX_PER_POINT) {
            throw new ConflictProblem("A metering point keeps at most " + MeterSwap.MAX_PER_POINT + " meter swaps");
        }
        swaps.persist(point.swapMeter(command.meterNumber(), command.swappedOn(), swaps.lastSwappedOn(point.id()),
                OsloCalendar.today(), OffsetDateTime.now()));
        return point;
    }

    private MeteringPoint handOver(MeteringPoint held, AddMeteringPoint command, OffsetDateTime now) {
        if (held.customerId().equals(command.customerId())) {
            throw new ConflictProblem("This metering point is already registered to this customer");
        }
        outbox.lockCustomer(held.customerId()); // the former tenant starts no contract on it meanwhile
        if (contracts.onMeteringPoint(held.id()).stream().anyMatch(contract -> contract.lastDay() == null)) {
            throw new ConflictProblem("This metering point is supplied under an open contract of another customer; "
                    + "it can change hands once that contract is terminated");
        }
        if (held.priceArea() != command.priceArea()) {
            throw new InvalidInputException("priceArea", "must be the price area the metering point is registered in");
        }
        held.handOver(command.customerId(), command.meterNumber(), command.latitude(), command.longitude(), now,
                OsloCalendar.today()).ifPresent(swaps::persist);
        return held;
    }
}
