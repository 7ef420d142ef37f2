package no.los.dsar.report;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import no.los.dsar.report.AccessReport.OtherRight;
import no.los.dsar.report.CategorySummary.MonthTotal;
import no.los.platform.rights.AccessPart;
import no.los.platform.rights.AccessPart.CategoryRecords;
import no.los.platform.rights.DataCategory;
import no.los.platform.rights.ProcessingPurpose;
import no.los.platform.rights.Recipient;
import no.los.platform.rights.Safeguard;
import no.los.platform.time.OsloCalendar;

/**
 * The access report as a document the person reads, in Norwegian (bokmål): per service and category
 * what is held, why, on which legal basis, from where, for whom, for how long and how it is
 * protected, and the records themselves; a category of more than {@value #LISTED_IN_FULL} records
 * is summarised, its full list is in the JSON report. Then automated decisions, the other rights and
 * where to complain. Written as well-formed XHTML, so the PDF is rendered from the same text; every
 * value is escaped.
 */
final class AccessReportHtml {

    /** Categories with more records than this are summarised rather than listed. */
    static final int LISTED_IN_FULL = 100;

    static final ZoneId NORWAY = OsloCalendar.ZONE;
    private static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");
    /** A day as a Norwegian letter writes it: 1. desember 2026. */
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d. MMMM yyyy", BOKMAL);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm", BOKMAL);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", BOKMAL);
    private static final Pattern ARTICLE = Pattern.compile("(\\d+)(?:\\((\\d+)\\))?(?:\\(([a-z])\\))?");
    /** Characters XML 1.0 cannot carry; they are left out of the document (the JSON report keeps them). */
    private static final Pattern NOT_XML = Pattern.compile(
            "[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    /** The services, as the person knows what they do. */
    private static final Map<String, String> SERVICE_TITLES = Map.of(
            "customer-service", "Kundeforholdet",
            "consent-service", "Samtykker og protester",
            "consumption-service", "Strømforbruk og visualiseringsappen",
            "marketing-service", "Nyhetsbrev og kundeundersøkelser",
            "dsar-service", "Henvendelser om personvern");

    /** The most fields a record shows as columns across the page; a wider record is listed field by field. */
    static final int COLUMNS_ACROSS = 7;

    static final String STYLE = """
            @page { size: A4; margin: 18mm 15mm; }
            body { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; line-height: 1.35; }
            h1 { font-size: 18pt; }
            h2 { font-size: 14pt; margin-top: 18pt; }
            h3 { font-size: 11.5pt; margin-top: 12pt; }
            table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0; table-layout: fixed; }
            th, td { border: 0.5pt solid #999; padding: 2pt 4pt; text-align: left; vertical-align: top;
                     word-wrap: break-word; }
            table.metadata th { width: 30%; background: #eee; }
            table.records { font-size: 8pt; } table.records th { background: #eee; }
            ul { margin: 0; padding-left: 12pt; }
            .note { font-style: italic; }
            """;

    private final AccessReport report;
    private final StringBuilder html = new StringBuilder();

    private AccessReportHtml(AccessReport report) {
        this.report = report;
    }

    /** The document of the report. */
    static String write(AccessReport report) {
        return new AccessReportHtml(report).document();
    }

    private String document() {
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nb\"><head>")
                .append("<meta charset=\"UTF-8\"/><title>Innsyn i personopplysninger hos LOS AS</title>")
                .append("<style>").append(STYLE).append("</style></head><body>");
        introduction();
        report.parts().forEach(this::part);
        automatedDecisions();
        otherRights();
        complaint();
        html.append("</body></html>");
        return html.toString();
    }

    private void introduction() {
        element("h1", "Innsyn i personopplysninger hos LOS AS");
        element("p", "Dette er svaret på forespørselen din om innsyn etter personvernforordningen artikkel 15, "
                + "mottatt " + day(report.requestedAt()) + ". Rapporten ble laget " + moment(report.generatedAt())
                + " og kan lastes ned til og med " + day(report.availableUntil().minusSeconds(1)) + ".");
        element("p", "Forespørsel " + report.requestId() + ", kunde-ID " + report.customerId() + ".");
        element("h2", "Behandlingsansvarlig");
        element("p", report.controller().name() + ", " + report.controller().postalAddress()
                + ". Spørsmål om personvern: " + report.controller().email() + ".");
        element("p", "Nedenfor står alt vi har registrert om deg, tjeneste for tjeneste: hvorfor vi har det, hva "
                + "som gir oss rett til det, hvor vi har det fra, hvem som får det, hvor lenge vi har det og "
                + "hvordan vi beskytter det.");
    }

    private void part(AccessPart part) {
        element("h2", SERVICE_TITLES.getOrDefault(part.service(), part.service()) + " (" + part.service() + ")");
        part.categories().forEach(this::category);
    }

    private void category(CategoryRecords entry) {
        DataCategory category = entry.category();
        element("h3", category.title());
        element("p", category.description());
        html.append("<table class=\"metadata\">");
        row("Formål", category.purposes().stream().map(ProcessingPurpose::norwegian).toList());
        row("Rettslig grunnlag", List.of(category.legalBasis().norwegian() + " (personvernforordningen "
                + article(category.legalBasis().article()) + ")"));
        row("Kilde", List.of(category.source().norwegian()));
        row("Mottakere", category.recipients().isEmpty() ? List.of("Ingen utenfor tjenesten")
                : category.recipients().stream().map(AccessReportHtml::recipient).toList());
        row("Lagringstid", List.of(category.retention().rule()));
        row("Sikkerhetstiltak", category.safeguards().isEmpty() ? List.of("Ingen særskilte tiltak utover LOS' "
                + "generelle sikkerhet") : category.safeguards().stream().map(Safeguard::norwegian).toList());
        row("Automatiserte avgjørelser", List.of(category.automatedDecisions() ? "Ja" : "Nei"));
        html.append("</table>");
        records(entry.records());
    }

    private void records(List<Map<String, Object>> records) {
        if (records.isEmpty()) {
            element("p", "Vi har ingen opplysninger om deg i denne kategorien.");
        } else if (records.size() <= LISTED_IN_FULL) {
            element("p", records.size() == 1 ? "Vi har 1 oppføring om deg:" : "Vi har " + records.size()
                    + " oppføringer om deg:");
            table(records);
        } else {
            summary(CategorySummary.of(records));
        }
    }

    /**
     * The records as a table with a column per field; a record with more fields than fit across a
     * page is shown as a list of fields, one table per record, so that no value is squeezed into a
     * narrow column.
     */
    private void table(List<Map<String, Object>> records) {
        Set<String> fields = new LinkedHashSet<>();
        records.forEach(record -> fields.addAll(record.keySet()));
        if (fields.size() > COLUMNS_ACROSS) {
            for (Map<String, Object> record : records) {
                html.append("<table class=\"metadata\">");
                fields.forEach(field -> {
                    html.append("<tr>");
                    element("th", field);
                    element("td", value(record.get(field)));
                    html.append("</tr>");
                });
                html.append("</table>");
            }
            return;
        }
        html.append("<table class=\"records\"><tr>");
        fields.forEach(field -> element("th", field));
        html.append("</tr>");
        for (Map<String, Object> record : records) {
            html.append("<tr>");
            fields.forEach(field -> element("td", value(record.get(field))));
            html.append("</tr>");
        }
        html.append("</table>");
    }

    private void summary(CategorySummary summary) {
        element("p", "Vi har " + summary.count() + " oppføringer om deg i denne kategorien. Her er et sammendrag; "
                + "hele listen står i JSON-rapporten (" + ReportFormat.JSON.fileName(report.requestId()) + ").");
        element("p", (summary.timeField().isPresent() ? "Den eldste: " : "Den første: ") + inline(summary.first()));
        element("p", (summary.timeField().isPresent() ? "Den nyeste: " : "Den siste: ") + inline(summary.last()));
        if (summary.months().isEmpty()) {
            return;
        }
        List<String> totals = List.copyOf(summary.months().get(0).totals().keySet());
        html.append("<table class=\"records\"><tr>");
        element("th", "Måned");
        element("th", "Antall oppføringer");
        totals.forEach(field -> element("th", "Sum " + field));
        html.append("</tr>");
        for (MonthTotal month : summary.months()) {
            html.append("<tr>");
            element("td", MONTH.format(month.month()));
            element("td", Integer.toString(month.records()));
            totals.forEach(field -> element("td", month.totals().get(field).toPlainString()));
            html.append("</tr>");
        }
        html.append("</table>");
    }

    private void automatedDecisions() {
        element("h2", "Automatiserte avgjørelser");
        element("p", report.automatedDecisions().description());
        if (report.automatedDecisions().made()) {
            list(report.automatedDecisions().categories());
        }
    }

    private void otherRights() {
        element("h2", "Dine andre rettigheter");
        for (OtherRight right : report.otherRights()) {
            element("h3", right.title() + " (" + article(right.article()) + ")");
            element("p", right.description());
        }
        element("p", RightsNotice.HOW_TO_USE_THE_RIGHTS);
    }

    private void complaint() {
        element("h2", "Klage til Datatilsynet");
        element("p", report.complaintsTo().description());
        element("p", report.complaintsTo().name() + ", " + report.complaintsTo().postalAddress() + ", "
                + report.complaintsTo().website() + " (personvernforordningen "
                + article(report.complaintsTo().article()) + ").");
    }

    private void row(String heading, List<String> values) {
        html.append("<tr>");
        element("th", heading);
        html.append("<td>");
        if (values.size() == 1) {
            html.append(escape(values.get(0)));
        } else {
            list(values);
        }
        html.append("</td></tr>");
    }

    private void list(List<String> items) {
        html.append("<ul>");
        items.forEach(item -> element("li", item));
        html.append("</ul>");
    }

    private void element(String name, String text) {
        html.append('<').append(name).append('>').append(escape(text)).append("</").append(name).append('>');
    }

    private static String recipient(Recipient recipient) {
        String kind = recipient.kind() == Recipient.Kind.PROCESSOR ? "databehandler" : "tjeneste i LOS";
        return recipient.name() + " (" + kind + "): " + recipient.why();
    }

    private static String inline(Map<String, Object> record) {
        return record.entrySet().stream().map(field -> field.getKey() + ": " + value(field.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String value(Object value) {
        if (value == null) {
            return "–";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Boolean flag) {
            return flag ? "ja" : "nei";
        }
        return value.toString();
    }

    /** {@code 6(1)(b)} as Norwegian law writes it: artikkel 6 nr. 1 bokstav b; {@code 7(3)}: artikkel 7 nr. 3. */
    static String article(String article) {
        Matcher matcher = ARTICLE.matcher(article);
        if (!matcher.matches()) {
            return "artikkel " + article;
        }
        return "artikkel " + matcher.group(1) + (matcher.group(2) == null ? "" : " nr. " + matcher.group(2))
                + (matcher.group(3) == null ? "" : " bokstav " + matcher.group(3));
    }

    private static String day(OffsetDateTime moment) {
        return DAY.format(moment.atZoneSameInstant(NORWAY));
    }

    private static String moment(OffsetDateTime moment) {
        return MOMENT.format(moment.atZoneSameInstant(NORWAY));
    }

    /** Escapes text for XHTML content and attributes, and leaves out what XML cannot carry. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char character : NOT_XML.matcher(text).replaceAll("").toCharArray()) {
            switch (character) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(character);
            }
        }
        return escaped.toString();
    }
}
