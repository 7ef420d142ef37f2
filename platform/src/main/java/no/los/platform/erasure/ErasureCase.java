package no.los.platform.erasure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * One occasion on which a service applies its erasure rules, with what the rules need to know. The
 * first four come from other services' events and the platform reads them; the last two arise inside
 * a service, which hands them to {@link no.los.platform.rights.RightsProtocol#erase} itself.
 */
public sealed interface ErasureCase {

    /** Whose data. */
    UUID customerId();

    /** The trigger every confirmation of this case names. */
    ErasureTrigger trigger();

    /** A consent was withdrawn: processing for its purpose stops (R16). */
    record ConsentWithdrawn(UUID customerId, String purpose, OffsetDateTime withdrawnAt) implements ErasureCase {
        public ConsentWithdrawn {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(purpose, "purpose");
            Objects.requireNonNull(withdrawnAt, "withdrawnAt");
        }

        @Override
        public ErasureTrigger trigger() {
            return ErasureTrigger.CONSENT_WITHDRAWN;
        }
    }

    /** An objection took effect (R21); a direct-marketing objection is absolute. */
    record ObjectionRegistered(UUID customerId, UUID objectionId, String scope, OffsetDateTime effectiveAt)
            implements ErasureCase {
        public ObjectionRegistered {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(effectiveAt, "effectiveAt");
        }

        /** The scope an objection to direct marketing has. */
        public static final String DIRECT_MARKETING = "DIRECT_MARKETING";

        public boolean againstDirectMarketing() {
            return DIRECT_MARKETING.equals(scope);
        }

        @Override
        public ErasureTrigger trigger() {
            return ErasureTrigger.OBJECTION_REGISTERED;
        }
    }

    /** The customer's last contract ended (R10, R12). */
    record RelationshipEnded(UUID customerId, LocalDate endedOn) implements ErasureCase {
        public RelationshipEnded {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(endedOn, "endedOn");
        }

        @Override
        public ErasureTrigger trigger() {
            return ErasureTrigger.RELATIONSHIP_ENDED;
        }
    }

    /** The data subject asked for erasure (Art. 17). */
    record ErasureRequested(UUID customerId, UUID requestId) implements ErasureCase {
        public ErasureRequested {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(requestId, "requestId");
        }

        @Override
        public ErasureTrigger trigger() {
            return ErasureTrigger.ERASURE_REQUESTED;
        }
    }

    /** The e-mail provider reported a bounce for a newsletter address (R10). */
    record AddressBounced(UUID customerId, UUID bounceId) implements ErasureCase {
        public AddressBounced {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(bounceId, "bounceId");
        }

        @Override
        public ErasureTrigger trigger() {
            return ErasureTrigger.ADDRESS_BOUNCED;
        }
    }

    /** A retention period ran out on {@code today} (G5). */
    record RetentionExpired(UUID customerId, LocalDate today) implements ErasureCase {
        public RetentionExpired {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(today, "today");
        }

        @Override
        public ErasureTrigger trigger() {
            return ErasureTrigger.RETENTION_EXPIRED;
        }
    }
}
