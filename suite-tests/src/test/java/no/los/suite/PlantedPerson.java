package no.los.suite;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import no.los.platform.test.SyntheticIdentities;

/**
 * A synthetic person whose identifiers are unique to one run, so that a scan of a database, a
 * topic or a log for them finds exactly this person's traces. Every person made is remembered, so
 * the topic scan can look for all of them.
 */
record PlantedPerson(String fullName, String nationalIdNumber, String email, String phone, String street,
        String meteringPointId) {

    private static final Set<PlantedPerson> PLANTED = ConcurrentHashMap.newKeySet();
    private static final Set<String> TAKEN = ConcurrentHashMap.newKeySet();

    static PlantedPerson fresh() {
        String tag = unique(PlantedPerson::tag);
        PlantedPerson person = new PlantedPerson(
                "Synne Testesen " + tag,
                unique(SyntheticIdentities::nationalIdNumber),
                "synne." + tag.toLowerCase() + "@example.org",
                unique(() -> "+479" + digits(7)),
                unique(() -> "Provegata " + digits(5)),
                unique(SyntheticIdentities::meteringPointId));
        PLANTED.add(person);
        return person;
    }

    /** Random values collide now and then over a thousand people (metering point ids have 10^7): draw again. */
    private static String unique(Supplier<String> draw) {
        while (true) {
            String value = draw.get();
            if (TAKEN.add(value)) {
                return value;
            }
        }
    }

    static Set<PlantedPerson> all() {
        return Set.copyOf(PLANTED);
    }

    /** The values no event, topic or log may ever carry. */
    List<String> personalValues() {
        return List.of(fullName, nationalIdNumber, email, phone, street);
    }

    private static String tag() {
        StringBuilder tag = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            tag.append((char) ('A' + random.nextInt(26)));
        }
        return tag.charAt(0) + tag.substring(1).toLowerCase();
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }
}
