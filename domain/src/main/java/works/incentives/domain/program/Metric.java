package works.incentives.domain.program;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/**
 * A metric a plan must plan and a claim must report for an activity type. Standard metrics are
 * named by the UI's translations; an admin's own metric carries its names in both languages.
 */
@Embeddable
public class Metric {

    @Column(name = "metric_code", nullable = false, length = 60)
    private String code;

    @Column(name = "name", length = 200)
    private String name;

    @Column(name = "name_zh", length = 200)
    private String nameZh;

    protected Metric() {
        // for JPA
    }

    public Metric(String code, String name, String nameZh) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = name == null || name.isBlank() ? null : name.strip();
        this.nameZh = nameZh == null || nameZh.isBlank() ? null : nameZh.strip();
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getNameZh() {
        return nameZh;
    }

    public CatalogueName catalogueName() {
        return new CatalogueName(CatalogueName.Kind.METRIC, code, name, nameZh);
    }

    Metric copy() {
        return new Metric(code, name, nameZh);
    }
}
