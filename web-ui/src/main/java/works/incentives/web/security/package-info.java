/** Sign-in with Jakarta Security, view access control, the current actor for the services. */
package works.incentives.web.security;
