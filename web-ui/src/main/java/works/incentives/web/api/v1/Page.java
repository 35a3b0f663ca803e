package works.incentives.web.api.v1;

import java.util.List;

/** One page of a list: the items, how many match in all, and where the page starts. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    /** The most items one page holds. */
    static final int MAX_LIMIT = 200;

    static int limit(Integer requested) {
        if (requested == null) {
            return 50;
        }
        if (requested < 1 || requested > MAX_LIMIT) {
            throw ApiException.badField("limit", "api.field.limit");
        }
        return requested;
    }

    static int offset(Integer requested) {
        if (requested == null) {
            return 0;
        }
        if (requested < 0) {
            throw ApiException.badField("offset", "api.field.offset");
        }
        return requested;
    }
}
