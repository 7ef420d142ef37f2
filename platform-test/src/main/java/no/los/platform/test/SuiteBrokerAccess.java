package no.los.platform.test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import no.los.platform.events.EventTopic;
import no.los.platform.events.TopicAccess;

/**
 * Prepares a broker for the suite, logged in as its admin: each service gets its SCRAM login and
 * the ACLs of {@link TopicAccess}, and the suite's topics are created (no service may create one).
 * The test broker calls it in-process; {@code deploy/stack.sh} runs it as a program:
 * <pre>
 *   grant BOOTSTRAP   with LOS_KAFKA_ADMIN_PASSWORD and LOS_KAFKA_PASSWORD_CUSTOMER_SERVICE, ... in the environment
 *   prove BOOTSTRAP   each service's login is refused another service's topic
 * </pre>
 * Running it again changes nothing that is already in place.
 */
public final class SuiteBrokerAccess {

    static final String SCRAM = "SCRAM-SHA-512";
    static final String ADMIN = "admin";

    private final String bootstrapServers;
    private final Map<String, String> passwords;

    /** @param passwords the password of {@link #ADMIN} and of every service */
    public SuiteBrokerAccess(String bootstrapServers, Map<String, String> passwords) {
        this.bootstrapServers = bootstrapServers;
        this.passwords = Map.copyOf(passwords);
    }

    /** What a client needs to log in as this principal. */
    public Map<String, Object> clientSettings(String principal) {
        String password = passwords.get(principal);
        if (password == null) {
            throw new IllegalArgumentException(principal + " has no credentials on this broker");
        }
        Map<String, Object> settings = new HashMap<>();
        settings.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        settings.put(SaslConfigs.SASL_MECHANISM, SCRAM);
        settings.put(SaslConfigs.SASL_JAAS_CONFIG, scramLogin(principal, password));
        return settings;
    }

    static String scramLogin(String username, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + username
                + "\" password=\"" + password + "\";";
    }

    /** Logins, ACLs and topics (with this many partitions, one replica each). */
    public void grant(int partitions) {
        List<UserScramCredentialAlteration> logins = new ArrayList<>();
        for (String service : EventTopic.services()) {
            logins.add(new UserScramCredentialUpsertion(service,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), passwords.get(service)));
        }
        List<NewTopic> topics = new ArrayList<>();
        for (EventTopic topic : EventTopic.values()) {
            topics.add(new NewTopic(topic.topicName(), partitions, (short) 1));
        }
        try (Admin admin = Admin.create(clientSettings(ADMIN))) {
            admin.alterUserScramCredentials(logins).all().get();
            admin.createAcls(TopicAccess.all()).all().get();
            for (KafkaFuture<Void> created : admin.createTopics(topics).values().values()) {
                try {
                    created.get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker refused to grant the suite its access", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether the broker refuses this principal a write to this topic. */
    public boolean refusesWrite(String principal, EventTopic topic) {
        Map<String, Object> settings = clientSettings(principal);
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(settings, new StringSerializer(),
                new ByteArraySerializer())) {
            Future<?> sent = producer.send(new ProducerRecord<>(topic.topicName(), "access-probe",
                    "{}".getBytes(StandardCharsets.UTF_8)));
            sent.get();
            return false;
        } catch (ExecutionException e) {
            return e.getCause() instanceof TopicAuthorizationException;
        } catch (TopicAuthorizationException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The environment variable that holds a principal's password for {@code deploy/stack.sh}. */
    static String passwordVariable(String principal) {
        return "LOS_KAFKA_PASSWORD_" + principal.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    public static void main(String[] args) {
        if (args.length != 2 || !List.of("grant", "prove").contains(args[0])) {
            System.err.println("usage: SuiteBrokerAccess grant|prove BOOTSTRAP_SERVERS");
            System.exit(2);
        }
        Map<String, String> passwords = new HashMap<>();
        passwords.put(ADMIN, required("LOS_KAFKA_ADMIN_PASSWORD"));
        for (String service : EventTopic.services()) {
            passwords.put(service, required(passwordVariable(service)));
        }
        SuiteBrokerAccess access = new SuiteBrokerAccess(args[1], passwords);
        if (args[0].equals("grant")) {
            access.grant(3);
            System.out.println("granted " + EventTopic.services().size() + " services their logins and "
                    + TopicAccess.all().size() + " ACLs; topics in place");
            return;
        }
        int refused = 0;
        for (String service : EventTopic.services()) {
            for (EventTopic topic : EventTopic.values()) {
                if (topic.owner().equals(service)) {
                    continue;
                }
                if (!access.refusesWrite(service, topic)) {
                    System.out.println(service + " could write " + topic.topicName());
                    System.exit(1);
                }
                refused++;
            }
        }
        System.out.println("refused all " + refused + " writes of a service to another service's topic");
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            System.err.println(variable + " is not set");
            System.exit(2);
        }
        return value;
    }
}
