package works.incentives.domain.shared;

import java.time.LocalDate;
import java.util.Objects;

/** An inclusive range of calendar days, e.g. a usage period or a campaign's run. */
public record DateRange(LocalDate start, LocalDate end) {

    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new DomainRuleViolation(Rule.DATE_RANGE_INVERTED, start, end);
        }
    }

    public static DateRange of(LocalDate start, LocalDate end) {
        return new DateRange(start, end);
    }

    /** Whether the day lies in the range, both ends included. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** Whether this whole range lies inside {@code outer}. */
    public boolean within(DateRange outer) {
        return outer.contains(start) && outer.contains(end);
    }

    @Override
    public String toString() {
        return start + ".." + end;
    }
}
