package works.incentives.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import works.incentives.domain.program.Program;
import works.incentives.domain.program.ProgramRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaProgramRepository implements ProgramRepository {

    @PersistenceContext(unitName = "incentives")
    private EntityManager em;

    @Override
    public List<Program> findAllOrderedByYearAndName() {
        return em.createQuery("select p from Program p order by p.programYear desc, p.name", Program.class)
                .getResultList();
    }

    @Override
    public Optional<Program> findById(long id) {
        return Optional.ofNullable(em.find(Program.class, id));
    }

    @Override
    public Program save(Program program) {
        if (program.getId() == null) {
            em.persist(program);
            return program;
        }
        return em.merge(program);
    }

    @Override
    public long count() {
        return em.createQuery("select count(p) from Program p", Long.class).getSingleResult();
    }
}
