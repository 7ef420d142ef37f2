package no.los.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Where a service that erases keeps its erasure rules, as ArchUnit rules its architecture test runs
 * with {@code ArchTests.in(ErasureRuleFiles.class)}: {@code find -name '*Erasure*'} shows them, all in
 * {@code privacy/}, in at most three files. (dsar-service tracks erasures and holds no such rules.)
 */
public final class ErasureRuleFiles {

    @ArchTest
    public static final ArchRule ERASURE_CLASSES_LIVE_IN_PRIVACY = classes()
            .that().haveSimpleNameContaining("Erasure")
            .should().resideInAPackage("..privacy")
            .because("a newcomer finds the service's erasure rules in privacy/, by their name");

    @ArchTest
    public static void erasureRulesTakeAtMostThreeFiles(JavaClasses classes) {
        List<String> files = classes.stream()
                .filter(JavaClass::isTopLevelClass)
                .map(JavaClass::getSimpleName)
                .filter(name -> name.contains("Erasure"))
                .sorted()
                .toList();
        assertTrue(files.size() <= 3, "the erasure rules read in at most three files, not " + files);
    }

    private ErasureRuleFiles() {
    }
}
