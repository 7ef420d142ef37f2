package no.los.platform.events;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * What each service may do on the broker, made from {@link EventTopic}: write (and describe) the
 * one topic it owns, read the topics it consumes, in the consumer group named after it. Each
 * service is its own principal ({@code User:<service>}); the broker refuses everything else.
 * The test broker and the local stack grant exactly these; the Strimzi {@code KafkaUser}
 * manifests in {@code deploy/kubernetes/kafka/users.yaml} declare the same and a test compares them.
 */
public final class TopicAccess {

    private TopicAccess() {
    }

    /** The Kafka principal of a service. */
    public static String principal(String service) {
        return "User:" + service;
    }

    /** The ACLs of one service. */
    public static List<AclBinding> of(String service) {
        List<AclBinding> acls = new ArrayList<>();
        acls.add(allow(service, ResourceType.TOPIC, EventTopic.ownedBy(service).topicName(), AclOperation.WRITE));
        acls.add(allow(service, ResourceType.TOPIC, EventTopic.ownedBy(service).topicName(), AclOperation.DESCRIBE));
        for (EventTopic topic : EventTopic.values()) {
            if (topic.readers().contains(service)) {
                acls.add(allow(service, ResourceType.TOPIC, topic.topicName(), AclOperation.READ));
            }
        }
        acls.add(allow(service, ResourceType.GROUP, service, AclOperation.READ));
        return acls;
    }

    /** The ACLs of every service. */
    public static List<AclBinding> all() {
        List<AclBinding> acls = new ArrayList<>();
        EventTopic.services().forEach(service -> acls.addAll(of(service)));
        return acls;
    }

    private static AclBinding allow(String service, ResourceType type, String name, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, PatternType.LITERAL),
                new AccessControlEntry(principal(service), "*", operation, AclPermissionType.ALLOW));
    }
}
