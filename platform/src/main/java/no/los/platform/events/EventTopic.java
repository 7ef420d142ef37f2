package no.los.platform.events;

import java.util.Optional;

/**
 * The Kafka topics of the suite: one per producing service, keyed by customer id so that all
 * events about one person keep their order in one partition.
 */
public enum EventTopic {
    CUSTOMER("los.customer.events", "customer-service"),
    CONSENT("los.consent.events", "consent-service"),
    CONSUMPTION("los.consumption.events", "consumption-service"),
    MARKETING("los.marketing.events", "marketing-service"),
    DSAR("los.dsar.events", "dsar-service");

    private final String topicName;
    private final String owner;

    EventTopic(String topicName, String owner) {
        this.topicName = topicName;
        this.owner = owner;
    }

    /** The one service that writes this topic. */
    public String owner() {
        return owner;
    }

    /** The CloudEvents source of every event on this topic: its owner's ({@code los.events.source}). */
    public String source() {
        return "/los/" + owner;
    }

    /** The suite topic of this name, if it is one. */
    public static Optional<EventTopic> named(String topicName) {
        for (EventTopic topic : values()) {
            if (topic.topicName.equals(topicName)) {
                return Optional.of(topic);
            }
        }
        return Optional.empty();
    }

    /** The topic a service writes. */
    public static EventTopic ownedBy(String service) {
        for (EventTopic topic : values()) {
            if (topic.owner.equals(service)) {
                return topic;
            }
        }
        throw new IllegalArgumentException(service + " owns no topic");
    }

    public String topicName() {
        return topicName;
    }
}
