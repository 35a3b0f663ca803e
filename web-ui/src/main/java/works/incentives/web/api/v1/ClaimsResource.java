package works.incentives.web.api.v1;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import works.incentives.domain.claim.ClaimCommands.AddEvidence;
import works.incentives.domain.claim.ClaimCommands.ClaimDetails;
import works.incentives.domain.claim.ClaimCommands.ClaimRow;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.claim.ClaimCommands.CreateClaim;
import works.incentives.domain.claim.ClaimCommands.DocumentView;
import works.incentives.domain.claim.ClaimCommands.InvoiceData;
import works.incentives.domain.claim.ClaimCommands.SelfCertificationData;
import works.incentives.domain.claim.ClaimQuery;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Rule;

import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Claims (proofs of execution): a partner's caller reads, drafts, fills in, attaches evidence to and
 * submits its own organization's; reviewers read submitted ones and their documents. Every change
 * names the version it was made on ({@code If-Match}).
 */
@Path("v1/claims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClaimsResource {

    /**
     * An evidence file as JSON, the bytes in standard Base64: what a CRM's or ERP's integration
     * step sends most easily. Its type is decided by the bytes, exactly as for an upload on screen.
     */
    public record EvidenceUpload(String requirementCode, String fileName, String note, String contentBase64) {
    }

    /** A document just stored, and the claim's version after it (for the next {@code If-Match}). */
    public record StoredDocument(DocumentView document, long claimVersion) {
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    @Inject
    ClaimService claims;

    @Inject
    Caller caller;

    @GET
    public Page<ClaimRow> list(@QueryParam("status") List<String> status, @QueryParam("planId") Long planId,
                               @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        Actor actor = caller.actor();
        ClaimQuery query = new ClaimQuery(null, null, planId, Statuses.parse(status, ClaimStatus.class), null, null);
        int from = Page.offset(offset);
        int size = Page.limit(limit);
        return new Page<>(claims.findClaimsForReview(query, from, size, ClaimQuery.Sort.ID, actor),
                claims.countClaims(query, actor), from, size);
    }

    @GET
    @Path("{claimId}")
    public Response get(@PathParam("claimId") long claimId) {
        return ok(claims.get(claimId, caller.actor()));
    }

    /** What still blocks the claim's submission (empty: it can be submitted). */
    @GET
    @Path("{claimId}/problems")
    public List<Map<String, Object>> problems(@PathParam("claimId") long claimId) {
        return ApiProblem.describe(claims.check(claimId, caller.actor()), caller.locale());
    }

    @POST
    public Response create(CreateClaim command) {
        Require.body(command);
        ClaimView claim = claims.createDraft(command, caller.actor());
        return Versions.created("/api/v1/claims/{id}", claim.id(), claim, claim.version());
    }

    @PUT
    @Path("{claimId}/details")
    public Response details(@PathParam("claimId") long claimId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            ClaimDetails details) {
        return ok(Versions.onVersion(ifMatch, details, v -> claims.updateDetails(claimId, v, details, caller.actor())));
    }

    @PUT
    @Path("{claimId}/invoice")
    public Response invoice(@PathParam("claimId") long claimId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            InvoiceData invoice) {
        return ok(Versions.onVersion(ifMatch, invoice, v -> claims.attachInvoice(claimId, v, invoice, caller.actor())));
    }

    @PUT
    @Path("{claimId}/self-certification")
    public Response selfCertification(@PathParam("claimId") long claimId,
                                      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                      SelfCertificationData certification) {
        return ok(Versions.onVersion(ifMatch, certification,
                v -> claims.selfCertify(claimId, v, certification, caller.actor())));
    }

    /**
     * Attaches an evidence file for one requirement. The same checks as an upload on screen: the
     * size limit ({@code incentives.upload.max-bytes}), the type sniffed from the content, a name
     * that matches it, a file that opens.
     */
    @POST
    @Path("{claimId}/documents")
    public Response addDocument(@PathParam("claimId") long claimId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                EvidenceUpload upload) {
        long version = Versions.expected(ifMatch);
        Require.body(upload);
        if (upload.contentBase64() == null) {
            throw ApiException.badField("contentBase64", "api.field.base64");
        }
        Actor actor = caller.actor();
        long max = claims.getMaxUploadBytes();
        if (upload.contentBase64().length() > (max + 2) / 3 * 4 + 4) {
            throw new DomainRuleViolation(Rule.EVIDENCE_TOO_LARGE, upload.fileName(), max);
        }
        byte[] content;
        try {
            // strict: a character outside Base64 is refused, not skipped; line breaks (MIME style) are fine
            content = Base64.getDecoder().decode(WHITESPACE.matcher(upload.contentBase64()).replaceAll(""));
        } catch (IllegalArgumentException notBase64) {
            throw ApiException.badField("contentBase64", "api.field.base64");
        }
        DocumentView document = claims.addEvidence(claimId, version, new AddEvidence(upload.fileName(),
                upload.requirementCode(), upload.note(), content), actor);
        long claimVersion = claims.get(claimId, actor).version();
        return Response.created(UriBuilder.fromPath("/api/v1/claims/{id}/documents/{doc}").build(claimId, document.id()))
                .entity(new StoredDocument(document, claimVersion)).tag(Versions.tag(claimVersion)).build();
    }

    @DELETE
    @Path("{claimId}/documents/{documentId}")
    public Response removeDocument(@PathParam("claimId") long claimId, @PathParam("documentId") long documentId,
                                   @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(claims.removeEvidence(claimId, Versions.expected(ifMatch), documentId, caller.actor()));
    }

    /** A document's bytes, for the claim's partner and reviewers. */
    @GET
    @Path("{claimId}/documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    public Response document(@PathParam("claimId") long claimId, @PathParam("documentId") long documentId) {
        Actor actor = caller.actor();
        byte[] content = claims.evidenceContent(claimId, documentId, actor);
        DocumentView document = claims.get(claimId, actor).documents().stream()
                .filter(d -> d.id() == documentId).findFirst().orElseThrow();
        return Response.ok(content, document.contentType())
                .header("Content-Disposition", "attachment; filename=\"document-" + documentId + "\"").build();
    }

    /** Submits the claim as the caller last read it (incentives admins); takes the money from the fund. */
    @POST
    @Path("{claimId}/submit")
    public Response submit(@PathParam("claimId") long claimId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(claims.submit(claimId, Versions.expected(ifMatch), caller.actor()));
    }

    private static Response ok(ClaimView claim) {
        return Versions.ok(claim, claim.version());
    }
}
