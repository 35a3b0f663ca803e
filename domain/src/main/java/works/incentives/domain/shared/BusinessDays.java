package works.incentives.domain.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Counting business days (Monday to Friday) for answer windows such as "answer within 10
 * business days". Public holidays are not modelled yet: they differ per partner country.
 */
public final class BusinessDays {

    private BusinessDays() {
    }

    /** The day {@code days} business days after {@code from} (from itself not counted). */
    public static LocalDate add(LocalDate from, int days) {
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }
}
