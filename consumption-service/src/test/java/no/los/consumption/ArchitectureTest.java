package no.los.consumption;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

import no.los.platform.test.ArchitectureRules;
import no.los.platform.test.ErasureRuleFiles;

/** consumption-service keeps the suite's layering. */
@AnalyzeClasses(packages = "no.los.consumption", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layering = ArchTests.in(ArchitectureRules.class);

    @ArchTest
    static final ArchTests erasureRules = ArchTests.in(ErasureRuleFiles.class);
}
