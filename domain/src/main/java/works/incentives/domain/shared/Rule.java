package works.incentives.domain.shared;

/**
 * Every rule the domain enforces, with its message key (translated in the UI's
 * {@code i18n/rules*.properties}) and its English text ({@link java.text.MessageFormat} pattern).
 */
public enum Rule {
    // accounts and sign-in
    ACCOUNT_USER_NAME_TAKEN("rule.account.userNameTaken", "The user name {0} is already taken."),
    ACCOUNT_USER_NAME_INVALID("rule.account.userNameInvalid", "A user name has 3 to 60 characters: letters, digits, dots, dashes, underscores or @."),
    ACCOUNT_DISPLAY_NAME_MISSING("rule.account.displayNameMissing", "Enter the person''s name."),
    ACCOUNT_ROLE_SIDE("rule.account.roleSide", "A partner user cannot get a vendor role, nor a vendor user a partner role."),
    ACCOUNT_LAST_ADMIN("rule.account.lastAdmin", "The last active administrator cannot be deactivated or lose the role."),
    ACCOUNT_NOT_SELF("rule.account.notSelf", "You cannot deactivate your own account."),
    PASSWORD_TOO_SHORT("rule.password.tooShort", "The password needs at least {0,choice,1#1 character|1<{0,number,integer} characters}."),
    PASSWORD_TOO_LONG("rule.password.tooLong", "The password may have at most {0,choice,1#1 character|1<{0,number,integer} characters}."),
    PASSWORD_TOO_COMMON("rule.password.tooCommon", "This password is one of the most common ones; choose another."),
    PASSWORD_CONTAINS_USER_NAME("rule.password.containsUserName", "The password must not contain the user name."),
    PASSWORD_CURRENT_WRONG("rule.password.currentWrong", "The current password is not right."),
    PASSWORD_UNCHANGED("rule.password.unchanged", "The new password must differ from the current one."),

    // personal API tokens (issue 14.1)
    API_TOKEN_EXPIRY_PAST("rule.apiToken.expiryPast", "The expiry date must lie in the future."),

    // general
    CURRENCY_MISMATCH("rule.currencyMismatch", "Amounts in {0} and {1} cannot be combined."),
    DATE_RANGE_INVERTED("rule.dateRangeInverted", "The end date {1} lies before the start date {0}."),
    ILLEGAL_TRANSITION("rule.illegalTransition", "A {0} in status {1} cannot be changed by \"{2}\"."),
    NOT_EDITABLE("rule.notEditable", "A {0} in status {1} cannot be edited."),
    NOT_FOUND("rule.notFound", "{0} {1} does not exist."),
    NOT_PERMITTED("rule.notPermitted", "{0} may not {1}."),
    VALUE_REQUIRED("rule.valueRequired", "{0} is required."),
    TEXT_TOO_LONG("rule.textTooLong", "The text has {0} characters; at most {1} are allowed. Shorten it, or put the details in a document."),

    // programs and funds
    PERIOD_USAGE_BEFORE_EARNING("rule.period.usageBeforeEarning", "The usage period must start after the earning period ends."),
    PERIOD_NOT_OF_PROGRAM("rule.period.notOfProgram", "The funding period does not belong to this program."),
    ACTIVITY_TYPE_DUPLICATE("rule.activityType.duplicate", "Activity type {0} already exists in this program."),
    ALLOCATION_DUPLICATE("rule.allocation.duplicate", "The partner already has an allocation for this program and period."),
    FUNDS_INSUFFICIENT("rule.fund.insufficient", "Only {1} of the fund remain; {0} cannot be taken."),
    FUNDS_RELEASE_TOO_LARGE("rule.fund.releaseTooLarge", "{0} cannot be released: only {1} is held."),
    FUNDS_PAYMENT_EXCEEDS_CLAIMED("rule.fund.paymentExceedsClaimed", "{0} cannot be paid: only {1} is claimed and unpaid."),

    // catalogue revisions and allocation adjustments (issue 10, item 6)
    ACTIVITY_TYPE_REVISION_RETIRED("rule.activityType.revisionRetired", "Revision {1} of {0} has been replaced by a later one; reload the catalogue."),
    PLAN_ACTIVITY_TYPE_DEACTIVATED("rule.plan.activityTypeDeactivated", "{0} is no longer offered; choose another activity type."),
    ALLOCATION_ADJUSTMENT_REASON_REQUIRED("rule.allocation.adjustmentReasonRequired", "Say why the allocation changes; the reason is kept in the history."),
    ALLOCATION_ADJUSTMENT_ZERO("rule.allocation.adjustmentZero", "An adjustment must add or remove an amount."),
    ALLOCATION_ADJUSTMENT_NEGATIVE("rule.allocation.adjustmentNegative", "The earnings cannot become {0}: less than zero."),
    PROGRAM_INACTIVE("rule.program.inactive", "The program {0} is closed for new plans."),
    ALLOCATION_ADJUSTMENT_BELOW_USE("rule.allocation.adjustmentBelowUse", "The co-op fund cannot become {0}: approved plans commit {1} and claims hold {2} of it."),

    // plans
    PLAN_DUPLICATE("rule.plan.duplicate", "The partner already has a plan for this program, fund and period."),
    PLAN_OBJECTIVE_MISSING("rule.plan.objectiveMissing", "The plan needs an objective."),
    PLAN_NO_CAMPAIGN("rule.plan.noCampaign", "The plan needs at least one campaign."),
    PLAN_CAMPAIGN_NAME_MISSING("rule.plan.campaignNameMissing", "The campaign needs a name."),
    PLAN_CAMPAIGN_OUTSIDE_USAGE_PERIOD("rule.plan.campaignOutsideUsagePeriod", "The campaign ({0}) must lie inside the usage period {1}."),
    PLAN_CAMPAIGN_NO_ACTIVITY("rule.plan.campaignNoActivity", "The campaign \"{0}\" needs at least one activity."),
    PLAN_ACTIVITY_TYPE_UNKNOWN("rule.plan.activityTypeUnknown", "The activity type is not in this program''s catalogue."),
    PLAN_ACTIVITY_NO_COUNTRY("rule.plan.activityNoCountry", "The activity needs at least one country."),
    PLAN_ACTIVITY_AMOUNT_NOT_POSITIVE("rule.plan.activityAmountNotPositive", "The planned amount must be more than zero."),
    PLAN_ACTIVITY_METRIC_MISSING("rule.plan.activityMetricMissing", "The activity must plan the metric {0}."),
    PLAN_OVER_PERIOD_CAP("rule.plan.overPeriodCap", "This activity type would total {0} in the period across your plans; its cap is {1}, so at most {2} is left for this activity."),
    PLAN_OVER_ALLOCATION("rule.plan.overAllocation", "The plan totals {0}, more than the {1} still available in the fund."),
    PLAN_SUBMISSION_CLOSED("rule.plan.submissionClosed", "Plans could be submitted until {0}."),
    PLAN_INCOMPLETE("rule.plan.incomplete", "The plan cannot be submitted yet: {0,choice,1#1 thing|1<{0,number,integer} things} to fix."),
    PLAN_APPROVED_LIMIT_INVALID("rule.plan.approvedLimitInvalid", "The approved limit {0} must be more than zero and not less than {1}."),
    PLAN_COMMENT_TARGET_UNKNOWN("rule.plan.commentTargetUnknown", "{0} is not part of this plan."),
    PLAN_REASON_REQUIRED("rule.plan.reasonRequired", "Say why: a reason is required."),

    // claims (proofs of execution)
    CLAIM_PLAN_NOT_APPROVED("rule.claim.planNotApproved", "Claims need an approved plan in this program."),
    CLAIM_COMMENT_TARGET_UNKNOWN("rule.claim.commentTargetUnknown", "{0} is not part of this claim."),
    CLAIM_NAME_MISSING("rule.claim.nameMissing", "The claim needs a name."),
    CLAIM_EXECUTION_DATE_MISSING("rule.claim.executionDateMissing", "The execution date is missing."),
    CLAIM_EXECUTION_DATE_OUTSIDE_CAMPAIGN("rule.claim.executionDateOutsideCampaign", "The execution date {0} lies outside the campaign''s dates {1}."),
    CLAIM_AMOUNT_NOT_POSITIVE("rule.claim.amountNotPositive", "The amount claimed must be more than zero."),
    CLAIM_OVER_ACTIVITY_AMOUNT("rule.claim.overActivityAmount", "{0} is more than the activity''s approved amount of {1}."),
    CLAIM_OVER_ACTIVITY_REMAINING("rule.claim.overActivityRemaining", "{0} is more than the {1} left of the activity''s approved amount of {2}: other claims hold the rest."),
    CLAIM_ACTIVITY_FULLY_CLAIMED("rule.claim.activityFullyClaimed", "The activity''s approved amount of {0} is already claimed in full."),
    CLAIM_PLAN_REJECTED("rule.claim.planRejected", "The plan was rejected: its activities cannot be claimed."),
    CLAIM_OVER_PER_CLAIM_CAP("rule.claim.overPerClaimCap", "{0} is more than the cap of {1} per claim."),
    CLAIM_OVER_PERIOD_CAP("rule.claim.overPeriodCap", "With this claim, {0} would be claimed for this activity type in the period; the cap is {1}."),
    CLAIM_OVER_EARNED_SHARE_CAP("rule.claim.overEarnedShareCap", "With this claim, {0} would be claimed for this activity type; the cap is {1} ({2}% of the earned co-op)."),
    CLAIM_OVER_PER_PERSON_CAP("rule.claim.overPerPersonCap", "{0} is more than {1} per person for {2,choice,1#1 person|1<{2,number,integer} persons}."),
    CLAIM_TOO_MANY_PERSONS("rule.claim.tooManyPersons", "At most {1} people can be claimed, not {0}."),
    CLAIM_PERSONS_MISSING("rule.claim.personsMissing", "Say how many people attended."),
    CLAIM_ALCOHOL_NOT_ELIGIBLE("rule.claim.alcoholNotEligible", "Alcohol in catering is not eligible: remove it from the amount."),
    CLAIM_OVER_REMAINING_FUNDS("rule.claim.overRemainingFunds", "{0} is more than the {1} remaining in the fund."),
    CLAIM_OVER_PLAN_LIMIT("rule.claim.overPlanLimit", "{0} is more than the {1} left under the plan''s approved limit."),
    CLAIM_OVER_INVOICE("rule.claim.overInvoice", "{0} is more than the invoice amount of {1}."),
    CLAIM_INVOICE_NUMBER_REUSED("rule.claim.invoiceNumberReused", "Invoice {0} is already used in another claim."),
    CLAIM_INVOICE_INCOMPLETE("rule.claim.invoiceIncomplete", "The invoice needs a number, vendor, date and amount."),
    CLAIM_INVOICE_OR_SELF_CERTIFICATION_MISSING("rule.claim.invoiceOrSelfCertificationMissing", "Add a third-party invoice or a self-certification report."),
    CLAIM_SELF_CERTIFICATION_INCOMPLETE("rule.claim.selfCertificationIncomplete", "The self-certification needs answers and who certifies it."),
    CLAIM_EVIDENCE_MISSING("rule.claim.evidenceMissing", "Evidence missing: {0}."),
    CLAIM_EXTRA_DOCUMENT_NOTE_MISSING("rule.claim.extraDocumentNoteMissing", "The extra document \"{0}\" needs a note explaining it."),
    CLAIM_EVIDENCE_REQUIREMENT_UNKNOWN("rule.claim.evidenceRequirementUnknown", "{0} is not an evidence requirement of this activity type."),
    CLAIM_METRIC_MISSING("rule.claim.metricMissing", "Report the metric {0}."),
    CLAIM_CURRENCY_MISMATCH("rule.claim.currencyMismatch", "The claim is in {0}; {1} in {2} does not match."),
    CLAIM_DEADLINE_PASSED("rule.claim.deadlinePassed", "The claim deadline was {0}."),
    CLAIM_ANSWER_OVERDUE("rule.claim.answerOverdue", "The answer was due by {0}."),
    CLAIM_DISPUTE_WINDOW_CLOSED("rule.claim.disputeWindowClosed", "A rejection can be disputed until {0}."),
    CLAIM_DOCUMENTS_LOCKED("rule.claim.documentsLocked", "Submitted documents cannot be changed or removed."),
    CLAIM_INCOMPLETE("rule.claim.incomplete", "The claim cannot be submitted yet: {0,choice,1#1 thing|1<{0,number,integer} things} to fix."),
    CLAIM_REASON_REQUIRED("rule.claim.reasonRequired", "Say why: a reason is required."),
    CLAIM_PAYMENT_REFERENCE_MISSING("rule.claim.paymentReferenceMissing", "The payment needs a reference and a date."),

    // claim windows, dates and the invoice file (issue 10)
    PERIOD_USAGE_OUTSIDE_PROGRAM_YEAR("rule.period.usageOutsideProgramYear", "The usage period {0} to {1} must lie inside the program year {2} to {3}."),
    PERIOD_CLAIM_WINDOW_INVALID("rule.period.claimWindowInvalid", "The claim window {0} to {1} must open no earlier than the usage period starts ({2}) and close no earlier than it ends ({3})."),
    PERIOD_CLOSED_FOR_NEW_PLANS("rule.period.closedForNewPlans", "The fund of period {0} no longer takes new plans: it is deactivated or its usage period or claim window is over."),
    CLAIM_OUTSIDE_CLAIM_WINDOW("rule.claim.outsideClaimWindow", "Claims for this period are accepted from {0} to {1}."),
    CLAIM_EXECUTION_DATE_IN_FUTURE("rule.claim.executionDateInFuture", "The execution date {0} lies in the future: claim an activity once it has run."),
    CLAIM_INVOICE_FILE_MISSING("rule.claim.invoiceFileMissing", "Upload the invoice document itself, not only its details."),

    // evidence files
    EVIDENCE_EMPTY("rule.evidence.empty", "The file \"{0}\" is empty."),
    EVIDENCE_TOO_LARGE("rule.evidence.tooLarge", "The file \"{0}\" is larger than {1} bytes."),
    EVIDENCE_TYPE_NOT_ALLOWED("rule.evidence.typeNotAllowed", "The file \"{0}\" is not a PDF, image, Office document, CSV or e-mail."),
    EVIDENCE_MISLABELLED("rule.evidence.mislabelled", "The file \"{0}\" is named like a {1} file but contains {2}."),
    EVIDENCE_MALFORMED("rule.evidence.malformed", "The file \"{0}\" is damaged or incomplete: it cannot be opened as {1}."),
    EVIDENCE_IMAGE_TOO_BIG("rule.evidence.imageTooBig", "The image \"{0}\" has {1} \u00d7 {2} pixels; at most {3} million pixels are accepted."),

    // notifications (issue 14.4)
    NOTIFICATION_EMAIL_INVALID("rule.notification.emailInvalid", "\"{0}\" is not an e-mail address."),
    SUBMISSION_REQUEST_INCOMPLETE("rule.notification.submissionRequestIncomplete", "Fix every problem the checklist shows before asking an admin to submit.");

    private final String messageKey;
    private final String englishPattern;

    Rule(String messageKey, String englishPattern) {
        this.messageKey = messageKey;
        this.englishPattern = englishPattern;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The English {@link java.text.MessageFormat} pattern; arguments as the violation carries them. */
    public String englishPattern() {
        return englishPattern;
    }
}
