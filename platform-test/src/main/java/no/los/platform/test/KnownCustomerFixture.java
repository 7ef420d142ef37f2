package no.los.platform.test;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;

import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;

/**
 * The register of known customers ({@code known_customer}) in a service's test database, and the
 * event that fills it. A test that acts as staff on a customer first makes the service know them, as
 * customer-service's {@code registered} event would; the event path itself is tested with
 * {@link #registeredEvent}.
 */
public final class KnownCustomerFixture {

    private KnownCustomerFixture() {
    }

    /** A new customer id the service knows. */
    public static UUID newCustomer(String database) {
        UUID customer = UUID.randomUUID();
        register(database, customer);
        return customer;
    }

    /** Makes the service know the customer (idempotent). */
    public static void register(String database, UUID customer) {
        TestDatabase.number(database, """
                with learnt as (insert into known_customer (customer_id, registered_at) values (?, now())
                                on conflict (customer_id) do nothing returning 1)
                select count(*) from learnt""", customer);
    }

    /** {@code no.los.customer.registered.v1} as customer-service publishes it. */
    public static ProducerRecord<String, byte[]> registeredEvent(String eventId, UUID customer) {
        return TopicRecords.cloudEvent(EventTopic.CUSTOMER.topicName(), eventId, "/los/customer-service",
                EventTypes.CUSTOMER_REGISTERED, customer.toString(), "{\"customerId\":\"%s\",\"registeredAt\":\"%s\"}"
                        .formatted(customer, OffsetDateTime.now()));
    }

    /** Whether the service knows the customer. */
    public static boolean known(String database, UUID customer) {
        return TestDatabase.number(database, "select count(*) from known_customer where customer_id = ?", customer) == 1;
    }
}
