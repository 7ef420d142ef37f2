package no.los.dsar.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import no.los.dsar.records.RecordsOfProcessing;
import no.los.dsar.records.RecordsOfProcessing.CategoryEntry;
import no.los.dsar.records.RecordsOfProcessing.MapSource;
import no.los.dsar.records.RecordsOfProcessing.ProcessingActivity;
import no.los.dsar.records.RecordsOfProcessing.ProcessorEntry;
import no.los.dsar.records.RecordsOfProcessing.RecipientEntry;
import no.los.dsar.records.RecordsOfProcessing.Remark;
import no.los.platform.rights.Recipient;
import no.los.platform.time.OsloCalendar;

/**
 * The records of processing as a page the privacy officer, the management and Datatilsynet read:
 * in Norwegian, one section per processing activity. Every text that comes from a data map or the
 * register is escaped, since the services and the register supply it, not this page.
 */
final class RecordsOfProcessingPage {

    private static final Locale NORWEGIAN = new Locale("nb", "NO");
    private static final ZoneId NORWAY = OsloCalendar.ZONE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d. MMMM yyyy", NORWEGIAN);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm", NORWEGIAN);

    private final StringBuilder html = new StringBuilder();

    private RecordsOfProcessingPage() {
    }

    static String render(RecordsOfProcessing records) {
        RecordsOfProcessingPage page = new RecordsOfProcessingPage();
        page.write(records);
        return page.html.toString();
    }

    private void write(RecordsOfProcessing records) {
        html.append("<!DOCTYPE html>\n<html lang=\"nb\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Protokoll over behandlingsaktiviteter – ").append(escape(records.controller().name()))
                .append("</title>\n<style>body{font-family:sans-serif;max-width:70em;margin:2em auto;line-height:1.4}"
                        + "table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}"
                        + "th,td{border:1px solid #bbb;padding:.3em .5em;text-align:left;vertical-align:top}"
                        + "th{background:#eee}.merknad{color:#8a1c00}</style>\n</head>\n<body>\n");
        html.append("<h1>Protokoll over behandlingsaktiviteter</h1>\n<p>Etter personvernforordningen artikkel 30 nr. 1. ")
                .append("Generert ").append(moment(records.generatedAt()))
                .append(" fra tjenestenes datakart og databehandlerregisteret; ikke skrevet for hånd.</p>\n");
        controller(records);
        remarks(records.remarks());
        sources(records);
        html.append("<h2>Behandlingsaktiviteter</h2>\n");
        records.activities().forEach(this::activity);
        processors(records.processors());
        html.append("</body>\n</html>\n");
    }

    private void controller(RecordsOfProcessing records) {
        var controller = records.controller();
        html.append("<h2>Behandlingsansvarlig</h2>\n<dl>\n")
                .append("<dt>Behandlingsansvarlig</dt><dd>").append(escape(controller.name()))
                .append(", representert ved ").append(escape(controller.representedBy().toLowerCase(NORWEGIAN)))
                .append("<br>").append(escape(controller.postalAddress())).append(", ")
                .append(mailto(controller.email())).append("</dd>\n")
                .append("<dt>Den daglige behandlingen er delegert til</dt><dd>")
                .append(escape(controller.dailyProcessingDelegatedTo())).append(". ")
                .append(escape(controller.delegation())).append("</dd>\n")
                .append("<dt>Personvernombud</dt><dd>").append(escape(controller.dataProtectionOfficer())).append(", ")
                .append(mailto(controller.dataProtectionOfficerEmail())).append("</dd>\n</dl>\n");
    }

    private static String mailto(String address) {
        return "<a href=\"mailto:" + escape(address) + "\">" + escape(address) + "</a>";
    }

    private void remarks(List<Remark> remarks) {
        if (remarks.isEmpty()) {
            return;
        }
        html.append("<h2>Merknader</h2>\n<ul class=\"merknad\">\n");
        remarks.forEach(remark -> html.append("<li>").append(escape(remark.text())).append("</li>\n"));
        html.append("</ul>\n");
    }

    private void sources(RecordsOfProcessing records) {
        html.append("<h2>Grunnlag</h2>\n<table>\n<tr><th>Tjeneste</th><th>Datakart</th><th>Kunngjort</th>"
                + "<th>Sjekksum (SHA-256)</th></tr>\n");
        for (MapSource source : records.builtFrom()) {
            html.append("<tr><td>").append(escape(source.service())).append("</td><td>")
                    .append(source.origin() == RecordsOfProcessing.Origin.ANNOUNCED ? "Kunngjort av tjenesten"
                            : "Erklært i koden som kjører")
                    .append("</td><td>").append(source.announcedAt() == null ? "ikke ennå" : moment(source.announcedAt()))
                    .append("</td><td><code>").append(source.digest() == null ? "–" : escape(source.digest()))
                    .append("</code></td></tr>\n");
        }
        html.append("</table>\n");
        if (!records.notYetAnnounced().isEmpty()) {
            html.append("<p class=\"merknad\">Ikke kunngjort ennå: ")
                    .append(escape(String.join(", ", records.notYetAnnounced()))).append(".</p>\n");
        }
    }

    private void activity(ProcessingActivity activity) {
        html.append("<section>\n<h3>").append(escape(activity.description())).append("</h3>\n")
                .append("<p>Formålskode: <code>").append(escape(activity.purpose())).append("</code></p>\n")
                .append("<h4>Kategorier av registrerte</h4>\n<p>").append(escape(String.join(", ", activity.dataSubjects())))
                .append("</p>\n<h4>Rettslig grunnlag</h4>\n<ul>\n");
        activity.legalBases().forEach(basis -> html.append("<li>").append(escape(basis.article())).append(": ")
                .append(escape(basis.description())).append("</li>\n"));
        html.append("</ul>\n<h4>Kategorier av personopplysninger</h4>\n<table>\n<tr><th>Kategori</th><th>Tjeneste</th>"
                + "<th>Innhold</th><th>Rettslig grunnlag</th><th>Kilde</th><th>Lagringstid og sletting</th>"
                + "<th>Sikkerhetstiltak</th></tr>\n");
        activity.categories().forEach(this::category);
        html.append("</table>\n<h4>Mottakere</h4>\n");
        recipients(activity.recipients());
        html.append("<h4>Overføring til tredjeland</h4>\n");
        transfers(activity);
        html.append("<h4>Sikkerhetstiltak</h4>\n<ul>\n");
        activity.securityMeasures().forEach(measure -> html.append("<li>").append(escape(measure)).append("</li>\n"));
        html.append("</ul>\n</section>\n");
    }

    private void category(CategoryEntry category) {
        html.append("<tr><td>").append(escape(category.title())).append("<br><code>").append(escape(category.name()))
                .append("</code></td><td>").append(escape(category.service())).append("</td><td>")
                .append(escape(category.description())).append("</td><td>").append(escape(category.legalBasis().article()))
                .append(": ").append(escape(category.legalBasis().description())).append("</td><td>")
                .append(escape(category.source())).append("</td><td>").append(escape(category.retention().rule()))
                .append("<br><small>Håndheves av: ").append(escape(category.retention().enforcedBy()))
                .append("</small></td><td>").append(escape(String.join("; ", category.safeguards())))
                .append("</td></tr>\n");
    }

    private void recipients(List<RecipientEntry> recipients) {
        if (recipients.isEmpty()) {
            html.append("<p>Ingen utenfor tjenesten som eier opplysningene.</p>\n");
            return;
        }
        html.append("<table>\n<tr><th>Mottaker</th><th>Hva mottakeren gjør</th><th>Kategorier</th>"
                + "<th>Databehandleravtale</th></tr>\n");
        for (RecipientEntry recipient : recipients) {
            html.append("<tr><td>").append(escape(recipient.name())).append("<br><small>")
                    .append(recipient.kind() == Recipient.Kind.PROCESSOR ? "Databehandler" : "Intern tjeneste")
                    .append("</small></td><td>").append(escape(String.join("; ", recipient.why()))).append("</td><td>")
                    .append(escape(String.join(", ", recipient.categories()))).append("</td><td>");
            if (recipient.kind() == Recipient.Kind.INTERNAL_SERVICE) {
                html.append("–");
            } else if (!recipient.inRegister()) {
                html.append("<span class=\"merknad\">Finnes ikke i databehandlerregisteret</span>");
            } else {
                agreement(recipient.agreement());
            }
            html.append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private void agreement(ProcessorEntry entry) {
        html.append(escape(entry.agreementReference())).append(", ")
                .append(entry.agreementDate() == null ? "<span class=\"merknad\">dato ikke registrert</span>"
                        : "inngått " + day(entry.agreementDate()))
                .append("<br>Behandlingssted: ").append(escape(entry.processingCountryName()))
                .append(entry.withinEea() ? " (EØS)" : " (utenfor EØS)");
        if ("ENDED".equals(entry.status())) {
            html.append("<br><span class=\"merknad\">Avsluttet ").append(day(entry.endedOn())).append("</span>");
        }
    }

    private void transfers(ProcessingActivity activity) {
        boolean unknownProcessors = activity.recipients().stream().anyMatch(r -> !r.inRegister());
        if (activity.transfersToThirdCountries().isEmpty()) {
            html.append("<p>").append(unknownProcessors
                    ? "Ingen kjent: databehandlerne i registeret behandler opplysningene i EØS, men ikke alle mottakerne "
                            + "finnes i registeret (se merknadene)."
                    : "Ingen: alle mottakerne behandler opplysningene i EØS.").append("</p>\n");
            return;
        }
        html.append("<ul>\n");
        activity.transfersToThirdCountries().forEach(transfer -> html.append("<li>").append(escape(transfer.processor()))
                .append(" behandler opplysningene i ").append(escape(transfer.countryName())).append(" (")
                .append(escape(transfer.country())).append("), utenfor EØS</li>\n"));
        html.append("</ul>\n");
    }

    private void processors(List<ProcessorEntry> processors) {
        html.append("<h2>Databehandlerregisteret</h2>\n<table>\n<tr><th>Databehandler</th><th>Behandler</th>"
                + "<th>Systemer</th><th>Databehandleravtale</th></tr>\n");
        for (ProcessorEntry entry : processors) {
            html.append("<tr><td>").append(escape(entry.legalName()));
            if (entry.organisationNumber() != null) {
                html.append("<br><small>Org.nr. ").append(escape(entry.organisationNumber())).append("</small>");
            }
            html.append("</td><td>").append(escape(entry.processes())).append("</td><td>").append(escape(entry.systems()))
                    .append("</td><td>");
            agreement(entry);
            html.append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static String moment(OffsetDateTime time) {
        return MOMENT.format(time.atZoneSameInstant(NORWAY));
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** Text as HTML text or attribute value: nothing in it can open a tag, an entity or leave the attribute. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
