package no.los.customer.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.los.customer.metering.MeteringPoint;
import no.los.customer.metering.PriceArea;
import no.los.customer.repository.CustomerRepository;
import no.los.customer.repository.MeteringPointRepository;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.OutgoingEvent;
import no.los.platform.identifiers.MeteringPointId;
import no.los.platform.outbox.Outbox;
import no.los.platform.problem.ConflictProblem;
import no.los.platform.problem.NotFoundProblem;

/** Adding the metering point a customer is supplied at (R6, R7). */
@ApplicationScoped
public class MeteringPointRegistration {

    @Inject
    CustomerRepository customers;

    @Inject
    MeteringPointRepository meteringPoints;

    @Inject
    Outbox outbox;

    public record AddMeteringPoint(UUID customerId, MeteringPointId meteringPointId, String meterNumber,
            PriceArea priceArea, BigDecimal latitude, BigDecimal longitude) {
    }

    /** Announced to the suite so consumption can accept readings for the point. No address, no position. */
    public record MeteringPointAdded(UUID customerId, String meteringPointId, PriceArea priceArea) {
    }

    @Transactional
    public MeteringPoint add(AddMeteringPoint command) {
        if (customers.findByIdOptional(command.customerId()).isEmpty()) {
            throw new NotFoundProblem("Customer");
        }
        if (meteringPoints.findByIdOptional(command.meteringPointId().value()).isPresent()) {
            throw new ConflictProblem("This metering point is already registered");
        }
        MeteringPoint point = new MeteringPoint(command.meteringPointId(), command.customerId(), command.meterNumber(),
                command.priceArea(), command.latitude(), command.longitude(), OffsetDateTime.now());
        meteringPoints.persistAndFlush(point);
        outbox.add(new OutgoingEvent(EventTopic.CUSTOMER, EventTypes.METERING_POINT_ADDED, command.customerId(),
                new MeteringPointAdded(command.customerId(), point.id().value(), point.priceArea())));
        return point;
    }
}
