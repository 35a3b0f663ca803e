package works.incentives.domain.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Commands and views of {@link ProgramAdminService}; plain records a UI can hold. */
public final class ProgramCommands {

    private ProgramCommands() {
    }

    /** A new program; null rule fields take the defaults (45, 90, 10, 30 days; threshold 0). */
    public record CreateProgram(String name, int programYear, String currencyCode, boolean planPreApprovalRequired,
                                Integer claimDeadlineDays, Integer planResubmissionDays, Integer answerBusinessDays,
                                Integer disputeWindowDays, BigDecimal rebateThreshold, String guidanceUrl) {
    }

    public record CreateFundingPeriod(long programId, String name, LocalDate earningStart, LocalDate earningEnd,
                                      LocalDate usageStart, LocalDate usageEnd) {
    }

    /** A requirement; {@code descriptionZh}/{@code exampleZh} are the admin's Chinese texts (null for standard ones). */
    public record EvidenceRequirementData(String code, String description, String example, boolean mandatory,
                                          String descriptionZh, String exampleZh) {

        public EvidenceRequirementData(String code, String description, String example, boolean mandatory) {
            this(code, description, example, mandatory, null, null);
        }
    }

    /** A metric's code with the admin's names in English and Chinese (null names: a standard, translated metric). */
    public record MetricData(String code, String name, String nameZh) {
    }

    /**
     * A catalogue entry; null caps mean "no cap". {@code displayName} names a type the
     * translations do not know (an admin's own); null or blank for standard types.
     */
    public record DefineActivityType(long programId, String code, ActivityCategory category, String guidanceUrl,
                                     List<EvidenceRequirementData> evidence, List<String> metrics,
                                     BigDecimal perClaimCap, BigDecimal perPeriodCap, BigDecimal earnedSharePercent,
                                     BigDecimal earnedShareFloor, BigDecimal perPersonCap, Integer maxPersons,
                                     boolean alcoholExcluded, String displayName, String displayNameZh,
                                     List<MetricData> metricNames) {

        public DefineActivityType {
            metricNames = metricNames == null ? List.of() : List.copyOf(metricNames);
        }

        /** With an English display name only and standard metrics (callers written before names in both languages). */
        public DefineActivityType(long programId, String code, ActivityCategory category, String guidanceUrl,
                                  List<EvidenceRequirementData> evidence, List<String> metrics,
                                  BigDecimal perClaimCap, BigDecimal perPeriodCap, BigDecimal earnedSharePercent,
                                  BigDecimal earnedShareFloor, BigDecimal perPersonCap, Integer maxPersons,
                                  boolean alcoholExcluded, String displayName) {
            this(programId, code, category, guidanceUrl, evidence, metrics, perClaimCap, perPeriodCap,
                    earnedSharePercent, earnedShareFloor, perPersonCap, maxPersons, alcoholExcluded, displayName,
                    null, List.of());
        }

        /** The names given for {@code metricCode}, if any. */
        public MetricData metricNamed(String metricCode) {
            return metricNames.stream().filter(m -> m.code().equals(metricCode)).findFirst()
                    .orElse(new MetricData(metricCode, null, null));
        }

        /** Without a display name: callers written before it existed keep compiling. */
        public DefineActivityType(long programId, String code, ActivityCategory category, String guidanceUrl,
                                  List<EvidenceRequirementData> evidence, List<String> metrics,
                                  BigDecimal perClaimCap, BigDecimal perPeriodCap, BigDecimal earnedSharePercent,
                                  BigDecimal earnedShareFloor, BigDecimal perPersonCap, Integer maxPersons,
                                  boolean alcoholExcluded) {
            this(programId, code, category, guidanceUrl, evidence, metrics, perClaimCap, perPeriodCap,
                    earnedSharePercent, earnedShareFloor, perPersonCap, maxPersons, alcoholExcluded, null);
        }
    }

    /**
     * An admin's edit of an activity type as they saw it ({@code expectedVersion}): the whole new
     * definition; its program and code are those of the type (a code never changes).
     */
    public record EditActivityType(long typeId, long expectedVersion, DefineActivityType definition) {
    }

    /**
     * An admin's edit of a program's name and rules as they saw it ({@code expectedVersion}); the
     * program year and currency stay (funds and plans are counted in them). Null rule fields keep
     * the current value.
     */
    public record UpdateProgram(long programId, long expectedVersion, String name, boolean planPreApprovalRequired,
                                Integer claimDeadlineDays, Integer planResubmissionDays, Integer answerBusinessDays,
                                Integer disputeWindowDays, BigDecimal rebateThreshold, String guidanceUrl) {
    }

    public record ProgramView(long id, long version, String name, int programYear, String currencyCode,
                              boolean planPreApprovalRequired, LocalDate yearStart, LocalDate yearEnd,
                              int claimDeadlineDays, int planResubmissionDays, int answerBusinessDays,
                              int disputeWindowDays, BigDecimal rebateThreshold, String guidanceUrl, boolean active) {

        /** An active program (views built before programs could be closed). */
        public ProgramView(long id, long version, String name, int programYear, String currencyCode,
                           boolean planPreApprovalRequired, LocalDate yearStart, LocalDate yearEnd,
                           int claimDeadlineDays, int planResubmissionDays, int answerBusinessDays,
                           int disputeWindowDays, BigDecimal rebateThreshold, String guidanceUrl) {
            this(id, version, name, programYear, currencyCode, planPreApprovalRequired, yearStart, yearEnd,
                    claimDeadlineDays, planResubmissionDays, answerBusinessDays, disputeWindowDays, rebateThreshold,
                    guidanceUrl, true);
        }

        static ProgramView of(Program p) {
            return new ProgramView(p.getId(), p.getVersion(), p.getName(), p.getProgramYear(),
                    p.getCurrency().getCurrencyCode(), p.isPlanPreApprovalRequired(), p.getYear().start(),
                    p.getYear().end(), p.getClaimDeadlineDays(), p.getPlanResubmissionDays(),
                    p.getAnswerBusinessDays(), p.getDisputeWindowDays(), p.getRebateThreshold().amount(),
                    p.getGuidanceUrl(), p.isActive());
        }
    }

    public record FundingPeriodView(long id, long programId, String name, LocalDate earningStart, LocalDate earningEnd,
                                    LocalDate usageStart, LocalDate usageEnd, LocalDate claimDeadline) {

        public static FundingPeriodView of(FundingPeriod f) {
            return new FundingPeriodView(f.getId(), f.getProgram().getId(), f.getName(), f.getEarning().start(),
                    f.getEarning().end(), f.getUsage().start(), f.getUsage().end(), f.claimDeadline());
        }
    }

    public record ActivityTypeView(long id, String code, ActivityCategory category, String nameKey, String guidanceUrl,
                                   List<EvidenceRequirementData> evidence, List<String> metrics,
                                   BigDecimal perClaimCap, BigDecimal perPeriodCap, BigDecimal earnedSharePercent,
                                   BigDecimal earnedShareFloor, BigDecimal perPersonCap, Integer maxPersons,
                                   boolean alcoholExcluded, boolean active, String displayName,
                                   String displayNameZh, int revision, java.time.Instant revisedAt, long version,
                                   boolean retired, List<MetricData> metricNames) {

        public ActivityTypeView {
            metricNames = metricNames == null ? List.of() : List.copyOf(metricNames);
        }

        /** A first revision with standard metrics (views built before revisions and names existed). */
        public ActivityTypeView(long id, String code, ActivityCategory category, String nameKey, String guidanceUrl,
                                List<EvidenceRequirementData> evidence, List<String> metrics,
                                BigDecimal perClaimCap, BigDecimal perPeriodCap, BigDecimal earnedSharePercent,
                                BigDecimal earnedShareFloor, BigDecimal perPersonCap, Integer maxPersons,
                                boolean alcoholExcluded, boolean active, String displayName) {
            this(id, code, category, nameKey, guidanceUrl, evidence, metrics, perClaimCap, perPeriodCap,
                    earnedSharePercent, earnedShareFloor, perPersonCap, maxPersons, alcoholExcluded, active,
                    displayName, null, 1, null, 0, false, List.of());
        }

        public boolean standard() {
            return displayName == null || displayName.isBlank();
        }

        /** The type's name for users: the admin's names, or the translation of a standard code. */
        public CatalogueName typeName() {
            return standard() ? CatalogueName.standard(CatalogueName.Kind.ACTIVITY_TYPE, code)
                    : new CatalogueName(CatalogueName.Kind.ACTIVITY_TYPE, code, displayName, displayNameZh);
        }

        public CatalogueName metricName(String metricCode) {
            return metricNames.stream().filter(m -> m.code().equals(metricCode) && m.name() != null).findFirst()
                    .map(m -> new CatalogueName(CatalogueName.Kind.METRIC, m.code(), m.name(), m.nameZh()))
                    .orElse(CatalogueName.standard(CatalogueName.Kind.METRIC, metricCode));
        }

        public CatalogueName evidenceName(EvidenceRequirementData r) {
            return r.descriptionZh() == null && standard()
                    ? CatalogueName.standard(CatalogueName.Kind.EVIDENCE, r.code())
                    : new CatalogueName(CatalogueName.Kind.EVIDENCE, r.code(), r.description(), r.descriptionZh());
        }

        /** Without a display name (a standard type): views built before it existed keep compiling. */
        public ActivityTypeView(long id, String code, ActivityCategory category, String nameKey, String guidanceUrl,
                                List<EvidenceRequirementData> evidence, List<String> metrics,
                                BigDecimal perClaimCap, BigDecimal perPeriodCap, BigDecimal earnedSharePercent,
                                BigDecimal earnedShareFloor, BigDecimal perPersonCap, Integer maxPersons,
                                boolean alcoholExcluded, boolean active) {
            this(id, code, category, nameKey, guidanceUrl, evidence, metrics, perClaimCap, perPeriodCap,
                    earnedSharePercent, earnedShareFloor, perPersonCap, maxPersons, alcoholExcluded, active, null);
        }

        public static ActivityTypeView of(ActivityType t) {
            return new ActivityTypeView(t.getId(), t.getCode(), t.getCategory(), t.getNameKey(), t.getGuidanceUrl(),
                    t.getEvidenceRequirements().stream().map(r -> new EvidenceRequirementData(r.getCode(),
                            r.getDescription(), r.getExample(), r.isMandatory(), r.getDescriptionZh(),
                            r.getExampleZh())).toList(),
                    t.getRequiredMetrics(),
                    t.getPerClaimCap().map(m -> m.amount()).orElse(null),
                    t.getPerPeriodCap().map(m -> m.amount()).orElse(null),
                    t.getEarnedSharePercent().orElse(null),
                    t.getEarnedShareFloor().map(m -> m.amount()).orElse(null),
                    t.getPerPersonCap().map(m -> m.amount()).orElse(null),
                    t.getMaxPersons().orElse(null), t.isAlcoholExcluded(), t.isActive(), t.getDisplayName(),
                    t.getDisplayNameZh(), t.getRevision(), t.getRevisedAt(), t.getVersion(), t.isRetired(),
                    t.getMetrics().stream().map(m -> new MetricData(m.getCode(), m.getName(), m.getNameZh())).toList());
        }
    }
}
