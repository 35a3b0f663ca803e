package works.incentives.web.plan;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;

import java.util.Arrays;
import java.util.Locale;

/** Countries by ISO code, each named in the user's language with its code. */
class CountryPicker extends MultiSelectComboBox<String> {

    CountryPicker() {
        setItems(Arrays.stream(Locale.getISOCountries()).toList());
        setItemLabelGenerator(code -> Formats.country(code, getLocale()) + " (" + code + ")");
    }
}
