package no.los.consumption.metering;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.consumption.repository.KnownMeteringPointRepository;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.IncomingEvent;
import no.los.platform.identifiers.MeteringPointId;
import no.los.platform.inbox.EventHandler;
import no.los.platform.inbox.EventReader;
import no.los.platform.inbox.PoisonEventException;
import no.los.platform.problem.InvalidInputException;

/**
 * customer-service added a metering point: readings for it may now be received. Added again for
 * another customer, it changes hands if that tenancy is the later one; events come only from
 * customer-service (the consumer checks their source), so no other writer can move a point.
 */
@ApplicationScoped
class MeteringPointAddedHandler implements EventHandler {

    /** {@code addedAt} is absent in events published before tenancies were ordered: the first tenancy then. */
    record MeteringPointAdded(UUID customerId, String meteringPointId, String priceArea, OffsetDateTime addedAt) {
    }

    @Inject
    KnownMeteringPointRepository meteringPoints;

    @Override
    public EventTopic topic() {
        return EventTopic.CUSTOMER;
    }

    @Override
    public String eventType() {
        return EventTypes.METERING_POINT_ADDED;
    }

    @Override
    public void handle(IncomingEvent event) {
        MeteringPointAdded data = EventReader.dataAs(event, MeteringPointAdded.class);
        if (data.customerId() == null || data.priceArea() == null) {
            throw new PoisonEventException("metering point added without customerId or priceArea");
        }
        try {
            new MeteringPointId(data.meteringPointId());
        } catch (InvalidInputException e) {
            throw new PoisonEventException("metering point added with an invalid meteringPointId");
        }
        OffsetDateTime now = OffsetDateTime.now();
        Optional<KnownMeteringPoint> known = meteringPoints.findByIdOptional(data.meteringPointId());
        if (known.isEmpty()) {
            meteringPoints.persist(new KnownMeteringPoint(data.meteringPointId(), data.customerId(), data.priceArea(),
                    data.addedAt() == null ? now : data.addedAt(), now));
        } else if (data.addedAt() != null) {
            known.get().takenOverBy(data.customerId(), data.addedAt(), now);
        }
    }
}
