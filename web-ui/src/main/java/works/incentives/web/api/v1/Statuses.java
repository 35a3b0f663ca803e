package works.incentives.web.api.v1;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The {@code status} query parameters of a list as a set of an enum; a name that is none of them is a 400. */
final class Statuses {

    private Statuses() {
    }

    static <E extends Enum<E>> Set<E> parse(List<String> names, Class<E> type) {
        Set<E> statuses = EnumSet.noneOf(type);
        for (String name : names == null ? List.<String>of() : names) {
            for (String one : name.split(",")) {
                if (one.isBlank()) {
                    continue;
                }
                try {
                    statuses.add(Enum.valueOf(type, one.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException unknown) {
                    throw ApiException.badField("status", "api.field.status");
                }
            }
        }
        return statuses;
    }
}
