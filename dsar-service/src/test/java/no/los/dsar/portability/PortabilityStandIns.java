package no.los.dsar.portability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;


import no.los.platform.test.ReceivingController;

import no.los.platform.test.SelfSignedCertificates;

/**
 * Everything outside dsar-service that portability reaches, as real servers on the loopback: the
 * four services' rights endpoints, a receiving controller whose certificate dsar-service trusts, and
 * one whose certificate it does not. Also dsar-service's transfer signing key, fresh for the run,
 * and a spool directory of its own. Restricted to the test classes that name it, since it points
 * dsar-service's service URLs at the stand-ins.
 */
public final class PortabilityStandIns implements QuarkusTestResourceLifecycleManager {

    private static volatile PortabilityStandIns current;

    private final Map<String, ServiceStandIn> services = new LinkedHashMap<>();
    private ReceivingController trustedReceiver;
    private ReceivingController strangerReceiver;
    private Path spool;

    /** The stand-ins of the running test. */
    public static PortabilityStandIns current() {
        if (current == null) {
            throw new IllegalStateException("annotate the test with @QuarkusTestResource(PortabilityStandIns.class)");
        }
        return current;
    }

    @Override
    public Map<String, String> start() {
        Path run = Path.of("target", "portability-" + UUID.randomUUID()).toAbsolutePath();
        ServiceStandIn.suiteServices().forEach(name -> services.put(name, new ServiceStandIn(name)));
        services.values().forEach(ServiceStandIn::start);
        SelfSignedCertificates certificates = new SelfSignedCertificates(run.resolve("tls"));
        trustedReceiver = new ReceivingController(certificates.keyStore("receiver"));
        strangerReceiver = new ReceivingController(certificates.keyStore("stranger"));
        Path trustStore = certificates.trustStore("dsar-transfer-trust", "receiver");
        spool = run.resolve("spool");

        Map<String, String> settings = new HashMap<>();
        services.values().forEach(service -> settings.put("los.dsar.rights.service-urls." + service.name(), service.url()));
        settings.put("los.dsar.portability.spool-directory", spool.toString());
        settings.put("los.dsar.transfer.signing-key", SelfSignedCertificates.freshSigningKeyPem());
        settings.put("los.dsar.transfer.trust-store", trustStore.toString());
        settings.put("los.dsar.transfer.trust-store-password", SelfSignedCertificates.PASSWORD);
        current = this;
        return settings;
    }

    @Override
    public void stop() {
        services.values().forEach(ServiceStandIn::stop);
        trustedReceiver.stopListening();
        strangerReceiver.stopListening();
        current = null;
    }

    public ServiceStandIn service(String name) {
        return services.get(name);
    }

    public Iterable<ServiceStandIn> services() {
        return services.values();
    }

    /** A receiver whose certificate chains to dsar-service's transfer trust store. */
    public ReceivingController trustedReceiver() {
        return trustedReceiver;
    }

    /** A receiver with a certificate dsar-service has never been told to trust. */
    public ReceivingController strangerReceiver() {
        return strangerReceiver;
    }

    /** The files in dsar-service's spool directory now: exports not yet deleted. */
    public long filesInSpool() {
        if (!Files.isDirectory(spool)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(spool)) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
