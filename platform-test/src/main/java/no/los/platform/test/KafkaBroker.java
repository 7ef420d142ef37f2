package no.los.platform.test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import no.los.platform.events.EventTopic;
import no.los.platform.events.TopicAccess;

/**
 * A real Apache Kafka broker (KRaft, broker and controller in one node) running inside the test
 * JVM through Kafka's own server classes, secured as in production: clients authenticate with
 * SASL/SCRAM-SHA-512, the ACL authorizer refuses whatever {@link TopicAccess} does not grant, and the
 * suite's topics exist before any service starts. Each service's password is made up when the
 * broker starts and lives only in this JVM. One broker is shared by all test classes of a module;
 * tests of failure handling can stop it and start it again on the same port and storage.
 */
public final class KafkaBroker {

    /** The broker's own principal (inter-broker and controller traffic), and the tests' observer. */
    public static final String ADMIN = SuiteBrokerAccess.ADMIN;
    private static final String SCRAM = SuiteBrokerAccess.SCRAM;

    private static KafkaBroker shared;

    private final Map<String, String> passwords = new ConcurrentHashMap<>();

    private final Path storage;
    private final int brokerPort;
    private final int controllerPort;
    private KafkaRaftServer server;

    private KafkaBroker() {
        try {
            storage = Files.createTempDirectory("los-test-kafka");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        brokerPort = freePort();
        controllerPort = freePort();
        passwords.put(ADMIN, newPassword());
        format();
    }

    /** The broker of this test JVM, started on first use and stopped when the JVM ends. */
    public static synchronized KafkaBroker shared() {
        if (shared == null) {
            shared = new KafkaBroker();
            shared.start();
            shared.grantTheSuitesAccess();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "test-kafka-shutdown"));
        }
        return shared;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    /** The password of a principal on this broker (a service name or {@link #ADMIN}). */
    public String password(String principal) {
        String password = passwords.get(principal);
        if (password == null) {
            throw new IllegalArgumentException(principal + " has no credentials on the test broker");
        }
        return password;
    }

    /** What a Kafka client needs to connect as this principal: the bootstrap servers and its SCRAM login. */
    public Map<String, Object> clientSettings(String principal) {
        return access().clientSettings(principal);
    }

    /** The tests' own view of the broker: the admin principal, which may read and write everything. */
    public Map<String, Object> observerSettings() {
        return clientSettings(ADMIN);
    }

    /**
     * Lets a principal read a topic beyond what {@link TopicAccess} grants: for a test's own probe
     * that consumes its service's own topic. Production grants no such thing.
     */
    public void grantRead(String principal, EventTopic topic) {
        AclBinding read = new AclBinding(new ResourcePattern(ResourceType.TOPIC, topic.topicName(), PatternType.LITERAL),
                new AccessControlEntry(TopicAccess.principal(principal), "*", AclOperation.READ, AclPermissionType.ALLOW));
        try (Admin admin = Admin.create(observerSettings())) {
            admin.createAcls(List.of(read)).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot grant " + principal + " reading " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        KafkaRaftServer starting = new KafkaRaftServer(KafkaConfig.fromProps(settings(), false), Time.SYSTEM);
        starting.startup();
        server = starting;
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    /** Every service gets its SCRAM login and its ACLs, and the suite's topics are created. */
    private void grantTheSuitesAccess() {
        for (String service : EventTopic.services()) {
            passwords.put(service, newPassword());
        }
        access().grant(3);
    }

    private SuiteBrokerAccess access() {
        return new SuiteBrokerAccess(bootstrapServers(), passwords);
    }

    private void format() {
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(1)
                    .setClusterId(Uuid.randomUuid().toString())
                    .addDirectory(storage.toString())
                    .setMetadataLogDirectory(storage.toString())
                    .setControllerListenerName("CONTROLLER")
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setScramArguments(List.of(SCRAM + "=[name=" + ADMIN + ",password=" + password(ADMIN) + "]"))
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("cannot format Kafka storage in " + storage, e);
        }
    }

    private Properties settings() {
        Properties settings = new Properties();
        settings.put("process.roles", "broker,controller");
        settings.put("node.id", "1");
        settings.put("listeners", "CLIENTS://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        settings.put("advertised.listeners", "CLIENTS://127.0.0.1:" + brokerPort);
        settings.put("listener.security.protocol.map", "CLIENTS:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
        settings.put("controller.listener.names", "CONTROLLER");
        settings.put("inter.broker.listener.name", "CLIENTS");
        // Clients and the broker itself log in with SCRAM; the controller, which starts before any
        // SCRAM credential is readable, takes PLAIN with the admin's static login.
        settings.put("sasl.enabled.mechanisms", SCRAM);
        settings.put("sasl.mechanism.inter.broker.protocol", SCRAM);
        settings.put("listener.name.clients.scram-sha-512.sasl.jaas.config",
                SuiteBrokerAccess.scramLogin(ADMIN, password(ADMIN)));
        settings.put("sasl.mechanism.controller.protocol", "PLAIN");
        settings.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        settings.put("listener.name.controller.plain.sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + ADMIN
                        + "\" password=\"" + password(ADMIN) + "\" user_" + ADMIN + "=\"" + password(ADMIN) + "\";");
        settings.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        settings.put("super.users", "User:" + ADMIN);
        settings.put("allow.everyone.if.no.acl.found", "false");
        settings.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        settings.put("log.dirs", storage.toString());
        settings.put("num.partitions", "3");
        settings.put("auto.create.topics.enable", "false");
        settings.put("offsets.topic.replication.factor", "1");
        settings.put("offsets.topic.num.partitions", "1");
        settings.put("transaction.state.log.replication.factor", "1");
        settings.put("transaction.state.log.min.isr", "1");
        settings.put("group.initial.rebalance.delay.ms", "0");
        settings.put("log.flush.interval.messages", "1");
        return settings;
    }

    private static String newPassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
