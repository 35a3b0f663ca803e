package works.incentives.web.notification;

import org.junit.jupiter.api.Test;
import works.incentives.domain.notification.NotificationService;
import works.incentives.domain.notification.NotificationTopic;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Rule;
import works.incentives.web.KaribuTest;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The settings screen shows the stored choices, saves what the user ticks, and puts a refusal on the field. */
class NotificationSettingsViewTest extends KaribuTest {

    static class Choices extends NotificationService {
        Preferences stored = new Preferences(null, EnumSet.allOf(NotificationTopic.class), false);

        @Override
        public Preferences preferences(Actor actor) {
            return stored;
        }

        @Override
        public Preferences savePreferences(String email, Set<NotificationTopic> byEmail, Actor actor) {
            if (!email.isBlank() && !email.contains("@")) {
                throw new DomainRuleViolation(Rule.NOTIFICATION_EMAIL_INVALID, email);
            }
            stored = new Preferences(email, byEmail, false);
            return stored;
        }
    }

    @Test
    void theUserChoosesAnAddressAndWhichTopicsComeByEmail() {
        Choices choices = new Choices();
        NotificationSettingsView view = shown(new NotificationSettingsView(choices,
                () -> Optional.of(Actor.partnerAdmin("paula", 7))));
        assertEquals(EnumSet.allOf(NotificationTopic.class), view.byEmail.getValue());
        assertTrue(view.mailOff.isVisible(), "says that the server sends no e-mail");

        view.email.setValue("paula");
        _click(view.save);
        assertTrue(view.email.isInvalid());
        assertEquals("\"paula\" is not an e-mail address.", view.email.getErrorMessage());

        view.email.setValue("paula@partner.example");
        view.byEmail.deselect(NotificationTopic.AWAITING_SUBMISSION);
        _click(view.save);
        assertFalse(view.email.isInvalid());
        assertEquals("paula@partner.example", choices.stored.email());
        assertEquals(EnumSet.complementOf(EnumSet.of(NotificationTopic.AWAITING_SUBMISSION)), choices.stored.byEmail());
    }
}
