package works.incentives.domain.guidance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import works.incentives.domain.access.AllowedRoles;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.Permissions;
import works.incentives.domain.shared.Role;

import java.util.List;
import java.util.Optional;

/**
 * Program admins' overrides of the wizards' step help. Reading one text is open to everybody
 * (the wizards show it, and it is no secret); listing and changing need a signed-in actor, and
 * changing needs a program admin.
 */
@ApplicationScoped
@Transactional
public class GuidanceSnippetService {

    /** One override as the admin screen lists it. */
    public record SnippetView(long id, long version, String key, String language, String text) {

        static SnippetView of(GuidanceSnippet s) {
            return new SnippetView(s.getId(), s.getVersion(), s.getKey(), s.getLanguage(), s.getText());
        }
    }

    private GuidanceSnippetRepository snippets;

    protected GuidanceSnippetService() {
        // for CDI proxies
    }

    @Inject
    public GuidanceSnippetService(GuidanceSnippetRepository snippets) {
        this.snippets = snippets;
    }

    /** The override of a help key in a language ({@code en} or {@code zh-TW}), if an admin set one. */
    public Optional<String> textFor(String key, String language) {
        if (key == null || !GuidanceSnippet.LANGUAGES.contains(language)) {
            return Optional.empty();
        }
        return snippets.findByKeyAndLanguage(key, language).map(GuidanceSnippet::getText);
    }

    /** Every override, ordered by key and language. */
    @AllowedRoles({Role.INCENTIVES_USER, Role.INCENTIVES_ADMIN, Role.PROGRAM_ADMIN, Role.REVIEWER})
    public List<SnippetView> list() {
        return snippets.findAll().stream().map(SnippetView::of).toList();
    }

    /** Sets (or replaces) the override of a help key in a language. */
    @AllowedRoles({Role.INCENTIVES_USER, Role.INCENTIVES_ADMIN, Role.PROGRAM_ADMIN, Role.REVIEWER})
    public SnippetView save(String key, String language, String text, Actor actor) {
        Permissions.require(actor, "editGuidance", Permissions.PROGRAM_ADMIN);
        GuidanceSnippet.checkedLanguage(language);
        Optional<GuidanceSnippet> existing = snippets.findByKeyAndLanguage(key, language);
        if (existing.isPresent()) {
            existing.get().change(text);
            return SnippetView.of(snippets.save(existing.get()));
        }
        return SnippetView.of(snippets.save(new GuidanceSnippet(key, language, text)));
    }

    /** Drops the override, so the default text shows again; true when there was one. */
    @AllowedRoles({Role.INCENTIVES_USER, Role.INCENTIVES_ADMIN, Role.PROGRAM_ADMIN, Role.REVIEWER})
    public boolean reset(String key, String language, Actor actor) {
        Permissions.require(actor, "editGuidance", Permissions.PROGRAM_ADMIN);
        Optional<GuidanceSnippet> existing = snippets.findByKeyAndLanguage(key, language);
        existing.ifPresent(snippets::delete);
        return existing.isPresent();
    }
}
