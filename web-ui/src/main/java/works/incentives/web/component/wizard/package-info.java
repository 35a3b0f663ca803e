/**
 * A reusable step-by-step wizard: ordered steps with buffered binders, a progress indicator that
 * says each step's state in words and icons, and a help panel with "Learn more" links. The plan
 * wizard uses it first; the proof-of-execution wizard is meant to reuse it. {@link
 * works.incentives.web.component.wizard.DraftSaves} carries the version the user saw into every
 * save of either wizard.
 */
package works.incentives.web.component.wizard;
