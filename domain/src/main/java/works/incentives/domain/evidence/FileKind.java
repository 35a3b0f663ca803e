package works.incentives.domain.evidence;

import java.io.Serializable;

/**
 * What a file's content was found to be, named in a refusal message ("contains a PNG image"):
 * a {@code code} the user interface translates ({@code fileKind.CODE}, with {@code detail} such as
 * a media type as its argument), and the English {@code description} the domain's own messages use.
 */
public record FileKind(String code, String detail, String description) implements Serializable {

    static FileKind of(EvidenceFormat format) {
        return new FileKind(format.name(), null, format.description());
    }

    static FileKind other(String code, String description) {
        return new FileKind(code, null, description);
    }

    static FileKind withDetail(String code, String detail, String description) {
        return new FileKind(code, detail, description);
    }

    @Override
    public String toString() {
        return description;
    }
}
