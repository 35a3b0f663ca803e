package works.incentives.web.component;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import works.incentives.web.i18n.LocalFormats;
import works.incentives.web.i18n.TranslationProvider;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The application's date picker: every date field is one, so each speaks the user's language and
 * shows the date the way every other screen writes it ({@link LocalFormats#datePattern}). The calendar's
 * month and weekday names, Today and Cancel, the first day of the week, the accepted input patterns
 * and the message for a date typed in another pattern all follow the session's language, again after
 * the language switch.
 */
public class DateField extends DatePicker implements LocaleChangeObserver {

    /** The date the wrong-pattern message shows as an example. */
    static final LocalDate EXAMPLE = LocalDate.of(2027, 12, 31);

    public DateField() {
        sayWhenTheTextIsNoDate();
    }

    public DateField(String label) {
        super(label);
        sayWhenTheTextIsNoDate();
    }

    /**
     * Text that does not parse in any accepted pattern ("12/31/2027" in zh-TW) leaves the value empty: the
     * field says which pattern it reads, also where a binder checks only "required" (its default validators
     * off). The browser reports it as "unparsable-change", or as a change to no value when a date was there;
     * the message is set just before the answer, after every other listener (a binder's too) had its say.
     */
    private void sayWhenTheTextIsNoDate() {
        getElement().addEventListener("unparsable-change", event -> sayItBeforeAnswering());
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() == null) {
                sayItBeforeAnswering();
            }
        });
    }

    private void sayItBeforeAnswering() {
        getUI().ifPresent(ui -> ui.beforeClientResponse(this, context -> {
            if (getValue() == null && isInputValuePresent() && getI18n() != null) {
                setErrorMessage(getI18n().getBadInputErrorMessage());
                setInvalid(true);
            }
        }));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Locale locale = TranslationProvider.supported(event.getLocale());
        setLocale(locale);
        setI18n(i18n(locale));
        boolean chinese = "zh".equals(locale.getLanguage());
        // the calendar's title ("2027年12月" rather than "12月 2027"); the connector keeps it when the i18n changes
        getElement().executeJs("this.i18n = Object.assign({}, this.i18n, {formatTitle: $0"
                + " ? (month, year) => year + '年' + month : (month, year) => month + ' ' + year})", chinese);
    }

    /** The picker's texts and patterns in the locale, from the bundles and the JDK's calendar names. */
    DatePickerI18n i18n(Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        List<String> months = Arrays.stream(Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList();
        List<DayOfWeek> week = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        List<String> patterns = LocalFormats.dateInputPatterns(locale);
        Locale region = chinese ? Locale.TAIWAN : Locale.US;
        return new DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(week.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdaysShort(week.stream().map(d -> d.getDisplayName(
                        chinese ? TextStyle.NARROW_STANDALONE : TextStyle.SHORT_STANDALONE, locale)).toList())
                .setFirstDayOfWeek(WeekFields.of(region).getFirstDayOfWeek().getValue() % 7)
                .setToday(getTranslation("date.today"))
                .setCancel(getTranslation("date.cancel"))
                .setDateFormats(patterns.get(0), patterns.subList(1, patterns.size()).toArray(String[]::new))
                .setBadInputErrorMessage(getTranslation("date.badInput", LocalFormats.date(EXAMPLE, locale)));
    }
}
