package works.incentives.domain.program;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import works.incentives.domain.access.AllowedRoles;
import works.incentives.domain.shared.Role;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.domain.program.ProgramCommands.CreateFundingPeriod;
import works.incentives.domain.program.ProgramCommands.CreateProgram;
import works.incentives.domain.program.ProgramCommands.DefineActivityType;
import works.incentives.domain.program.ProgramCommands.EditActivityType;
import works.incentives.domain.program.ProgramCommands.MetricData;
import works.incentives.domain.program.ProgramCommands.FundingPeriodView;
import works.incentives.domain.program.ProgramCommands.ProgramView;
import works.incentives.domain.program.ProgramCommands.UpdateProgram;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.DateRange;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Money;
import works.incentives.domain.shared.Permissions;
import works.incentives.domain.shared.Rule;

import jakarta.persistence.OptimisticLockException;
import works.incentives.domain.program.ProgramCommands.UpdateFundingPeriod;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/** Program admins' use cases: programs with their rules, funding periods and the activity catalogue. */
@ApplicationScoped
@Transactional
@AllowedRoles({Role.INCENTIVES_USER, Role.INCENTIVES_ADMIN, Role.PROGRAM_ADMIN, Role.REVIEWER})
public class ProgramAdminService {

    private ProgramRepository programs;
    private Clock clock;

    protected ProgramAdminService() {
        // for CDI proxies
    }

    public ProgramAdminService(ProgramRepository programs) {
        this(programs, Clock.systemUTC());
    }

    @Inject
    public ProgramAdminService(ProgramRepository programs, Clock clock) {
        this.programs = programs;
        this.clock = clock;
    }

    /** Creates a program; rule fields left null keep the real programs' defaults. Program admins only. */
    public ProgramView createProgram(CreateProgram command, Actor actor) {
        Permissions.require(actor, "createProgram", Permissions.PROGRAM_ADMIN);
        Program program = new Program(command.name(), command.programYear(),
                Currency.getInstance(command.currencyCode()), command.planPreApprovalRequired());
        program.configureDeadlines(
                orDefault(command.claimDeadlineDays(), Program.DEFAULT_CLAIM_DEADLINE_DAYS),
                orDefault(command.planResubmissionDays(), Program.DEFAULT_PLAN_RESUBMISSION_DAYS),
                orDefault(command.answerBusinessDays(), Program.DEFAULT_ANSWER_BUSINESS_DAYS),
                orDefault(command.disputeWindowDays(), Program.DEFAULT_DISPUTE_WINDOW_DAYS));
        if (command.rebateThreshold() != null) {
            program.setRebateThreshold(Money.of(command.rebateThreshold(), program.getCurrency()));
        }
        program.setGuidanceUrl(command.guidanceUrl());
        return ProgramView.of(programs.save(program));
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    /**
     * Renames a program or changes its rules (pre-approval, deadline days, rebate threshold,
     * guidance), on the version the admin saw: a concurrent edit is refused as "changed by someone
     * else". The rules apply from now on; what was already decided stays decided.
     */
    public ProgramView updateProgram(UpdateProgram command, Actor actor) {
        Permissions.require(actor, "updateProgram", Permissions.PROGRAM_ADMIN);
        Program program = programAsSeen(command.programId(), command.expectedVersion());
        program.rename(command.name());
        program.requirePlanPreApproval(command.planPreApprovalRequired());
        program.configureDeadlines(
                orDefault(command.claimDeadlineDays(), program.getClaimDeadlineDays()),
                orDefault(command.planResubmissionDays(), program.getPlanResubmissionDays()),
                orDefault(command.answerBusinessDays(), program.getAnswerBusinessDays()),
                orDefault(command.disputeWindowDays(), program.getDisputeWindowDays()));
        if (command.rebateThreshold() != null) {
            program.setRebateThreshold(Money.of(command.rebateThreshold(), program.getCurrency()));
        }
        program.setGuidanceUrl(command.guidanceUrl());
        return ProgramView.of(programs.save(program));
    }

    /** Closes a program for new plans ({@code active} false) or opens it again; plans and claims keep working. */
    public ProgramView setProgramActive(long programId, long expectedVersion, boolean active, Actor actor) {
        Permissions.require(actor, "setProgramActive", Permissions.PROGRAM_ADMIN);
        Program program = programAsSeen(programId, expectedVersion);
        if (active) {
            program.activate();
        } else {
            program.deactivate();
        }
        return ProgramView.of(programs.save(program));
    }

    private Program programAsSeen(long programId, long expectedVersion) {
        Program program = program(programId);
        if (program.getVersion() != expectedVersion) {
            throw new OptimisticLockException("program " + programId + " is at version " + program.getVersion()
                    + ", not " + expectedVersion + ": changed by someone else");
        }
        return program;
    }

    public ProgramView getProgram(long programId) {
        return ProgramView.of(program(programId));
    }

    /**
     * Adds an earning/usage period: the usage window starts after the earning window and lies in the
     * program year; the claim window defaults from the program's rule where the command leaves it out.
     */
    public FundingPeriodView addFundingPeriod(CreateFundingPeriod command, Actor actor) {
        Permissions.require(actor, "addFundingPeriod", Permissions.PROGRAM_ADMIN);
        Program program = program(command.programId());
        DateRange usage = DateRange.of(command.usageStart(), command.usageEnd());
        FundingPeriod period = new FundingPeriod(program, command.name(),
                DateRange.of(command.earningStart(), command.earningEnd()), usage,
                claimWindow(program, usage, command.claimOpens(), command.claimCloses()));
        return FundingPeriodView.of(programs.save(period));
    }

    /**
     * Corrects a period (name, windows, claim window), checked like a new one; refused with an
     * optimistic-lock conflict when someone changed it since {@code command.version()}. The claims
     * already filed for the period take the new claim window (their deadline and countdowns follow it).
     */
    public FundingPeriodView updateFundingPeriod(UpdateFundingPeriod command, Actor actor) {
        Permissions.require(actor, "editFundingPeriod", Permissions.PROGRAM_ADMIN);
        FundingPeriod period = period(command.periodId(), command.version());
        DateRange usage = DateRange.of(command.usageStart(), command.usageEnd());
        DateRange window = claimWindow(period.getProgram(), usage, command.claimOpens(), command.claimCloses());
        period.redefine(command.name(), DateRange.of(command.earningStart(), command.earningEnd()), usage, window);
        FundingPeriod saved = programs.save(period);
        programs.moveClaimsToWindow(saved.getId(), saved.getClaimWindow());
        return FundingPeriodView.of(saved);
    }

    /** Deactivates (or reactivates) a period: a deactivated one is not offered for new plans; nothing existing changes. */
    public FundingPeriodView setFundingPeriodActive(long periodId, long version, boolean active, Actor actor) {
        Permissions.require(actor, "editFundingPeriod", Permissions.PROGRAM_ADMIN);
        FundingPeriod period = period(periodId, version);
        if (active) {
            period.reactivate();
        } else {
            period.deactivate();
        }
        return FundingPeriodView.of(programs.save(period));
    }

    private static DateRange claimWindow(Program program, DateRange usage, LocalDate opens, LocalDate closes) {
        DateRange rule = FundingPeriod.defaultClaimWindow(program, usage);
        return DateRange.of(opens == null ? rule.start() : opens, closes == null ? rule.end() : closes);
    }

    private FundingPeriod period(long periodId, long expectedVersion) {
        FundingPeriod period = programs.findPeriodById(periodId)
                .orElseThrow(() -> new DomainRuleViolation(Rule.NOT_FOUND, "fundingPeriod", periodId));
        if (period.getVersion() != expectedVersion) {
            throw new OptimisticLockException("funding period " + periodId + " is at version " + period.getVersion()
                    + ", not " + expectedVersion + ": changed by someone else");
        }
        return period;
    }

    public List<FundingPeriodView> listFundingPeriods(long programId) {
        return programs.findPeriods(programId).stream().map(FundingPeriodView::of).toList();
    }

    /** Installs DOMAIN.md's standard catalogue ({@link ActivityCatalog#standard}) into an empty program catalogue. */
    public List<ActivityTypeView> installStandardCatalogue(long programId, Actor actor) {
        Permissions.require(actor, "installStandardCatalogue", Permissions.PROGRAM_ADMIN);
        Program program = program(programId);
        List<String> existing = programs.findActivityTypes(programId).stream().map(ActivityType::getCode).toList();
        ActivityCatalog.standard(program).stream().filter(t -> !existing.contains(t.getCode()))
                .forEach(programs::save);
        return listActivityTypes(programId);
    }

    /** Adds one activity type; codes are unique within a program. */
    public ActivityTypeView defineActivityType(DefineActivityType command, Actor actor) {
        Permissions.require(actor, "defineActivityType", Permissions.PROGRAM_ADMIN);
        Program program = program(command.programId());
        if (programs.findActivityTypes(command.programId()).stream().anyMatch(t -> t.getCode().equals(command.code()))) {
            throw new DomainRuleViolation(Rule.ACTIVITY_TYPE_DUPLICATE, command.code());
        }
        ActivityType type = new ActivityType(program, command.code(), command.category());
        return ActivityTypeView.of(programs.save(applyRules(type, command)));
    }

    /**
     * An admin's edit of an activity type (names in both languages, guidance, evidence, metrics,
     * caps; the code stays). Refused with "changed by someone else" when the type is no longer
     * the version the admin saw or has been replaced meanwhile. When a submitted plan was
     * checked against this revision, the edit becomes a new revision and this one is retired, so
     * those plans and their claims keep their rules; otherwise it is changed in place. Draft
     * plans move to the new revision the next time they are saved or submitted.
     */
    public ActivityTypeView editActivityType(EditActivityType command, Actor actor) {
        Permissions.require(actor, "editActivityType", Permissions.PROGRAM_ADMIN);
        ActivityType type = asSeen(command.typeId(), command.expectedVersion());
        Instant now = clock.instant();
        if (programs.isActivityTypeCheckedByPlans(type.getId())) {
            ActivityType next = applyRules(type.nextRevision(now).clearRules(), command.definition());
            next = programs.save(next);
            type.replaceWith(next);
            programs.save(type);
            return ActivityTypeView.of(next);
        }
        applyRules(type.clearRules(), command.definition()).markRevised(now);
        return ActivityTypeView.of(programs.save(type));
    }

    /** Stops offering a type for new activities (the version the admin saw); plans and claims using it keep working. */
    public ActivityTypeView deactivateActivityType(long typeId, long expectedVersion, Actor actor) {
        Permissions.require(actor, "deactivateActivityType", Permissions.PROGRAM_ADMIN);
        ActivityType type = asSeen(typeId, expectedVersion);
        type.deactivate();
        return ActivityTypeView.of(programs.save(type));
    }

    /** Offers a deactivated type again. */
    public ActivityTypeView activateActivityType(long typeId, long expectedVersion, Actor actor) {
        Permissions.require(actor, "activateActivityType", Permissions.PROGRAM_ADMIN);
        ActivityType type = asSeen(typeId, expectedVersion);
        type.activate();
        return ActivityTypeView.of(programs.save(type));
    }

    /** One revision of a type, current or retired: what a plan or claim was checked against. */
    public ActivityTypeView getActivityType(long typeId) {
        return ActivityTypeView.of(programs.findActivityTypeById(typeId)
                .orElseThrow(() -> new DomainRuleViolation(Rule.NOT_FOUND, "activityType", typeId)));
    }

    private ActivityType asSeen(long typeId, long expectedVersion) {
        ActivityType type = programs.findActivityTypeById(typeId)
                .orElseThrow(() -> new DomainRuleViolation(Rule.NOT_FOUND, "activityType", typeId));
        if (type.getVersion() != expectedVersion || type.isRetired()) {
            throw new OptimisticLockException("activity type " + typeId + " is at version " + type.getVersion()
                    + (type.isRetired() ? " and replaced" : "") + ", not " + expectedVersion + ": changed by someone else");
        }
        return type;
    }

    /** States a type's names, guidance, evidence, metrics and caps as the command defines them. */
    private static ActivityType applyRules(ActivityType type, DefineActivityType command) {
        Currency currency = type.getCurrency();
        if (command.category() != null && command.category() != type.getCategory()) {
            type.recategorise(command.category());
        }
        type.guidance(command.guidanceUrl()).displayName(command.displayName(), command.displayNameZh());
        command.evidence().forEach(e -> type.requireEvidence(new EvidenceRequirement(e.code(), e.description(),
                e.example(), e.mandatory()).inChinese(e.descriptionZh(), e.exampleZh())));
        command.metrics().forEach(code -> {
            MetricData names = command.metricNamed(code);
            type.requireMetric(new Metric(code, names.name(), names.nameZh()));
        });
        if (command.perClaimCap() != null) {
            type.capPerClaim(Money.of(command.perClaimCap(), currency));
        }
        if (command.perPeriodCap() != null) {
            type.capPerPeriod(Money.of(command.perPeriodCap(), currency));
        }
        if (command.earnedSharePercent() != null) {
            type.capShareOfEarned(command.earnedSharePercent(),
                    command.earnedShareFloor() == null ? null : Money.of(command.earnedShareFloor(), currency));
        }
        if (command.perPersonCap() != null) {
            type.capPerPerson(Money.of(command.perPersonCap(), currency), command.maxPersons() == null ? 1 : command.maxPersons());
        }
        if (command.alcoholExcluded()) {
            type.excludeAlcohol();
        }
        return type;
    }

    public List<ActivityTypeView> listActivityTypes(long programId) {
        return programs.findActivityTypes(programId).stream().map(ActivityTypeView::of).toList();
    }

    /**
     * {@link #listActivityTypes(long)} of several programs in one go (the claim wizard names the types
     * of every program its activities come from), program after program in the order given: three
     * queries, where one program alone takes two per type (its evidence and metrics).
     */
    public List<ActivityTypeView> listActivityTypes(java.util.Collection<Long> programIds) {
        java.util.Map<Long, List<ActivityType>> byProgram = programs.findActivityTypes(programIds).stream()
                .collect(java.util.stream.Collectors.groupingBy(t -> t.getProgram().getId()));
        return programIds.stream().distinct().flatMap(p -> byProgram.getOrDefault(p, List.of()).stream())
                .map(ActivityTypeView::of).toList();
    }

    private Program program(long id) {
        return programs.findById(id).orElseThrow(() -> new DomainRuleViolation(Rule.NOT_FOUND, "program", id));
    }
}
