package no.los.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The suite's Keycloak realm, {@code deploy/keycloak/los-realm.json}: the one place where roles and
 * machine identities are declared. Tests read who may do what from it instead of repeating it.
 */
public final class Realm {

    /** A client with a service account: a machine identity, its roles and the APIs its tokens are for. */
    public record MachineClient(String clientId, Set<String> roles, Set<String> audiences) {
    }

    private static final String FILE = "deploy/keycloak/los-realm.json";
    private static JsonNode realm;

    private Realm() {
    }

    /** The realm roles of the suite (Keycloak's default composite left out). */
    public static Set<String> roles() {
        Set<String> roles = new TreeSet<>();
        for (JsonNode role : document().at("/roles/realm")) {
            String name = role.path("name").asText();
            if (!name.startsWith("default-roles-")) {
                roles.add(name);
            }
        }
        return roles;
    }

    /** Every client that obtains tokens of its own (client credentials). */
    public static List<MachineClient> machineClients() {
        Map<String, Set<String>> rolesByClient = new HashMap<>();
        for (JsonNode user : document().path("users")) {
            if (user.hasNonNull("serviceAccountClientId")) {
                Set<String> roles = new TreeSet<>();
                user.path("realmRoles").forEach(role -> roles.add(role.asText()));
                roles.removeIf(role -> role.startsWith("default-roles-"));
                rolesByClient.put(user.path("serviceAccountClientId").asText(), roles);
            }
        }
        List<MachineClient> clients = new ArrayList<>();
        for (JsonNode client : document().path("clients")) {
            if (!client.path("serviceAccountsEnabled").asBoolean(false)) {
                continue;
            }
            String clientId = client.path("clientId").asText();
            Set<String> audiences = new TreeSet<>();
            for (JsonNode mapper : client.path("protocolMappers")) {
                if ("oidc-audience-mapper".equals(mapper.path("protocolMapper").asText())) {
                    audiences.add(mapper.at("/config/included.custom.audience").asText());
                }
            }
            clients.add(new MachineClient(clientId, rolesByClient.getOrDefault(clientId, Set.of()), audiences));
        }
        return clients;
    }

    private static synchronized JsonNode document() {
        if (realm == null) {
            Path file = locate();
            try {
                realm = new ObjectMapper().readTree(Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the realm " + file, e);
            }
        }
        return realm;
    }

    /** The realm file, found from a module's directory (where Maven runs its tests) or the repository root. */
    private static Path locate() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve(FILE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException(FILE + " not found above " + Path.of("").toAbsolutePath());
    }
}
