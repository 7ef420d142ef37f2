package no.los.consent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import no.los.platform.test.ArchitectureRules;

/** consent-service keeps the suite's layering, and its part in the rights sits in privacy/. */
@AnalyzeClasses(packages = "no.los.consent", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layering = ArchTests.in(ArchitectureRules.class);

    /** {@code find -name '*Erasure*'} shows where the erasure rules are, and nothing else is named so. */
    @ArchTest
    static final ArchRule erasureLivesInPrivacy = classes()
            .that().haveSimpleNameContaining("Erasure")
            .should().resideInAPackage("no.los.consent.privacy")
            .because("a newcomer finds consent-service's erasure rules in privacy/, by their name");

    @ArchTest
    static void theErasureRulesTakeAtMostThreeFiles(JavaClasses classes) {
        List<String> files = classes.stream()
                .filter(JavaClass::isTopLevelClass)
                .map(JavaClass::getSimpleName)
                .filter(name -> name.contains("Erasure"))
                .sorted()
                .toList();
        assertTrue(files.size() <= 3, "the erasure rules read in at most three files, not " + files);
    }
}
