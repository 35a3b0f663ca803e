package works.incentives.web.component;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import org.junit.jupiter.api.Test;
import works.incentives.web.KaribuTest;
import works.incentives.web.i18n.LocalFormats;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The date picker in Traditional Chinese and English: calendar texts, one date format, a message for a wrong one. */
class DateFieldTest extends KaribuTest {

    @Test
    void inTraditionalChineseTheCalendarIsChineseAndDatesReadYearMonthDay() {
        UI.getCurrent().setLocale(Locale.TRADITIONAL_CHINESE);
        DateField field = shown(new DateField());
        DatePickerI18n i18n = field.getI18n();
        assertEquals("1月", i18n.getMonthNames().get(0));
        assertEquals("12月", i18n.getMonthNames().get(11));
        assertEquals(List.of("日", "一", "二", "三", "四", "五", "六"), i18n.getWeekdaysShort());
        assertEquals("星期日", i18n.getWeekdays().get(0));
        assertEquals(0, i18n.getFirstDayOfWeek(), "Taiwan's calendars start on Sunday");
        assertEquals("今天", i18n.getToday());
        assertEquals("取消", i18n.getCancel());
        assertEquals("yyyy/MM/dd", i18n.getDateFormats().get(0));
        assertTrue(i18n.getDateFormats().contains("yyyy-MM-dd"), "ISO dates are accepted too");
        assertTrue(i18n.getDateFormats().stream().noneMatch(f -> f.startsWith("M")), "no US month-first pattern");
        assertEquals("2027/12/31", LocalFormats.date(LocalDate.of(2027, 12, 31), Locale.TRADITIONAL_CHINESE),
                "the picker's pattern is the one every other screen writes dates in");
        assertEquals("請依「年/月/日」格式輸入日期，例如 2027/12/31，或從日曆中選取。", i18n.getBadInputErrorMessage());
    }

    @Test
    void inEnglishDatesReadAsOnEveryOtherScreenAndUsDatesAreAccepted() {
        DateField field = shown(new DateField());
        DatePickerI18n i18n = field.getI18n();
        assertEquals("January", i18n.getMonthNames().get(0));
        assertEquals("Sun", i18n.getWeekdaysShort().get(0));
        assertEquals("Today", i18n.getToday());
        assertEquals("MMM d, yyyy", i18n.getDateFormats().get(0));
        assertTrue(i18n.getDateFormats().contains("M/d/yyyy"));
        assertEquals("Dec 31, 2027", LocalFormats.date(LocalDate.of(2027, 12, 31), Locale.ENGLISH));
        assertEquals("Enter the date as Dec 31, 2027, or pick it in the calendar.", i18n.getBadInputErrorMessage());
    }

    @Test
    void theLanguageSwitchReachesAnOpenPicker() {
        DateField field = shown(new DateField());
        assertEquals("Today", field.getI18n().getToday());
        UI.getCurrent().setLocale(Locale.TRADITIONAL_CHINESE);
        assertEquals("今天", field.getI18n().getToday());
        assertEquals("yyyy/MM/dd", field.getI18n().getDateFormats().get(0));
    }

    @Test
    void aDateTypedInAnotherPatternGetsAMessageNextToTheField() {
        UI.getCurrent().setLocale(Locale.TRADITIONAL_CHINESE);
        DateField field = shown(new DateField());
        field.setLabel("開始日期");
        // what the browser reports when "12/31/2027" does not parse as yyyy/MM/dd: text present, no value
        field.getElement().setProperty("_inputElementValue", "12/31/2027");
        BasicUtilsKt._fireDomEvent(field, "unparsable-change");
        MockVaadin.clientRoundtrip();
        assertTrue(field.isInvalid());
        assertEquals("請依「年/月/日」格式輸入日期，例如 2027/12/31，或從日曆中選取。", field.getErrorMessage());
    }

    @Test
    void aDateReplacedByTextInAnotherPatternGetsTheMessageOverABindersRequiredCheck() {
        UI.getCurrent().setLocale(Locale.TRADITIONAL_CHINESE);
        DateField field = shown(new DateField());
        com.vaadin.flow.data.binder.Binder<Object[]> binder = new com.vaadin.flow.data.binder.Binder<>();
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(field).asRequired("請選擇開始日期。").bind(a -> (LocalDate) a[0], (a, v) -> a[0] = v);
        binder.setBean(new Object[] {LocalDate.of(2027, 12, 31)});
        // the browser: "12/31/2027" typed over the date, Enter: the value goes, the text stays
        field.getElement().setProperty("_inputElementValue", "12/31/2027");
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(field, null);
        MockVaadin.clientRoundtrip();
        assertTrue(field.isInvalid());
        assertEquals("請依「年/月/日」格式輸入日期，例如 2027/12/31，或從日曆中選取。", field.getErrorMessage());
    }
}
