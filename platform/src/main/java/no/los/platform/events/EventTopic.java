package no.los.platform.events;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Kafka topics of the suite: one per producing service, keyed by customer id so that all
 * events about one person keep their order in one partition. Who writes and who reads each topic
 * is declared here once; the broker's ACLs are made from it ({@link TopicAccess}).
 */
public enum EventTopic {
    CUSTOMER("los.customer.events", "customer-service",
            Set.of("consent-service", "consumption-service", "marketing-service", "dsar-service")),
    CONSENT("los.consent.events", "consent-service",
            Set.of("customer-service", "consumption-service", "marketing-service", "dsar-service")),
    CONSUMPTION("los.consumption.events", "consumption-service", Set.of("dsar-service")),
    MARKETING("los.marketing.events", "marketing-service", Set.of("dsar-service")),
    DSAR("los.dsar.events", "dsar-service",
            Set.of("customer-service", "consent-service", "consumption-service", "marketing-service"));

    private final String topicName;
    private final String owner;
    private final Set<String> readers;

    EventTopic(String topicName, String owner, Set<String> readers) {
        this.topicName = topicName;
        this.owner = owner;
        this.readers = readers;
    }

    /** The one service that writes this topic. */
    public String owner() {
        return owner;
    }

    /** The services that consume this topic; nobody else may read it. */
    public Set<String> readers() {
        return readers;
    }

    /** The most services a deployment of the suite names (its lists of services are bounded by it). */
    public static final int MAX_SERVICES = 20;

    /** Every service of the suite: the owners of the topics. */
    public static Set<String> services() {
        Set<String> services = new TreeSet<>();
        for (EventTopic topic : values()) {
            services.add(topic.owner);
        }
        return services;
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
