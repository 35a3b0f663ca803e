package works.incentives.web.layout;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.VaadinSession;
import works.incentives.web.i18n.TranslationProvider;

import java.util.Locale;

/** Chooses English or Traditional Chinese for the whole session; every open view follows. */
public class LanguageSwitch extends Select<Locale> implements LocaleChangeObserver {

    public LanguageSwitch() {
        setId("language-switch");
        addClassName("language-switch");
        setItems(TranslationProvider.SUPPORTED);
        setItemLabelGenerator(locale -> getTranslation("language." + locale.toLanguageTag()));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                VaadinSession.getCurrent().setLocale(event.getValue());
            }
        });
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        setAriaLabel(getTranslation("header.language"));
        setValue(TranslationProvider.supported(event.getLocale()));
        getUI().ifPresent(ui -> ui.getPage().executeJs("document.documentElement.lang = $0",
                event.getLocale().toLanguageTag()));
    }
}
