package no.los.dsar.records;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import no.los.platform.events.EventTopic;
import no.los.platform.rights.DataSource;
import no.los.platform.rights.LegalBasis;
import no.los.platform.rights.ProcessingPurpose;
import no.los.platform.rights.Safeguard;

/** The limits the records' OpenAPI schema states hold for what the code can put in them. */
class RecordsOfProcessingBoundsTest {

    @Test
    void theSuiteHasNoMoreServicesThanTheRecordsMakeRoomFor() {
        assertTrue(EventTopic.services().size() <= EventTopic.MAX_SERVICES, EventTopic.services().toString());
    }

    @Test
    void thereIsRoomForAnActivityPerPurposeAndForEveryLegalBasisAndSafeguard() {
        assertTrue(ProcessingPurpose.values().length <= RecordsOfProcessing.MAX_ACTIVITIES);
        assertTrue(LegalBasis.values().length <= RecordsOfProcessing.MAX_FIXED);
        assertTrue(Safeguard.values().length <= RecordsOfProcessing.MAX_FIXED);
        assertTrue(RecordsOfProcessingGenerator.DATA_SUBJECTS.size() <= RecordsOfProcessing.MAX_FIXED);
    }

    @Test
    void everyFixedTextFitsItsLimit() {
        List<String> texts = Stream.of(
                Arrays.stream(ProcessingPurpose.values()).map(ProcessingPurpose::norwegian),
                Arrays.stream(LegalBasis.values()).map(LegalBasis::norwegian),
                Arrays.stream(Safeguard.values()).map(Safeguard::norwegian),
                Arrays.stream(DataSource.values()).map(DataSource::norwegian),
                RecordsOfProcessingGenerator.DATA_SUBJECTS.stream()).flatMap(s -> s).toList();
        texts.forEach(text -> assertTrue(text.length() <= RecordsOfProcessing.MAX_TEXT, text));
        Stream.of(ProcessingPurpose.values(), LegalBasis.values(), Safeguard.values()).flatMap(Arrays::stream)
                .forEach(code -> assertTrue(code.name().length() <= RecordsOfProcessing.MAX_CODE, code.name()));
        Controller los = Controller.LOS;
        Stream.of(los.name(), los.postalAddress(), los.email(), los.representedBy(), los.dailyProcessingDelegatedTo(),
                los.delegation(), los.dataProtectionOfficer(), los.dataProtectionOfficerEmail())
                .forEach(text -> assertTrue(text.length() <= Controller.MAX_TEXT, text));
    }
}
