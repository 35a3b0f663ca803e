package works.incentives.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JPQL where clause with its parameters, built together so that each filter's condition and its
 * binding are written once: a condition is added only when its value is set (not null, not an
 * empty collection).
 */
final class QueryFilter {

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** {@code and <condition>} with {@code :name} bound to {@code value}, when the value is set. */
    QueryFilter and(String condition, String name, Object value) {
        if (value == null || value instanceof Collection<?> c && c.isEmpty()) {
            return this;
        }
        where.append(" and ").append(condition);
        parameters.put(name, value instanceof Collection<?> c ? List.copyOf(c) : value);
        return this;
    }

    /** {@code and <condition>} (without parameters) when {@code applies}. */
    QueryFilter andIf(boolean applies, String condition) {
        if (applies) {
            where.append(" and ").append(condition);
        }
        return this;
    }

    /** {@code <select> where … <rest>}, its parameters bound. */
    <T> TypedQuery<T> query(EntityManager em, String select, String rest, Class<T> type) {
        TypedQuery<T> query = em.createQuery(select + where + rest, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /** One grouped count per status ({@code select x.status, count(x) from …}) instead of one count per tab. */
    <S extends Enum<S>> Map<S, Long> countByStatus(EntityManager em, String select, String statusPath,
                                                   Class<S> statusType) {
        Map<S, Long> counts = new EnumMap<>(statusType);
        for (Object[] row : query(em, select, " group by " + statusPath, Object[].class).getResultList()) {
            counts.put(statusType.cast(row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }
}
