package no.los.platform.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a {@code @QuarkusTest} the real components: a fresh PostgreSQL database named by the
 * {@code database} argument, and the module's shared in-process Kafka broker, which the service
 * joins as its own principal (its {@code quarkus.application.name}) with the password the broker made up.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
        if (database == null) {
            throw new IllegalArgumentException("name the test database with @ResourceArg(name = \"database\")");
        }
    }

    @Override
    public Map<String, String> start() {
        String jdbcUrl = TestDatabase.recreate(database);
        KafkaBroker broker = KafkaBroker.shared();
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.username", TestDatabase.USER,
                "quarkus.datasource.password", TestDatabase.PASSWORD,
                "kafka.bootstrap.servers", broker.bootstrapServers(),
                "los.kafka.password", broker.password(serviceName()));
    }

    /** The service under test, as its application.properties names it. */
    private static String serviceName() {
        Properties properties = new Properties();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("application.properties")) {
            if (in == null) {
                throw new IllegalStateException("the service under test has no application.properties");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = properties.getProperty("quarkus.application.name");
        if (name == null) {
            throw new IllegalStateException("application.properties names no quarkus.application.name");
        }
        return name;
    }

    @Override
    public void stop() {
        // The broker lives until the JVM ends, so test classes share it; the database stays for inspection.
    }
}
