package works.incentives.web.component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

/**
 * "Ask an admin to submit": an incentives user, who may not submit, hands a complete draft to the
 * partner's admins, who are notified (the service refuses while the draft has problems).
 */
public class HandOverButton extends Button implements LocaleChangeObserver {

    public HandOverButton(String id, Runnable handOver) {
        super(VaadinIcon.PAPERPLANE.create());
        setId(id);
        addClickListener(e -> handOver.run());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        setText(getTranslation("handOver.request"));
    }
}
