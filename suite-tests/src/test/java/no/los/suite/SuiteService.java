package no.los.suite;

import java.nio.file.Path;

/** The five services of the suite, each run from its packaged jar with a database of its own. */
enum SuiteService {
    CUSTOMER("customer-service", "customer_suite", "los.customer.events"),
    CONSENT("consent-service", "consent_suite", "los.consent.events"),
    CONSUMPTION("consumption-service", "consumption_suite", "los.consumption.events"),
    MARKETING("marketing-service", "marketing_suite", "los.marketing.events"),
    DSAR("dsar-service", "dsar_suite", "los.dsar.events");

    private final String serviceName;
    private final String database;
    private final String topic;

    SuiteService(String serviceName, String database, String topic) {
        this.serviceName = serviceName;
        this.database = database;
        this.topic = topic;
    }

    String serviceName() {
        return serviceName;
    }

    String database() {
        return database;
    }

    String topic() {
        return topic;
    }

    Path jar(Path root) {
        return root.resolve(serviceName).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
