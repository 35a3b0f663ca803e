package works.incentives.domain.claim;

import works.incentives.domain.evidence.EvidenceDocument;
import works.incentives.domain.program.ActivityType;
import works.incentives.domain.program.EvidenceRequirement;
import works.incentives.domain.shared.Money;
import works.incentives.domain.shared.Problem;
import works.incentives.domain.shared.Rule;

import java.util.List;

/**
 * The claim's evidence checklist, in one place: every mandatory requirement of the activity type
 * has a document, every extra document is explained by a note, no document answers a requirement
 * the type does not know; and the costs are proven by a third-party invoice (complete, in the
 * claim's currency, not used in another claim, not below the amount, its document uploaded) or a
 * self-certification. Part of {@link Claim#check}.
 */
final class EvidenceChecklist {

    private EvidenceChecklist() {
    }

    /** The requirements met and the documents explained. */
    static void checkDocuments(ActivityType type, List<EvidenceDocument> documents, List<Problem> problems) {
        for (EvidenceRequirement requirement : type.getEvidenceRequirements()) {
            if (requirement.isMandatory() && documents.stream()
                    .noneMatch(d -> d.getRequirementCode().equals(requirement.getCode()))) {
                problems.add(Problem.of(Rule.CLAIM_EVIDENCE_MISSING, "evidence:" + requirement.getCode(),
                        type.requirementName(requirement.getCode())));
            }
        }
        for (EvidenceDocument document : documents) {
            if (document.isExtra()) {
                if (document.getNote() == null) {
                    problems.add(Problem.of(Rule.CLAIM_EXTRA_DOCUMENT_NOTE_MISSING, document.ref(),
                            document.getFileName()));
                }
            } else if (!document.isInvoice() && type.requirement(document.getRequirementCode()).isEmpty()) {
                problems.add(Problem.of(Rule.CLAIM_EVIDENCE_REQUIREMENT_UNKNOWN, document.ref(),
                        type.requirementName(document.getRequirementCode())));
            }
        }
    }

    /** The costs proven by an invoice or a self-certification; {@code claimed} may be null (not entered). */
    static void checkCosts(Claim claim, Money claimed, ClaimContext ctx, List<Problem> problems) {
        Invoice invoice = claim.getInvoice().orElse(null);
        SelfCertification selfCertification = claim.getSelfCertification().orElse(null);
        if (invoice == null && selfCertification == null) {
            problems.add(Problem.of(Rule.CLAIM_INVOICE_OR_SELF_CERTIFICATION_MISSING, "invoice"));
            return;
        }
        if (selfCertification != null) {
            if (!selfCertification.isComplete()) {
                problems.add(Problem.of(Rule.CLAIM_SELF_CERTIFICATION_INCOMPLETE, "selfCertification"));
            }
            return;
        }
        if (!invoice.isComplete()) {
            problems.add(Problem.of(Rule.CLAIM_INVOICE_INCOMPLETE, "invoice"));
        }
        if (claim.getDocuments().stream().noneMatch(EvidenceDocument::isInvoice)) {
            problems.add(Problem.of(Rule.CLAIM_INVOICE_FILE_MISSING, "evidence:" + EvidenceDocument.INVOICE));
        }
        Money invoiced = invoice.getAmount();
        if (invoiced != null && !invoiced.hasCurrency(claim.getCurrency())) {
            problems.add(Problem.of(Rule.CLAIM_CURRENCY_MISMATCH, "invoice", claim.getCurrency().getCurrencyCode(),
                    "invoice", invoiced.currency().getCurrencyCode()));
        } else if (invoiced != null && claimed != null && claimed.isGreaterThan(invoiced)) {
            problems.add(Problem.of(Rule.CLAIM_OVER_INVOICE, "invoice", claimed, invoiced));
        }
        if (invoice.getNumber() != null && ctx.invoiceNumbersInUse().contains(Invoice.normalise(invoice.getNumber()))) {
            problems.add(Problem.of(Rule.CLAIM_INVOICE_NUMBER_REUSED, "invoice", invoice.getNumber()));
        }
    }
}
