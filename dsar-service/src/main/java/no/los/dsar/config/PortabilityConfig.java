package no.los.dsar.config;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How dsar-service builds the exports of portability requests (Art. 20). */
@ConfigMapping(prefix = "los.dsar.portability")
public interface PortabilityConfig {

    /** The service whose Green Button feed (NAESB ESPI) is the {@code green-button} export. */
    @WithDefault("consumption-service")
    String greenButtonService();

    /**
     * Where an export is written while it is built, before a byte of it is handed out (the system's
     * temporary directory when unset). It holds a person's data for the length of one download or
     * transfer: in Kubernetes a pod's own {@code emptyDir}.
     */
    Optional<Path> spoolDirectory();
}
