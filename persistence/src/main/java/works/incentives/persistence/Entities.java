package works.incentives.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** Persist-or-merge shared by the repositories. */
final class Entities {

    private Entities() {
    }

    /** Persists a new entity (its id is assigned now, from the sequence) or merges a detached one. */
    static <T> T save(EntityManager em, T entity, Object id) {
        if (id == null) {
            em.persist(entity);
            return entity;
        }
        return em.contains(entity) ? entity : em.merge(entity);
    }

    /**
     * {@link #save}, and an existing aggregate's version moves on even when only its parts
     * changed (a campaign's name, an activity, a document): a save is a change the next
     * optimistic check must see, so an edit on an older version is refused, never silently lost.
     */
    static <T> T saveChanged(EntityManager em, T entity, Object id) {
        T saved = save(em, entity, id);
        if (id != null) {
            em.lock(saved, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        return saved;
    }
}
