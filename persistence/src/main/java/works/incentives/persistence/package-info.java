/** JPA implementations of the domain's repositories. */
package works.incentives.persistence;
