package works.incentives.domain.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** The partner's self-certification report for in-house work (no third-party invoice). */
@Embeddable
public class SelfCertification {

    @Column(name = "self_cert_answers", length = 4000)
    private String answers;

    @Column(name = "self_cert_by", length = 100)
    private String certifiedBy;

    @Column(name = "self_cert_on")
    private LocalDate certifiedOn;

    protected SelfCertification() {
        // for JPA
    }

    public SelfCertification(String answers, String certifiedBy, LocalDate certifiedOn) {
        this.answers = answers;
        this.certifiedBy = certifiedBy;
        this.certifiedOn = certifiedOn;
    }

    public boolean isComplete() {
        return answers != null && !answers.isBlank() && certifiedBy != null && !certifiedBy.isBlank()
                && certifiedOn != null;
    }

    public String getAnswers() {
        return answers;
    }

    public String getCertifiedBy() {
        return certifiedBy;
    }

    public LocalDate getCertifiedOn() {
        return certifiedOn;
    }
}
