package no.los.consumption.intake;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;

import no.los.consumption.Period;
import no.los.platform.identifiers.MeteringPointId;
import no.los.platform.problem.InvalidInputException;
import no.los.platform.time.OsloCalendar;

/**
 * Reads an Elhub delivery — NDJSON, one metering point's day per line — into a {@link ReadingStage}:
 * <pre>{"meteringPointId":"707057500042745649","day":"2026-11-24","resolution":"PT60M","kwh":[0.512,0.498,…]}</pre>
 * A line holds the whole Norwegian day from its first interval: 23, 24 or 25 hourly values, or 92, 96
 * or 100 quarter-hour values. A line that breaks a rule is staged as a refused series, naming the
 * field, so that its metering point is refused as a whole and reported; a line that cannot be read
 * at all, or names no metering point, makes the whole delivery a bad request.
 */
final class ElhubDelivery {

    private static final Pattern EIGHTEEN_DIGITS = Pattern.compile("\\d{18}");

    /** Values beyond the longest day are not buffered. */
    private static final int MOST_INTERVALS = 100;

    private final JsonParser parser;
    private final ReadingStage stage;
    private final int maxDays;
    private final Set<String> pointDays = new HashSet<>();
    private final long[] wattHours = new long[MOST_INTERVALS];
    /** How many values the last array held. */
    private int countedValues;

    private ElhubDelivery(JsonParser parser, ReadingStage stage, int maxDays) {
        this.parser = parser;
        this.stage = stage;
        this.maxDays = maxDays;
    }

    /** Stages every line of the delivery; returns how many lines it had. */
    static int read(JsonFactory json, InputStream body, ReadingStage stage, int maxDays) {
        try (JsonParser parser = json.createParser(body)) {
            return new ElhubDelivery(parser, stage, maxDays).readAll();
        } catch (StreamReadException e) {
            throw new InvalidInputException("body", "line " + e.getLocation().getLineNr()
                    + " is not a JSON object of a metering point's day");
        } catch (IOException e) {
            throw new InvalidInputException("body", "could not be read to its end");
        }
    }

    private int readAll() throws IOException {
        int lines = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            int line = parser.currentLocation().getLineNr();
            if (token != JsonToken.START_OBJECT) {
                throw new InvalidInputException("body", "line " + line + " is not a JSON object of a metering point's day");
            }
            if (++lines > maxDays) {
                throw new InvalidInputException("body", "holds more than " + maxDays + " metering point days: split it");
            }
            readLine(line);
        }
        if (lines == 0) {
            throw new InvalidInputException("body", "holds no metering point day");
        }
        return lines;
    }

    private void readLine(int line) throws IOException {
        String meteringPointId = null;
        String day = null;
        String resolution = null;
        int values = -1;
        String kwhProblem = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "meteringPointId" -> meteringPointId = value == JsonToken.VALUE_STRING ? parser.getText() : "";
                case "day" -> day = value == JsonToken.VALUE_STRING ? parser.getText() : "";
                case "resolution" -> resolution = value == JsonToken.VALUE_STRING ? parser.getText() : "";
                case "kwh" -> {
                    if (value != JsonToken.START_ARRAY) {
                        parser.skipChildren();
                        kwhProblem = "must be an array of the day's values";
                    } else {
                        kwhProblem = readValues();
                        values = countedValues;
                    }
                }
                default -> parser.skipChildren();
            }
        }
        if (meteringPointId == null || !EIGHTEEN_DIGITS.matcher(meteringPointId).matches()) {
            throw new InvalidInputException(MeteringPointId.FIELD, "line " + line + ": is required, 18 digits");
        }
        stageLine(line, meteringPointId, day, resolution, values, kwhProblem);
    }

    /** Reads the array of values into {@link #wattHours}; returns why one does not read, or {@code null}. */
    private String readValues() throws IOException {
        countedValues = 0;
        String problem = null;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            int index = countedValues++;
            if (problem != null) {
                parser.skipChildren();
                continue;
            }
            if (index >= MOST_INTERVALS) {
                problem = "has more values than the longest day";
            } else if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                parser.skipChildren();
                problem = "[" + index + "] must be a number";
            } else {
                char[] text = parser.getTextCharacters();
                int offset = parser.getTextOffset();
                int length = parser.getTextLength();
                String unreadable = KilowattHours.problem(text, offset, length);
                if (unreadable != null) {
                    problem = "[" + index + "] " + unreadable;
                } else {
                    wattHours[index] = KilowattHours.wattHours(text, offset, length);
                }
            }
        }
        return problem;
    }

    private void stageLine(int line, String meteringPointId, String dayText, String resolutionName, int values,
            String kwhProblem) {
        int id = stage.nextSeriesId();
        try {
            new MeteringPointId(meteringPointId);
        } catch (InvalidInputException e) {
            stage.add(DaySeries.refused(id, line, meteringPointId, null, null, MeteringPointId.FIELD, e.getMessage()));
            return;
        }
        LocalDate day = dayOf(dayText);
        if (day == null) {
            stage.add(DaySeries.refused(id, line, meteringPointId, null, null, "day",
                    "is required as a date (YYYY-MM-DD) between " + Period.EARLIEST_YEAR + " and " + Period.LATEST_YEAR));
            return;
        }
        if (!pointDays.add(meteringPointId + day)) {
            stage.add(DaySeries.refused(id, line, meteringPointId, day, null, "day", "appears twice for the metering point"));
            return;
        }
        Resolution resolution = Resolution.named(resolutionName);
        if (resolution == null) {
            stage.add(DaySeries.refused(id, line, meteringPointId, day, null, "resolution", "must be PT60M or PT15M"));
            return;
        }
        if (kwhProblem != null || values < 0) {
            stage.add(DaySeries.refused(id, line, meteringPointId, day, resolution, "kwh",
                    kwhProblem == null ? "is required: the day's values" : kwhProblem));
            return;
        }
        int expected = resolution.intervalsOn(day);
        if (values != expected) {
            stage.add(DaySeries.refused(id, line, meteringPointId, day, resolution, "kwh",
                    "must hold the " + expected + " values of the day in " + resolution + ", not " + values));
            return;
        }
        long start = OsloCalendar.startOf(day).toEpochSecond();
        long total = 0;
        for (int i = 0; i < values; i++) {
            stage.value(id, start + i * resolution.seconds(), wattHours[i]);
            total += wattHours[i];
        }
        stage.add(new DaySeries(id, line, meteringPointId, day, resolution, true, values, total, null, null, null));
    }

    private static LocalDate dayOf(String text) {
        if (text == null) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text);
            return day.getYear() >= Period.EARLIEST_YEAR && day.getYear() <= Period.LATEST_YEAR ? day : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
