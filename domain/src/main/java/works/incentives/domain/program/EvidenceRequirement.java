package works.incentives.domain.program;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/**
 * A document a claim of an activity type must carry, e.g. "screenshot of the ad". Optional
 * requirements (such as a statement of work for SEO only) are shown but do not block submission.
 */
@Embeddable
public class EvidenceRequirement {

    @Column(name = "code", nullable = false, length = 60)
    private String code;

    @Column(name = "description", nullable = false, length = 500)
    private String description;

    @Column(name = "example", length = 500)
    private String example;

    @Column(name = "mandatory", nullable = false)
    private boolean mandatory;

    protected EvidenceRequirement() {
        // for JPA
    }

    public EvidenceRequirement(String code, String description, String example, boolean mandatory) {
        this.code = Objects.requireNonNull(code, "code");
        this.description = Objects.requireNonNull(description, "description");
        this.example = example;
        this.mandatory = mandatory;
    }

    public static EvidenceRequirement required(String code, String description, String example) {
        return new EvidenceRequirement(code, description, example, true);
    }

    public static EvidenceRequirement optional(String code, String description, String example) {
        return new EvidenceRequirement(code, description, example, false);
    }

    public String getCode() {
        return code;
    }

    public String getDescription() {
        return description;
    }

    public String getExample() {
        return example;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EvidenceRequirement r && code.equals(r.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
