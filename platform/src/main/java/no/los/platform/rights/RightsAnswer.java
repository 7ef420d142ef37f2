package no.los.platform.rights;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The data of {@code no.los.rights.answered.v1}: a service's answer to a request: for access or
 * portability the categories of its part, for rectification, restriction or objection the categories
 * it changed or stopped. Ids and category names only; the data itself never travels on the bus. dsar-service
 * fetches the part over REST with its own identity once it has this answer.
 *
 * @param requestId   the request answered
 * @param customerId  whose data
 * @param service     the answering service
 * @param requestType the request's type, e.g. {@code ACCESS} or {@code OBJECTION}
 * @param categories  the categories of the service's data map the answer is about
 * @param answeredAt  when the answer committed
 */
public record RightsAnswer(UUID requestId, UUID customerId, String service, String requestType,
        List<String> categories, OffsetDateTime answeredAt) {

    public RightsAnswer {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(requestType, "requestType");
        Objects.requireNonNull(answeredAt, "answeredAt");
        categories = List.copyOf(categories);
    }
}
