package no.ambisjon.shell;

import static no.ambisjon.demo.DemoData.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import java.util.List;
import no.ambisjon.KaribuTest;
import no.ambisjon.base.ConcurrentEditException;
import no.ambisjon.base.NotFoundException;
import no.ambisjon.meeting.MinutesFrozenException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** A failure no screen expected is said in words, never as a stack trace. */
class ErrorNotificationsTest extends KaribuTest {

    @Autowired
    ErrorNotifications errors;

    private String shownFor(Throwable failure) {
        NotificationsKt.clearNotifications();
        errors.handle(new ErrorEvent(failure));
        List<Notification> shown = NotificationsKt.getNotifications();
        assertThat(shown).hasSize(1);
        return shown.getFirst().getElement().getProperty("text", "");
    }

    @Test
    void conflicts_closed_minutes_and_the_unforeseen_each_get_words_of_their_own() {
        loginAs(ADMIN);
        assertThat(shownFor(new RuntimeException(new ConcurrentEditException(
                new ObjectOptimisticLockingFailureException("Meeting", 1L)))))
                .isEqualTo("Noen andre endret dette samtidig. Siden viser det som er lagret nå.");
        assertThat(shownFor(new MinutesFrozenException())).isEqualTo("Dette er avsluttet og kan ikke endres lenger.");
        assertThat(shownFor(new NotFoundException())).startsWith("Fant det ikke.");
        assertThat(shownFor(new jakarta.validation.ConstraintViolationException("text: too long", java.util.Set.of())))
                .as("input a field would have stopped, sent another way").startsWith("Det som ble sendt, ble ikke godtatt")
                .doesNotContain("feilkode");
        var unforeseen = shownFor(new IllegalStateException("boom at no.ambisjon.Secret"));
        assertThat(unforeseen).startsWith("Noe gikk galt.").containsPattern("feilkode [0-9A-F]{8}")
                .doesNotContain("boom", "no.ambisjon");
    }
}
