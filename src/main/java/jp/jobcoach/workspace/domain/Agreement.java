package jp.jobcoach.workspace.domain;

import java.time.Instant;

/**
 * A party's agreement to one revision of a support plan. It holds for that revision only: a later revision
 * changes what was agreed, so it needs agreeing again.
 *
 * @param userKey who agreed, or who recorded the agreement of a worker without an account
 * @param role    the part in which they agreed
 */
public record Agreement(String userKey, CaseRole role, Instant at, int revision) {
}
