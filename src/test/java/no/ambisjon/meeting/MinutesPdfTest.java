package no.ambisjon.meeting;

import static no.ambisjon.okr.OkrFixtures.checkIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import no.ambisjon.IntegrationTest;
import no.ambisjon.SignIn;
import no.ambisjon.TestCustomers.TestCustomer;
import no.ambisjon.TestCustomers;
import no.ambisjon.base.NotFoundException;
import no.ambisjon.okr.Confidence;
import no.ambisjon.okr.KeyResultService;
import no.ambisjon.okr.OkrFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Closed minutes as a PDF, read back as a reader's PDF viewer would, and who may download them. */
@IntegrationTest
class MinutesPdfTest {

    @Autowired
    MinutesDownloadService downloads;
    @Autowired
    MeetingQueryService meetings;
    @Autowired
    MeetingLifecycleService lifecycle;
    @Autowired
    MeetingAgendaService agenda;
    @Autowired
    MeetingMinutesService minutes;
    @Autowired
    KeyResultService keyResults;
    @Autowired
    I18NProvider texts;
    @Autowired
    TestCustomers testCustomers;
    @Autowired
    OkrFixtures okr;
    @Autowired
    SignIn signIn;

    private TestCustomer customer;
    private OkrFixtures.Made objective;

    @BeforeEach
    void aCustomerWithKeyResults() {
        customer = testCustomers.create();
        objective = okr.objective(customer, 2, 0);
        signIn.as(customer.editor());
        keyResults.checkIn(objective.keyResults().get(0), checkIn("150", Confidence.AT_RISK));
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private MeetingId closedMeeting() {
        signIn.as(customer.consultant());
        var id = lifecycle.schedule(customer.id(), Instant.parse("2026-11-18T09:00:00Z"), List.of(), "Ingrid, Kari og Ola");
        lifecycle.start(id);
        var first = meetings.meeting(id).agenda().getFirst();
        agenda.note(id, first.id(), null, "Vi prøver gratis frakt");
        minutes.decide(id, "Gratis frakt over 1 000 kr i to uker");
        minutes.addAction(id, "Sette opp testen", null, "Ingrid", LocalDate.of(2026, 11, 25));
        lifecycle.close(id);
        return id;
    }

    private String pdfText(MeetingId id, Locale locale) throws IOException {
        var pdf = new MinutesPdf((key, parameters) -> texts.getTranslation(key, locale, parameters), locale);
        var bytes = pdf.write(downloads.closedMinutes(id, "referat.pdf"));
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ');
        }
    }

    @Test
    void the_customer_reads_the_closed_minutes_as_a_pdf_in_norwegian() throws Exception {
        var id = closedMeeting();
        signIn.as(customer.viewer());

        assertThat(pdfText(id, Locale.of("nb")).replaceAll("\\s+", " ")).contains(
                customer.name(), "Referat fra triademøtet", "Deltakere: Ingrid, Kari og Ola",
                "Avsluttet av " + customer.consultantName(), "Nøkkelresultat 1", "Nøkkelresultat 2", objective.title(),
                "150 av 200 besøk", "50 %", "Usikker", "Notat: Vi prøver gratis frakt",
                "Beslutninger", "Gratis frakt over 1 000 kr i to uker", "Tiltak", "Sette opp testen", "Åpent · Ingrid");
    }

    @Test
    void the_same_minutes_read_in_english() throws Exception {
        var id = closedMeeting();
        signIn.as(customer.editor());

        assertThat(pdfText(id, Locale.ENGLISH).replaceAll("\\s+", " ")).contains(
                "Minutes of the triad meeting", "Attendees: Ingrid, Kari og Ola", "Closed by " + customer.consultantName(),
                "150 of 200 besøk", "50%", "At risk", "Note: Vi prøver gratis frakt", "Decisions",
                "Open · Ingrid").doesNotContain("Referat", "Beslutninger");
    }

    @ParameterizedTest
    @CsvSource({"nb, Noen tegn kunne ikke vises i PDF-en", "en, Some characters could not be shown in this PDF"})
    void hebrew_arabic_and_norwegian_come_out_as_written_and_an_emoji_no_font_has_is_marked_and_explained(
            String language, String missing) throws Exception {
        signIn.as(customer.consultant());
        var id = lifecycle.schedule(customer.id(), Instant.parse("2026-11-18T09:00:00Z"), List.of(), "Åse Ødegård");
        lifecycle.start(id);
        agenda.note(id, meetings.meeting(id).agenda().getFirst().id(), null, "Blåbærsyltetøy til שלום");
        minutes.decide(id, "مرحبا bli med 🚀");
        minutes.addAction(id, "Øke salget 🚀", null, "Ærlige Åse", LocalDate.of(2026, 11, 25));
        lifecycle.close(id);
        signIn.as(customer.viewer());

        var read = pdfText(id, Locale.of(language));
        var text = Normalizer.normalize(read, Normalizer.Form.NFKC).replaceAll("\\s+", " ");

        assertThat(text).contains("Blåbærsyltetøy til", "bli med", "Øke salget", "Ærlige Åse", "Åse Ødegård");
        assertThat(letters(text)).as("the Hebrew and Arabic letters, read back as letters")
                .containsAll(letters("שלום")).containsAll(letters("مرحبا"));
        assertThat(text).as("in reading order").contains("שלום", "مرحبا");
        var note = texts.getTranslation("minutes.pdf.missing-characters", Locale.of(language), "\uFFFD");
        assertThat(note).startsWith(missing);
        var rest = text.replace(note, "");
        var rockets = rest.split("🚀", -1).length - 1;
        var marks = rest.split("\uFFFD", -1).length - 1;
        assertThat(rockets + marks).as("the emoji, shown or marked, never dropped").isEqualTo(2);
        if (marks > 0) {
            assertThat(text).as("said once, in the reader's language").containsOnlyOnce(note);
        }
    }

    @Test
    void minutes_in_letters_the_font_has_need_no_note() throws Exception {
        var id = closedMeeting();
        signIn.as(customer.viewer());

        assertThat(pdfText(id, Locale.of("nb"))).doesNotContain("\uFFFD", "Noen tegn");
    }

    @Test
    void a_character_the_fonts_lack_is_marked_once_however_many_code_points_make_it() {
        var type = new PdfFonts();
        assertThat(type.drawable("Familie 👨‍👩‍👧 og 👍🏽, ære, שלום og 😀"))
                .isEqualTo("Familie \uFFFD og \uFFFD, ære, שלום og 😀");
        assertThat(type.missedAny()).isTrue();

        var invisible = new PdfFonts();
        assertThat(invisible.drawable("ære \u2066x\u2069")).as("invisible formatting").isEqualTo("ære x");
        assertThat(invisible.missedAny()).isFalse();
    }

    private static Set<Integer> letters(String text) {
        return text.codePoints().filter(Character::isLetter).boxed().collect(Collectors.toSet());
    }

    @Test
    void the_minutes_are_what_was_frozen_at_close_not_what_came_after() throws Exception {
        var id = closedMeeting();
        signIn.as(customer.editor());
        keyResults.checkIn(objective.keyResults().get(0), checkIn("190", Confidence.ON_TRACK));

        assertThat(pdfText(id, Locale.of("nb"))).contains("150 av 200 besøk").doesNotContain("190 besøk");
    }

    @Test
    void nobody_outside_the_customer_gets_its_minutes_and_a_meeting_not_closed_has_none() {
        var id = closedMeeting();
        var other = testCustomers.create();
        for (var outsider : new String[] {other.editor(), other.viewer(), other.consultant()}) {
            signIn.as(outsider);
            assertThatThrownBy(() -> downloads.closedMinutes(id, "referat.pdf")).as(outsider)
                    .isInstanceOf(NotFoundException.class);
        }

        signIn.as(customer.consultant());
        var running = lifecycle.schedule(customer.id(), Instant.parse("2026-11-25T09:00:00Z"), List.of(), null);
        lifecycle.start(running);
        assertThatThrownBy(() -> downloads.closedMinutes(running, "referat.pdf")).isInstanceOf(NotFoundException.class);
    }
}
