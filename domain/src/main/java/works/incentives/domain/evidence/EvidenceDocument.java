package works.incentives.domain.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import works.incentives.domain.shared.FreeText;

import java.time.Instant;
import java.util.Objects;

/**
 * What is known about an uploaded evidence file: name, detected content type, size, SHA-256,
 * the requirement it meets (or {@link #EXTRA} with an explanatory note), who uploaded it and
 * when. The bytes live in {@link EvidenceContent} so lists never load them. Immutable once its
 * claim is submitted ({@link #lock()}); originals are kept 24 months after the activity.
 */
@Entity
@Table(name = "evidence_document")
public class EvidenceDocument {

    /** The requirement code of a document beyond the activity type's requirements. */
    public static final String EXTRA = "EXTRA";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_document_seq")
    @SequenceGenerator(name = "evidence_document_seq", sequenceName = "evidence_document_seq", allocationSize = 50)
    private Long id;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "requirement_code", nullable = false, length = 60)
    private String requirementCode;

    @Column(length = 2000)
    private String note;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Column(nullable = false)
    private boolean locked;

    protected EvidenceDocument() {
        // for JPA
    }

    public EvidenceDocument(String fileName, String contentType, long size, String sha256, String requirementCode,
                            String note, Instant uploadedAt, String uploadedBy) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.size = size;
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.requirementCode = Objects.requireNonNull(requirementCode, "requirementCode");
        this.note = note == null || note.isBlank() ? null : FreeText.limited(note.strip(), FreeText.NOTE_MAX_LENGTH);
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
    }

    /** Called when the claim is submitted: from then on the document cannot be removed. */
    public void lock() {
        locked = true;
    }

    public boolean isExtra() {
        return EXTRA.equals(requirementCode);
    }

    public String ref() {
        return id != null ? "document:" + id : "document:" + fileName;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public String getRequirementCode() {
        return requirementCode;
    }

    public String getNote() {
        return note;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public boolean isLocked() {
        return locked;
    }
}
