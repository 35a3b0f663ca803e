package works.incentives.web.plan;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import works.incentives.web.component.ComponentTexts;
import works.incentives.web.i18n.LocalFormats;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** Countries by ISO code, each named in the user's language with its code, sorted by that name. */
class CountryPicker extends MultiSelectComboBox<String> implements LocaleChangeObserver {

    CountryPicker() {
        setItemLabelGenerator(code -> Formats.country(code, getLocale()) + " (" + code + ")");
        sortFor(getLocale());
    }

    private void sortFor(Locale locale) {
        Set<String> chosen = getValue();
        setItems(Arrays.stream(Locale.getISOCountries()).sorted(LocalFormats.byCountryName(locale)).toList());
        setValue(chosen);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        sortFor(event.getLocale());
        setI18n(ComponentTexts.multiSelect(this));
    }
}
