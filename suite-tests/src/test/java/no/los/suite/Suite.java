package no.los.suite;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import no.los.platform.test.CollectorTokenEndpoint;
import no.los.platform.test.KafkaBroker;
import no.los.platform.test.LoginAccountsStandIn;
import no.los.platform.test.NotificationsStandIn;
import no.los.platform.test.PopulationRegisterStandIn;
import no.los.platform.test.ReceivingController;
import no.los.platform.test.SelfSignedCertificates;
import no.los.platform.test.TestDatabase;
import no.los.platform.test.TestKeys;

/**
 * The whole suite, started once per test JVM and shared by the test classes: the five services as
 * separate processes from their packaged jars, one database each on the one PostgreSQL server, one
 * real Kafka broker, and an OIDC server whose signed tokens the services verify.
 */
final class Suite {

    private static final int LOWEST_PORT = 20_000;
    private static final int EPHEMERAL_FROM = 32_768;

    private static Suite running;

    private final KafkaBroker broker;
    private ReceivingController receiver;
    private LoginAccountsStandIn loginAccounts;
    private NotificationsStandIn notifications;
    private final Map<SuiteService, ServiceProcess> processes = new EnumMap<>(SuiteService.class);

    private Suite(KafkaBroker broker) {
        this.broker = broker;
    }

    static synchronized Suite started() {
        if (running == null) {
            running = start();
        }
        return running;
    }

    private static Suite start() {
        KafkaBroker broker = KafkaBroker.shared();
        OidcWiremockTestResource oidc = new OidcWiremockTestResource();
        Map<String, String> oidcSettings = oidc.start();
        // dsar-service's own identity: its client credentials, exchanged for signed tokens over HTTP
        CollectorTokenEndpoint collector = new CollectorTokenEndpoint(randomSecret(), Duration.ofHours(2));
        collector.start();
        // Keycloak's admin API, where customer-service removes login accounts on erasure
        LoginAccountsStandIn loginAccounts = new LoginAccountsStandIn();
        Map<String, String> loginAccountSettings = loginAccounts.start();
        // the e-mail and SMS provider customer-service sends one-time codes through
        NotificationsStandIn notifications = new NotificationsStandIn();
        Map<String, String> notificationSettings = notifications.start();
        // the population register customer-service checks every new customer against
        PopulationRegisterStandIn populationRegister = new PopulationRegisterStandIn();
        Map<String, String> populationRegisterSettings = populationRegister.start();
        Suite suite = new Suite(broker);
        suite.loginAccounts = loginAccounts;
        suite.notifications = notifications;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            suite.processes.values().forEach(ServiceProcess::stop);
            oidc.stop();
            collector.stop();
            loginAccounts.stop();
            notifications.stop();
            populationRegister.stop();
            suite.receiver.stopListening();
        }, "suite-shutdown"));
        Path root = Path.of(System.getProperty("los.suite.root", "..")).toAbsolutePath().normalize();
        Path logs = root.resolve("suite-tests/target/suite-logs");
        // another controller's receiving endpoint for direct transfers, over HTTPS with a certificate dsar-service trusts
        SelfSignedCertificates tls = new SelfSignedCertificates(root.resolve("suite-tests/target/transfer-tls"));
        suite.receiver = new ReceivingController(tls.keyStore("receiver"));
        Path trustStore = tls.trustStore("dsar-transfer-trust", "receiver");
        Map<SuiteService, Integer> ports = new EnumMap<>(SuiteService.class);
        for (SuiteService service : SuiteService.values()) {
            ports.put(service, freePort());
        }
        for (SuiteService service : SuiteService.values()) {
            Map<String, String> settings = new HashMap<>();
            settings.put("quarkus.datasource.jdbc.url", TestDatabase.recreate(service.database()));
            settings.put("quarkus.datasource.password", TestDatabase.PASSWORD);
            settings.put("kafka.bootstrap.servers", broker.bootstrapServers());
            settings.put("los.kafka.password", broker.password(service.serviceName()));
            // The suite's few clients drive each service far harder than one production caller may.
            settings.put("los.http.rate-limit.per-second", "1000");
            settings.put("los.http.rate-limit.burst", "10000");
            settings.put("los.http.rate-limit.anonymous-burst", "10000");
            settings.put("quarkus.oidc.auth-server-url", oidcSettings.get("keycloak.url") + "/realms/quarkus/");
            settings.putAll(secretsOf(service));
            if (service == SuiteService.CUSTOMER) {
                settings.putAll(loginAccountSettings);
                settings.putAll(notificationSettings);
                settings.putAll(populationRegisterSettings);
            }
            if (service == SuiteService.DSAR) {
                settings.putAll(collector.clientSettings());
                settings.putAll(rightsSettings(ports));
                settings.put("los.dsar.transfer.signing-key", SelfSignedCertificates.freshSigningKeyPem());
                settings.put("los.dsar.identity-code.key", TestKeys.random256BitKey());
                settings.put("los.dsar.transfer.trust-store", trustStore.toString());
                settings.put("los.dsar.transfer.trust-store-password", SelfSignedCertificates.PASSWORD);
            }
            ServiceProcess process = new ServiceProcess(service, service.jar(root), ports.get(service), freePort(), settings, logs);
            suite.processes.put(service, process);
        }
        suite.processes.values().forEach(ServiceProcess::start);
        suite.processes.values().forEach(process -> process.awaitReady(Duration.ofMinutes(2)));
        return suite;
    }

    /**
     * Where dsar-service fetches the parts of access and portability requests, and how soon a part
     * that has not come flags the request: seconds here, so a test can watch it happen.
     */
    private static Map<String, String> rightsSettings(Map<SuiteService, Integer> ports) {
        Map<String, String> settings = new HashMap<>();
        for (SuiteService service : SuiteService.values()) {
            if (service != SuiteService.DSAR) {
                settings.put("los.dsar.rights.service-urls." + service.serviceName(),
                        "http://127.0.0.1:" + ports.get(service));
            }
        }
        settings.put("los.dsar.rights.answer-timeout", ANSWER_TIMEOUT.toString());
        return settings;
    }

    /** How long the suite's dsar-service waits for a service's part before it flags the request late. */
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(5);

    /** Fresh keys for each run, as a secret store would hand them to the services in production. */
    private static Map<String, String> secretsOf(SuiteService service) {
        return switch (service) {
            case CUSTOMER -> Map.of(
                    "los.customer.identity.encryption-key", TestKeys.random256BitKey(),
                    "los.customer.identity.lookup-key", TestKeys.random256BitKey());
            case MARKETING -> Map.of("los.marketing.suppression-key", TestKeys.random256BitKey());
            default -> Map.of();
        };
    }

    ServiceProcess process(SuiteService service) {
        return processes.get(service);
    }

    String baseUri(SuiteService service) {
        return processes.get(service).baseUri();
    }

    /** The receiving controller of direct transfers. */
    LoginAccountsStandIn loginAccounts() {
        return loginAccounts;
    }

    NotificationsStandIn notifications() {
        return notifications;
    }

    ReceivingController receiver() {
        return receiver;
    }

    KafkaBroker broker() {
        return broker;
    }

    /** A client secret of URL-safe characters: clients differ in how they encode others in HTTP Basic. */
    private static String randomSecret() {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        return java.util.HexFormat.of().formatHex(secret);
    }

    /** Where the next port is looked for: a random start, so that two runs rarely probe the same ports. */
    private static final AtomicInteger NEXT_PORT = new AtomicInteger(LOWEST_PORT + new Random().nextInt(10_000));

    /**
     * A port no process listens on, below the kernel's ephemeral range (32768 and up on Linux), so
     * that no outgoing connection of the services already started takes it as its local port before
     * the service it is meant for binds it.
     */
    private static int freePort() {
        for (int probed = 0; probed < EPHEMERAL_FROM - LOWEST_PORT; probed++) {
            int port = NEXT_PORT.getAndUpdate(next -> next + 1 >= EPHEMERAL_FROM ? LOWEST_PORT : next + 1);
            try (ServerSocket socket = new ServerSocket(port)) {
                return port;
            } catch (IOException taken) {
                // another process listens there: try the next one
            }
        }
        throw new IllegalStateException("no free port between " + LOWEST_PORT + " and " + EPHEMERAL_FROM);
    }
}
