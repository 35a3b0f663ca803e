package works.incentives.web.notification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.notification.NotificationService;
import works.incentives.domain.notification.NotificationService.Preferences;
import works.incentives.domain.notification.NotificationTopic;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.web.component.Feedback;
import works.incentives.web.i18n.Messages;
import works.incentives.web.layout.MainLayout;

import java.util.EnumSet;

/** The user's notification choices: the e-mail address and which topics also come by e-mail. */
@Route(value = "settings/notifications", layout = MainLayout.class)
@PermitAll
public class NotificationSettingsView extends VerticalLayout implements HasDynamicTitle {

    final EmailField email = new EmailField();
    final CheckboxGroup<NotificationTopic> byEmail = new CheckboxGroup<>();
    final Paragraph mailOff = new Paragraph();
    final Button save = new Button();
    private final NotificationService notifications;
    private final Actor me;

    @Inject
    public NotificationSettingsView(NotificationService notifications, CurrentActor currentActor) {
        this.notifications = notifications;
        this.me = currentActor.require();
        addClassName("narrow-form");
        email.setId("notification-email");
        email.setLabel(getTranslation("notificationSettings.email"));
        email.setHelperText(getTranslation("notificationSettings.emailHelp"));
        email.setWidthFull();
        byEmail.setId("notification-topics");
        byEmail.setLabel(getTranslation("notificationSettings.byEmail"));
        byEmail.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        byEmail.setItems(NotificationTopic.values());
        byEmail.setItemLabelGenerator(t -> getTranslation("notificationSettings.topic." + t.name()));
        mailOff.setId("notification-mail-off");
        mailOff.setText(getTranslation("notificationSettings.mailOff"));
        save.setId("notification-save");
        save.setText(getTranslation("notificationSettings.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new H1(getTranslation("notificationSettings.title")),
                new Paragraph(getTranslation("notificationSettings.intro")), mailOff, email, byEmail, save);
        show(notifications.preferences(me));
    }

    private void show(Preferences preferences) {
        email.setValue(preferences.email() == null ? "" : preferences.email());
        byEmail.setValue(preferences.byEmail());
        mailOff.setVisible(!preferences.mailOn());
    }

    void save() {
        email.setInvalid(false);
        try {
            EnumSet<NotificationTopic> chosen = EnumSet.noneOf(NotificationTopic.class);
            chosen.addAll(byEmail.getValue());
            show(notifications.savePreferences(email.getValue(), chosen, me));
            Feedback.success(getTranslation("notificationSettings.saved"));
        } catch (DomainRuleViolation refused) {
            email.setErrorMessage(Messages.of(this, refused));
            email.setInvalid(true);
        } catch (RuntimeException other) {
            Feedback.error(this, Feedback.describe(this, other));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notificationSettings.title");
    }
}
