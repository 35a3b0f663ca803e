/** Who is calling: the signed-in actor, role checks on services and tenant scoping. */
package works.incentives.domain.access;
