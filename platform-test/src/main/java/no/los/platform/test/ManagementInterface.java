package no.los.platform.test;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where a service under test serves health and metrics: Quarkus' management interface, on a port
 * of its own ({@code quarkus.management.test-port}, 9001 unless set), never on the API port.
 */
public final class ManagementInterface {

    private static final int QUARKUS_TEST_DEFAULT = 9001;

    private ManagementInterface() {
    }

    /** The absolute URL of a management path such as {@code /q/health/ready}. */
    public static String url(String path) {
        int port = ConfigProvider.getConfig().getOptionalValue("quarkus.management.test-port", Integer.class)
                .orElse(QUARKUS_TEST_DEFAULT);
        return "http://localhost:" + port + path;
    }
}
