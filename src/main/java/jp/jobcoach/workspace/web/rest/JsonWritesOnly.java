package jp.jobcoach.workspace.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Every write of the API takes JSON and nothing else: a POST or PUT without {@code Content-Type: application/json}
 * is answered 415 before any resource runs. Without this a request with no content type at all was accepted, and a
 * browser sends such a request cross-site without asking first (a "simple" request needs no preflight).
 */
@Provider
public class JsonWritesOnly implements ContainerRequestFilter {
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");
    private final ErrorResponses errors;

    @Inject
    public JsonWritesOnly(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        boolean json = type != null && !type.isWildcardType() && !type.isWildcardSubtype()
                && MediaType.APPLICATION_JSON_TYPE.isCompatible(type);
        if (WRITES.contains(request.getMethod()) && !json) {
            request.abortWith(errors.unsupportedMediaType());
        }
    }
}
