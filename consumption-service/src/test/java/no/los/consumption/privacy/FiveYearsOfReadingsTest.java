package no.los.consumption.privacy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.time.YearMonth;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import no.los.consumption.intake.ReadingPartitions;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

import no.los.consumption.CustomerEvents;
import no.los.consumption.rest.GreenButtonResource;
import no.los.platform.test.GreenButtonSchemas;
import no.los.platform.test.TestTokens;

/**
 * Five years of hourly readings of one metering point, 43,800 rows, through all three of the
 * person's copies: the access part, the NDJSON export and the Green Button feed each hold every hour
 * with the exact total. The durations are printed for comparison between runs, never asserted.
 */
@QuarkusTest
class FiveYearsOfReadingsTest {

    private static final int HOURS = 5 * 365 * 24;

    @Inject
    ReadingPartitions partitions;

    @Inject
    AgroalDataSource database;

    @Test
    void everyHourOfFiveYearsIsInEachCopyWithTheExactTotal() throws Exception {
        UUID customer = UUID.randomUUID();
        String gsrn = CustomerEvents.meteringPointAdded(customer);
        CustomerEvents.contractStarted(customer, gsrn, LocalDate.parse("2021-01-01"));
        plantHours(gsrn, customer);
        BigDecimal stored = storedKwh(gsrn);

        long started = System.nanoTime();
        String access = given().auth().oauth2(TestTokens.rightsCollector()).get("/rights/customers/" + customer + "/access")
                .then().statusCode(200).extract().asString();
        long accessed = System.nanoTime();
        List<BigDecimal> accessKwh = new JsonPath(access)
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL))
                .getList("categories.find { it.category.name == 'hourly-readings' }.records.kwh", BigDecimal.class);
        assertEquals(HOURS, accessKwh.size());
        assertEquals(stored, accessKwh.stream().reduce(BigDecimal.ZERO, BigDecimal::add));

        long exportStarted = System.nanoTime();
        String ndjson = given().auth().oauth2(TestTokens.rightsCollector())
                .get("/rights/customers/" + customer + "/portable").then().statusCode(200).extract().asString();
        long exported = System.nanoTime();
        List<Map<String, Object>> exportedHours = PortableExportTest.Export.parse(ndjson).categories().get("hourly-readings");
        assertEquals(HOURS, exportedHours.size());
        assertEquals(stored, exportedHours.stream().map(hour -> (BigDecimal) hour.get("kwh"))
                .reduce(BigDecimal.ZERO, BigDecimal::add));

        long feedStarted = System.nanoTime();
        byte[] feed = given().auth().oauth2(TestTokens.rightsCollector()).accept(GreenButtonResource.ATOM_XML)
                .get("/rights/customers/" + customer + "/green-button").then().statusCode(200).extract().asByteArray();
        long fed = System.nanoTime();
        assertEquals(3 + 5 * 365, GreenButtonSchemas.validate(feed), "a block per day of the five years");
        GreenButtonFile file = GreenButtonFile.read(feed);
        assertEquals(HOURS, file.readingsOf(gsrn).size());
        assertEquals(stored, file.kwhOf(gsrn));

        System.out.printf("Five years of hourly readings (%d): access part %d ms, NDJSON export %d ms, Green Button %d ms "
                + "(%d kB)%n", HOURS, (accessed - started) / 1_000_000, (exported - exportStarted) / 1_000_000,
                (fed - feedStarted) / 1_000_000, feed.length / 1024);
    }

    /** Every hour from New Year 2021, Norwegian time, with values that vary in every decimal. */
    private void plantHours(String gsrn, UUID customer) throws SQLException {
        partitions.ensure(Stream.iterate(YearMonth.of(2021, 1), month -> month.isBefore(YearMonth.of(2026, 1)),
                month -> month.plusMonths(1)).toList());
        try (Connection connection = database.getConnection(); PreparedStatement insert = connection.prepareStatement("""
                insert into hourly_reading (metering_point_id, customer_id, starts_at, kwh, received_at)
                select ?, ?, timestamptz '2021-01-01 00:00:00+01' + make_interval(hours => n),
                       ((n * 7919) % 5000 + 1) / 1000.0, now()
                from generate_series(0, ? - 1) n""")) {
            insert.setString(1, gsrn);
            insert.setObject(2, customer);
            insert.setInt(3, HOURS);
            assertEquals(HOURS, insert.executeUpdate());
        }
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
