package no.los.consent;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

import no.los.platform.test.ArchitectureRules;
import no.los.platform.test.ErasureRuleFiles;

/** consent-service keeps the suite's layering, and its part in the rights sits in privacy/. */
@AnalyzeClasses(packages = "no.los.consent", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layering = ArchTests.in(ArchitectureRules.class);

    @ArchTest
    static final ArchTests erasureRules = ArchTests.in(ErasureRuleFiles.class);
}
