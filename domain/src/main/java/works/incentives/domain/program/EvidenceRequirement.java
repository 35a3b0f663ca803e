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

    /** The description in Traditional Chinese; null for the standard catalogue (translated by the UI). */
    @Column(name = "description_zh", length = 500)
    private String descriptionZh;

    @Column(name = "example_zh", length = 500)
    private String exampleZh;

    protected EvidenceRequirement() {
        // for JPA
    }

    public EvidenceRequirement(String code, String description, String example, boolean mandatory) {
        this.code = Objects.requireNonNull(code, "code");
        this.description = Objects.requireNonNull(description, "description");
        this.example = example;
        this.mandatory = mandatory;
    }

    /** With the description and example in Traditional Chinese too (an admin's own requirement). */
    public EvidenceRequirement inChinese(String description, String example) {
        this.descriptionZh = description == null || description.isBlank() ? null : description.strip();
        this.exampleZh = example == null || example.isBlank() ? null : example.strip();
        return this;
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

    public String getDescriptionZh() {
        return descriptionZh;
    }

    public String getExampleZh() {
        return exampleZh;
    }

    /**
     * The requirement's name for users: its descriptions when an admin wrote it in both languages
     * or it belongs to an admin's own type; the bundles' translation for the standard catalogue.
     */
    public CatalogueName catalogueName(boolean standardType) {
        if (descriptionZh == null && standardType) {
            return CatalogueName.standard(CatalogueName.Kind.EVIDENCE, code);
        }
        return new CatalogueName(CatalogueName.Kind.EVIDENCE, code, description, descriptionZh);
    }

    EvidenceRequirement copy() {
        return new EvidenceRequirement(code, description, example, mandatory).inChinese(descriptionZh, exampleZh);
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
