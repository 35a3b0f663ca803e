package works.incentives.persistence;

import jakarta.persistence.EntityManager;

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
}
