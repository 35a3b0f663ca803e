package works.incentives.web;

import works.incentives.domain.partner.PartnerService;
import works.incentives.domain.partner.PartnerService.PartnerView;
import works.incentives.domain.plan.PlanCommands.PlanRow;
import works.incentives.domain.plan.PlanQuery;
import works.incentives.domain.plan.PlanService;
import works.incentives.domain.plan.PlanStatus;
import works.incentives.domain.program.ProgramService;
import works.incentives.domain.program.ProgramSummary;
import works.incentives.domain.shared.Actor;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Fake services behind the lists (queues, "My plans"): one partner, one program, one submitted plan. */
public final class QueueFixtures {

    public static final PartnerService PARTNERS = new PartnerService() {
        @Override
        public List<PartnerView> list(Actor actor) {
            return List.of(new PartnerView(1, 0, "Contoso", "TW"));
        }
    };

    public static final ProgramService PROGRAMS = new ProgramService() {
        @Override
        public List<ProgramSummary> listPrograms() {
            return List.of(new ProgramSummary(2, "CSP co-op", 2027, "USD", true));
        }
    };

    public static final PlanService PLANS = new PlanService() {
        @Override
        public List<PlanRow> findPlans(PlanQuery filter, int offset, int limit, Actor actor) {
            return offset > 0 ? List.of() : List.of(new PlanRow(5, 1, 2, "Cloud launch", PlanStatus.SUBMITTED, "USD",
                    new BigDecimal("20000"), null, Instant.parse("2027-03-01T10:00:00Z"), "rita"));
        }

        @Override
        public long countPlans(PlanQuery filter, Actor actor) {
            return 1;
        }

        @Override
        public Map<PlanStatus, Long> countPlansByStatus(PlanQuery filter, Actor actor) {
            return Map.of(PlanStatus.SUBMITTED, 1L);
        }
    };

    private QueueFixtures() {
    }
}
