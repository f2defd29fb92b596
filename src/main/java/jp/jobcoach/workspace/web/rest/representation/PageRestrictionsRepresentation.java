package jp.jobcoach.workspace.web.rest.representation;

import java.util.List;
import jp.jobcoach.workspace.domain.CasePageKind;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.service.CasePageRestrictions.Status;

/**
 * {@code GET}/{@code POST /cases/{id}/pages/restrictions}: {@code {"pending", "viewers": [userKey], "narrower":
 * [{kind, roles}]}}: whether the case's pages still wait for their restrictions, who may open them (the team), and
 * the pages that only some roles may open.
 */
public record PageRestrictionsRepresentation(boolean pending, List<String> viewers, List<Narrower> narrower) {

    public static PageRestrictionsRepresentation from(Status status) {
        return new PageRestrictionsRepresentation(status.pending(), status.viewers().stream().sorted().toList(),
                status.narrower().entrySet().stream()
                        .map(entry -> new Narrower(entry.getKey(), List.copyOf(entry.getValue()))).toList());
    }

    /** A page below the home page and the roles that may open it. */
    public record Narrower(CasePageKind kind, List<CaseRole> roles) {
    }
}
