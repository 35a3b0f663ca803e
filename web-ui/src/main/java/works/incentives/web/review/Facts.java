package works.incentives.web.review;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import works.incentives.web.i18n.LocalFormats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Label and value pairs of a review page, in the user's language; empty values are left out so a
 * reviewer reads only what the partner entered. Also formats money and dates the same way on every
 * review page.
 */
class Facts extends Div {

    Facts(String id) {
        setId(id);
        addClassName("review-facts");
    }

    Facts add(String labelKey, Object value) {
        return addLabelled(getTranslation(labelKey), labelKey, value);
    }

    /** A pair whose label is already in the user's language (a catalogue name); {@code dataFact} marks it. */
    Facts addLabelled(String labelText, String dataFact, Object value) {
        if (value == null || value.toString().isBlank()) {
            return this;
        }
        Span label = new Span(labelText);
        label.addClassName("fact-label");
        Span text = new Span(value.toString());
        text.addClassName("fact-value");
        text.getElement().setAttribute("data-fact", dataFact);
        super.add(label, text);
        return this;
    }

    static String money(Component on, BigDecimal amount, String currencyCode) {
        return amount == null ? null : LocalFormats.money(amount, currencyCode, locale());
    }

    /** The UI's language (the session's choice), English outside a UI. */
    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    static String date(Component on, LocalDate date) {
        return date == null ? null : LocalFormats.date(date, locale());
    }
}
