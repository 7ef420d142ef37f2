package no.los.consumption.privacy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import no.los.consumption.CustomerEvents;
import no.los.consumption.rest.GreenButtonResource;
import no.los.platform.test.GreenButtonSchemas;
import no.los.platform.test.TestTokens;

/**
 * The person's hourly consumption as a Green Button file (NAESB ESPI), for dsar-service to hand over
 * with the export: every export valid against the published schemas, and its values adding up to
 * the stored kWh exactly.
 */
@QuarkusTest
class GreenButtonTest {

    private static final LocalDate CONTRACT_START = LocalDate.parse("2026-01-01");

    @Inject
    AgroalDataSource database;

    @Test
    void theFeedIsValidGreenButtonAndItsValuesAreTheStoredKwhExactly() throws Exception {
        UUID customer = UUID.randomUUID();
        String house = CustomerEvents.meteringPointAdded(customer);
        String cabin = CustomerEvents.meteringPointAdded(customer);
        CustomerEvents.contractStarted(customer, house, CONTRACT_START);
        CustomerEvents.contractStarted(customer, cabin, CONTRACT_START);
        List<PlantedReadings.Hour> houseHours = new ArrayList<>(
                PlantedReadings.ofDay(house, LocalDate.parse("2026-03-29"), "0.001", "1.234", "12.345"));
        houseHours.addAll(PlantedReadings.ofDay(house, LocalDate.parse("2026-10-25"), "3.210", "0.000"));
        List<PlantedReadings.Hour> cabinHours = PlantedReadings.ofDay(cabin, LocalDate.parse("2026-11-24"), "0.450");
        String strangersPoint = CustomerEvents.meteringPointAdded(UUID.randomUUID());

        byte[] feed = greenButton(customer);
        assertEquals(2 * 3 + 3, GreenButtonSchemas.validate(feed),
                "a UsagePoint, MeterReading and ReadingType per metering point and an IntervalBlock per day, all valid");
        GreenButtonFile file = GreenButtonFile.read(feed);
        assertEquals(List.of(house, cabin).stream().sorted().toList(), file.meteringPoints());
        assertEquals(3, file.intervalBlocks());
        for (String point : List.of(house, cabin)) {
            assertEquals(new GreenButtonFile.Unit(72, GreenButtonFeed.POWER_OF_TEN_MULTIPLIER, 3600), file.unitOf(point));
            assertEquals(storedKwh(point), file.kwhOf(point), "Σ value × 10^multiplier Wh is the stored kWh");
        }
        assertEquals(23 + 25, file.readingsOf(house).size());
        assertEquals(24, file.readingsOf(cabin).size());
        for (int i = 0; i < houseHours.size(); i++) {
            GreenButtonFile.Reading reading = file.readingsOf(house).get(i);
            assertEquals(houseHours.get(i).start().toEpochSecond(), reading.start());
            assertEquals(3600, reading.duration());
        }
        assertEquals(PlantedReadings.sum(houseHours), file.kwhOf(house));
        assertEquals(PlantedReadings.sum(cabinHours), file.kwhOf(cabin));
        assertFalse(new String(feed, StandardCharsets.UTF_8).contains(strangersPoint), "nothing of another customer");
    }

    @Test
    void theStoredPrecisionIsTheOneTheMultiplierWasChosenFor() throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(
                "select numeric_scale from information_schema.columns where table_name = 'hourly_reading' and column_name = 'kwh'");
                ResultSet column = query.executeQuery()) {
            column.next();
            assertEquals(GreenButtonFeed.STORED_KWH_SCALE, column.getInt(1),
                    "hourly_reading.kwh has the decimals that make every value a whole number of Wh");
        }
    }

    @Test
    void aMeteringPointWithoutReadingsIsAUsagePointWithoutBlocks() throws Exception {
        UUID customer = UUID.randomUUID();
        String gsrn = CustomerEvents.meteringPointAdded(customer);
        byte[] feed = greenButton(customer);
        assertEquals(3, GreenButtonSchemas.validate(feed));
        GreenButtonFile file = GreenButtonFile.read(feed);
        assertEquals(List.of(gsrn), file.meteringPoints());
        assertEquals(0, file.intervalBlocks());
        assertEquals(0, GreenButtonSchemas.validate(greenButton(UUID.randomUUID())), "an unknown customer: an empty feed");
    }

    @Test
    void onlyDsarServiceMayFetchTheFeed() {
        UUID customer = UUID.randomUUID();
        for (String token : List.of(TestTokens.withRoles("rights-collector"), TestTokens.customer(customer),
                TestTokens.withRoles("privacy-officer"))) {
            given().auth().oauth2(token).accept(GreenButtonResource.ATOM_XML)
                    .get("/rights/customers/" + customer + "/green-button")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().accept(GreenButtonResource.ATOM_XML).get("/rights/customers/" + customer + "/green-button")
                .then().statusCode(401).contentType("application/problem+json");
    }

    private static byte[] greenButton(UUID customer) {
        return given().auth().oauth2(TestTokens.rightsCollector()).accept(GreenButtonResource.ATOM_XML)
                .get("/rights/customers/" + customer + "/green-button")
                .then().statusCode(200).contentType(GreenButtonResource.ATOM_XML).extract().asByteArray();
    }

    private BigDecimal storedKwh(String gsrn) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(
                "select sum(kwh) from hourly_reading where metering_point_id = ?")) {
            query.setString(1, gsrn);
            try (ResultSet sum = query.executeQuery()) {
                sum.next();
                return sum.getBigDecimal(1);
            }
        }
    }
}
