package no.los.platform.test;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a {@code @QuarkusTest} the real components: a fresh PostgreSQL database named by the
 * {@code database} argument, and the module's shared in-process Kafka broker.
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
                "kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void stop() {
        // The broker lives until the JVM ends, so test classes share it; the database stays for inspection.
    }
}
