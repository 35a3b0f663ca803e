/** Guidance snippets: program admins' own wording of the wizards' step help, per key and language. */
package works.incentives.domain.guidance;
