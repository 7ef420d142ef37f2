package no.los.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.common.acl.AclBinding;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The broker's ACLs are declared once, by {@link EventTopic}; the Strimzi {@code KafkaUser}
 * manifests that production applies must say the same, principal by principal.
 */
class TopicAccessTest {

    private static final Path USERS = Path.of("../deploy/kubernetes/kafka/users.yaml");

    @Test
    void everyServiceWritesOnlyItsOwnTopicAndReadsOnlyWhatItConsumes() {
        Set<String> customerService = rules(TopicAccess.of("customer-service"));
        assertEquals(Set.of("topic los.customer.events WRITE", "topic los.customer.events DESCRIBE",
                "topic los.dsar.events READ", "topic los.consent.events READ", "group customer-service READ"),
                customerService, "customer-service reads requests, and the objections it keeps");
        Set<String> dsarService = rules(TopicAccess.of("dsar-service"));
        assertTrue(dsarService.containsAll(Set.of("topic los.customer.events READ", "topic los.consent.events READ",
                "topic los.consumption.events READ", "topic los.marketing.events READ")));
        assertTrue(dsarService.stream().noneMatch(rule -> rule.startsWith("topic los.dsar.events READ")),
                "a service does not read back its own topic");
    }

    @Test
    void theStrimziKafkaUsersGrantExactlyWhatTopicAccessGrants() throws IOException {
        Map<String, Set<String>> declared = kafkaUsers();
        assertEquals(EventTopic.services(), declared.keySet(), "one KafkaUser per service");
        for (String service : EventTopic.services()) {
            assertEquals(rules(TopicAccess.of(service)), declared.get(service), service);
        }
    }

    private static Set<String> rules(List<AclBinding> acls) {
        Set<String> rules = new TreeSet<>();
        for (AclBinding acl : acls) {
            rules.add(acl.pattern().resourceType().name().toLowerCase() + " " + acl.pattern().name() + " "
                    + acl.entry().operation().name());
        }
        return rules;
    }

    /** Each KafkaUser's ACLs in the same words: "topic los.customer.events WRITE". */
    private static Map<String, Set<String>> kafkaUsers() throws IOException {
        Map<String, Set<String>> users = new HashMap<>();
        try (MappingIterator<JsonNode> documents = new YAMLMapper().readerFor(JsonNode.class)
                .readValues(Files.readString(USERS))) {
            for (JsonNode user : documents.readAll()) {
                if (!"KafkaUser".equals(user.path("kind").asText())) {
                    continue;
                }
                assertEquals("scram-sha-512", user.at("/spec/authentication/type").asText());
                Set<String> rules = new TreeSet<>();
                for (JsonNode acl : user.at("/spec/authorization/acls")) {
                    assertEquals("literal", acl.at("/resource/patternType").asText());
                    for (JsonNode operation : acl.path("operations")) {
                        rules.add(acl.at("/resource/type").asText() + " " + acl.at("/resource/name").asText() + " "
                                + operation.asText().toUpperCase());
                    }
                }
                users.put(user.at("/metadata/name").asText(), rules);
            }
        }
        return users;
    }
}
