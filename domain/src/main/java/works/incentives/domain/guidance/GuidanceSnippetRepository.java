package works.incentives.domain.guidance;

import java.util.List;
import java.util.Optional;

/** Stores and finds guidance snippets. */
public interface GuidanceSnippetRepository {

    Optional<GuidanceSnippet> findByKeyAndLanguage(String key, String language);

    /** Every snippet, ordered by key and language. */
    List<GuidanceSnippet> findAll();

    GuidanceSnippet save(GuidanceSnippet snippet);

    void delete(GuidanceSnippet snippet);
}
