package no.los.consumption.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import no.los.consumption.ConsumptionDatabase;
import no.los.consumption.DsarEvents;
import no.los.platform.events.EventTopic;
import no.los.platform.test.EventSchemas;
import no.los.platform.test.TopicRecords;

/**
 * An access or portability request reaches consumption-service as dsar-service's event; it answers
 * once on its own topic that its part is ready to fetch, naming the categories and never their content.
 */
@QuarkusTest
class RightsAnsweredTest {

    private static final String ANSWERED = "no.los.rights.answered.v1";

    @Test
    void anAccessRequestIsAnsweredOnceWithIdsAndCategoryNamesOnly() {
        UUID customer = UUID.randomUUID();
        UUID request = UUID.randomUUID();
        String received = DsarEvents.requestReceived(request, customer, "ACCESS");
        ConsumptionDatabase.awaitCount("the access request was carried out", 1,
                "select count(*) from processed_event where event_id = ?", received);

        assertEquals(1, ConsumptionDatabase.count("select count(*) from outbox_event where type = ? and record_key = ?",
                ANSWERED, customer.toString()), "one request, one answer");
        ConsumerRecord<String, byte[]> answer = awaitAnswer(customer);
        EventSchemas.assertConforms(answer);
        JsonPath data = JsonPath.from(TopicRecords.value(answer));
        assertEquals(request.toString(), data.getString("requestId"));
        assertEquals(customer.toString(), data.getString("customerId"));
        assertEquals("consumption-service", data.getString("service"));
        assertEquals("ACCESS", data.getString("requestType"));
        assertEquals(List.of("hourly-readings", "quarter-hour-readings", "metered-days", "reading-corrections", "contracts",
                "metering-points", "invoicing-retention",
                "app-registration", "app-profile", "alert-settings", "processing-restriction", "upheld-objections", "access-log"), data.getList("categories"),
                "the service's categories and the platform's access log");
        assertEquals(Set.of("requestId", "customerId", "service", "requestType", "categories", "answeredAt"),
                new TreeSet<>(data.getMap("").keySet()), "ids and names, no personal data");
    }

    @Test
    void aPortabilityRequestIsAnsweredToo() {
        UUID customer = UUID.randomUUID();
        UUID request = UUID.randomUUID();
        DsarEvents.requestReceived(request, customer, "PORTABILITY");
        JsonPath data = JsonPath.from(TopicRecords.value(awaitAnswer(customer)));
        assertEquals(request.toString(), data.getString("requestId"));
        assertEquals("PORTABILITY", data.getString("requestType"));
    }

    private static ConsumerRecord<String, byte[]> awaitAnswer(UUID customer) {
        List<ConsumerRecord<String, byte[]>> answers = TopicRecords.readUntil(EventTopic.CONSUMPTION.topicName(),
                Duration.ofSeconds(20), read -> !answersTo(read, customer).isEmpty());
        List<ConsumerRecord<String, byte[]>> mine = answersTo(answers, customer);
        assertEquals(1, mine.size(), "one answer about the customer was published");
        return mine.get(0);
    }

    private static List<ConsumerRecord<String, byte[]>> answersTo(List<ConsumerRecord<String, byte[]>> read,
            UUID customer) {
        return read.stream().filter(record -> customer.toString().equals(record.key()))
                .filter(record -> ANSWERED.equals(TopicRecords.header(record, "ce_type"))).toList();
    }
}
