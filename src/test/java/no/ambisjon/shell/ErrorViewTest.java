package no.ambisjon.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.regex.Pattern;
import no.ambisjon.KaribuTest;
import no.ambisjon.TestCustomers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A page that fails unforeseen says so in plain words with a code to quote; what failed stays in the log. */
@ExtendWith(OutputCaptureExtension.class)
class ErrorViewTest extends KaribuTest {

    /** A page that fails as a bug would, with details no user should see. */
    @Route("test/fails")
    @PermitAll
    public static class FailingView extends Div {
        public FailingView() {
            throw new IllegalStateException("Column password_hash of user_account at no.ambisjon.Secret.line(42)");
        }
    }

    @Autowired
    TestCustomers testCustomers;

    @Test
    void an_unforeseen_error_shows_a_plain_message_and_a_code_and_logs_the_details_under_it(CapturedOutput log) {
        loginAs(testCustomers.create().viewer());

        navigate("test/fails");

        assertThat(currentView()).isEqualTo(ErrorView.class);
        var shown = text((Div) UI().getInternals().getActiveRouterTargetsChain().getFirst());
        assertThat(shown).contains("Noe gikk galt", "Oppgi feilkoden").doesNotContain("password_hash", "Exception", "no.ambisjon");
        var code = Pattern.compile("feilkoden ([0-9A-F]{8})").matcher(shown);
        assertThat(code.find()).isTrue();
        assertThat(log.getAll()).contains("Error " + code.group(1) + " opening /test/fails", "password_hash");
    }

    private static com.vaadin.flow.component.UI UI() {
        return com.vaadin.flow.component.UI.getCurrent();
    }
}
