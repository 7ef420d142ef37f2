package no.los.suite;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** The suite's topics as a whole: everything on them, and whether every service has caught up. */
final class SuiteTopics {

    private final Map<String, Object> observer;

    SuiteTopics(Suite suite) {
        this.observer = suite.broker().observerSettings();
    }

    static List<String> names() {
        return java.util.Arrays.stream(SuiteService.values()).map(SuiteService::topic).toList();
    }

    /** Every record on every suite topic, from the first offset to the current end. */
    List<ConsumerRecord<String, byte[]>> everyRecord() {
        Map<String, Object> settings = new HashMap<>(observer);
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, "suite-reader-" + UUID.randomUUID());
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(settings, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = names().stream()
                    .flatMap(topic -> consumer.partitionsFor(topic).stream()
                            .map(info -> new TopicPartition(topic, info.partition())))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plusSeconds(60);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("could not read the topics to their end within a minute");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /**
     * Waits until every consumer group has committed every partition assigned to it up to the end:
     * then everything published so far has been carried out (or skipped) by every service.
     */
    void awaitEveryServiceCaughtUp(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        try (Admin admin = Admin.create(observer)) {
            while (true) {
                Map<String, Long> lag = lag(admin);
                if (lag.values().stream().allMatch(l -> l == 0)) {
                    return;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("services still lag behind after " + timeout + ": " + lag);
                }
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not read the consumer groups", e);
        }
    }

    private static Map<String, Long> lag(Admin admin) throws ExecutionException, InterruptedException {
        Set<String> groups = java.util.Arrays.stream(SuiteService.values()).map(SuiteService::serviceName)
                .collect(Collectors.toSet());
        Map<String, ConsumerGroupDescription> descriptions = admin.describeConsumerGroups(groups).all().get();
        Map<String, Long> lag = new HashMap<>();
        for (ConsumerGroupDescription group : descriptions.values()) {
            Set<TopicPartition> assigned = group.members().stream()
                    .map(MemberDescription::assignment)
                    .flatMap(assignment -> assignment.topicPartitions().stream())
                    .collect(Collectors.toSet());
            if (assigned.isEmpty()) {
                lag.put(group.groupId(), Long.MAX_VALUE); // not (yet) consuming: cannot have caught up
                continue;
            }
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, ListOffsetsResultInfo> end = admin.listOffsets(assigned.stream()
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get();
            long behind = 0;
            for (TopicPartition partition : assigned) {
                OffsetAndMetadata at = committed.get(partition);
                behind += end.get(partition).offset() - (at == null ? 0 : at.offset());
            }
            lag.put(group.groupId(), behind);
        }
        return lag;
    }
}
