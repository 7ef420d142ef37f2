package no.los.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.los.platform.test.TopicRecords;

/**
 * Erasure propagation under load: the time from the termination call to the last of the four
 * services' confirmations, per customer, over {@code benchmark.customers} (default 1000) customers
 * terminated by {@code benchmark.threads} (default 4) concurrent callers, as a burst or paced at
 * {@code benchmark.rate} terminations per second. A measurement, not a test:
 * it fails only when a confirmation never arrives. Run it with
 * {@code mvn -B -DskipTests install && mvn -B -pl suite-tests test -Pbenchmark}.
 */
class ErasurePropagationBenchmark {

    private static final int CUSTOMERS = Integer.getInteger("benchmark.customers", 1000);
    private static final int THREADS = Integer.getInteger("benchmark.threads", 4);
    /** Terminations started per second; 0 starts them as fast as the callers can (a burst). */
    private static final int RATE = Integer.getInteger("benchmark.rate", 0);
    private static final List<String> CONFIRMING = List.of("customer-service", "consent-service",
            "consumption-service", "marketing-service");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<UUID, Long> terminationCalledAt = new ConcurrentHashMap<>();
    private final Map<UUID, Map<String, Long>> confirmedAt = new ConcurrentHashMap<>();

    @Test
    void terminationToLastConfirmation() throws Exception {
        Suite suite = Suite.started();
        SuiteClient client = new SuiteClient(suite);
        ExecutorService callers = Executors.newFixedThreadPool(THREADS);

        Instant setupStarted = Instant.now();
        List<SuiteClient.Enrolled> customers = inParallel(callers, CUSTOMERS, i -> {
            PlantedPerson person = PlantedPerson.fresh();
            SuiteClient.Enrolled customer = client.enrol(person);
            client.giveConsent(customer.customerId(), "NEWSLETTER_EMAIL");
            client.deliverReadingsOnceKnown(person, SuiteClient.today().minusDays(1));
            client.subscribeNewsletter(customer.customerId(), person.email());
            return customer;
        });
        Duration setup = Duration.between(setupStarted, Instant.now());
        new SuiteTopics(suite).awaitEveryServiceCaughtUp(Duration.ofMinutes(5));

        AtomicBoolean listening = new AtomicBoolean(true);
        Thread listener = listenForConfirmations(suite, listening);
        long firstCall = System.currentTimeMillis();
        inParallel(callers, CUSTOMERS, i -> {
            SuiteClient.Enrolled customer = customers.get(i);
            if (RATE > 0) {
                long slot = firstCall + i * 1000L / RATE;
                Thread.sleep(Math.max(0, slot - System.currentTimeMillis()));
            }
            terminationCalledAt.put(customer.customerId(), System.currentTimeMillis());
            client.terminate(customer, SuiteClient.today()).then().statusCode(200);
            return customer;
        });
        long lastCallReturned = System.currentTimeMillis();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (completed() < CUSTOMERS && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        listening.set(false);
        listener.join();
        callers.shutdown();
        assertEquals(CUSTOMERS, completed(), "every customer's termination was confirmed by all four services");

        long[] latencies = terminationCalledAt.entrySet().stream()
                .mapToLong(e -> confirmedAt.get(e.getKey()).values().stream().mapToLong(Long::longValue).max()
                        .orElseThrow() - e.getValue())
                .sorted().toArray();
        long lastConfirmation = confirmedAt.values().stream()
                .flatMap(m -> m.values().stream()).mapToLong(Long::longValue).max().orElseThrow();
        String report = String.format("""
                customers: %d, concurrent callers: %d, pace: %s, setup (enrol, consent, readings, subscribe): %d s
                termination -> last confirmation: p50 %d ms, p90 %d ms, p99 %d ms, max %d ms
                terminations accepted: %.1f per second (%d calls in %d ms)
                propagation throughput: %.1f customers fully confirmed per second (first call to last confirmation %d ms)
                """, CUSTOMERS, THREADS, RATE > 0 ? RATE + " terminations/s" : "burst", setup.toSeconds(),
                percentile(latencies, 50), percentile(latencies, 90), percentile(latencies, 99),
                latencies[latencies.length - 1],
                CUSTOMERS * 1000.0 / (lastCallReturned - firstCall), CUSTOMERS, lastCallReturned - firstCall,
                CUSTOMERS * 1000.0 / (lastConfirmation - firstCall), lastConfirmation - firstCall);
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark-erasure-propagation.txt"), report,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private int completed() {
        return (int) confirmedAt.values().stream().filter(services -> services.keySet().containsAll(CONFIRMING)).count();
    }

    /** Reads the four services' topics from their current end and notes when each confirmation was written. */
    private Thread listenForConfirmations(Suite suite, AtomicBoolean listening) throws InterruptedException {
        Map<String, Object> settings = new HashMap<>(suite.broker().observerSettings());
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, "benchmark-" + UUID.randomUUID());
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(settings, new StringDeserializer(),
                new ByteArrayDeserializer());
        List<TopicPartition> partitions = Arrays.stream(SuiteService.values())
                .filter(service -> service != SuiteService.DSAR)
                .flatMap(service -> consumer.partitionsFor(service.topic()).stream()
                        .map(info -> new TopicPartition(service.topic(), info.partition())))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fix the starting point before the first termination
        Thread listener = new Thread(() -> {
            try (consumer) {
                while (listening.get()) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                        note(record);
                    }
                }
            }
        }, "confirmation-listener");
        listener.start();
        return listener;
    }

    private void note(ConsumerRecord<String, byte[]> record) {
        if (!"no.los.erasure.confirmed.v1".equals(TopicRecords.header(record, "ce_type"))) {
            return;
        }
        try {
            JsonNode data = JSON.readTree(record.value());
            if ("RELATIONSHIP_ENDED".equals(data.path("trigger").asText())) {
                confirmedAt.computeIfAbsent(UUID.fromString(record.key()), id -> new ConcurrentHashMap<>())
                        .putIfAbsent(data.path("service").asText(), record.timestamp());
            }
        } catch (IOException e) {
            throw new IllegalStateException("unreadable confirmation", e);
        }
    }

    private interface Step<T> {
        T run(int index) throws Exception;
    }

    private static <T> List<T> inParallel(ExecutorService pool, int count, Step<T> step) throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            futures.add(pool.submit(() -> step.run(index)));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    private static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
