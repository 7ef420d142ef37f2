package no.los.dsar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AccessReportHtmlTest {

    @Test
    void everyValueIsEscapedAndWhatXmlCannotCarryIsLeftOut() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Å&quot;",
                AccessReportHtml.escape("<script>alert('x')</script> & \"Å\""));
        assertEquals("ab", AccessReportHtml.escape("a\u0000\u001Bb"));
        assertEquals("Sámi: Čáhcegáddi 😀", AccessReportHtml.escape("Sámi: Čáhcegáddi 😀"));
    }

    @Test
    void aLegalBasisIsWrittenAsNorwegianLawWritesIt() {
        assertEquals("artikkel 6 nr. 1 bokstav b", AccessReportHtml.article("6(1)(b)"));
        assertEquals("artikkel 7 nr. 3", AccessReportHtml.article("7(3)"));
        assertEquals("artikkel 77", AccessReportHtml.article("77"));
    }
}
