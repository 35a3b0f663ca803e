package works.incentives.domain.evidence;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of one evidence document, in a table of their own so that listing documents never
 * reads them. Keyed by the document's id; written once, never changed.
 */
@Entity
@Table(name = "evidence_content")
public class EvidenceContent {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    protected EvidenceContent() {
        // for JPA
    }

    public EvidenceContent(long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content.clone();
    }

    public Long getDocumentId() {
        return documentId;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
