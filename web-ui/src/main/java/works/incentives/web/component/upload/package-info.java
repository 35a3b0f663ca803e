/** Receiving uploaded files: size limit enforced while the bytes stream in, to a temporary file. */
package works.incentives.web.component.upload;
