package no.los.platform.events;

/**
 * The Kafka topics of the suite: one per producing service, keyed by customer id so that all
 * events about one person keep their order in one partition.
 */
public enum EventTopic {
    CUSTOMER("los.customer.events"),
    CONSENT("los.consent.events"),
    CONSUMPTION("los.consumption.events"),
    MARKETING("los.marketing.events"),
    DSAR("los.dsar.events");

    private final String topicName;

    EventTopic(String topicName) {
        this.topicName = topicName;
    }

    public String topicName() {
        return topicName;
    }
}
