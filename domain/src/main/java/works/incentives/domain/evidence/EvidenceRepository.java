package works.incentives.domain.evidence;

import java.util.Optional;

/** Stores evidence documents and their bytes apart, so metadata lists never read the blobs. */
public interface EvidenceRepository {

    /** Persists the metadata and gives it its id (needed to store the bytes). */
    EvidenceDocument save(EvidenceDocument document);

    Optional<EvidenceDocument> findById(long documentId);

    void saveContent(EvidenceContent content);

    Optional<EvidenceContent> findContent(long documentId);
}
