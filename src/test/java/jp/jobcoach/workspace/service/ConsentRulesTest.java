package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.domain.CaseRole.CENTER_COACH;
import static jp.jobcoach.workspace.domain.CaseRole.COUNSELOR;
import static jp.jobcoach.workspace.domain.CaseRole.IN_COMPANY_COACH;
import static jp.jobcoach.workspace.domain.CaseRole.OCCUPATIONAL_HEALTH;
import static jp.jobcoach.workspace.domain.CaseRole.WORKER;
import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static jp.jobcoach.workspace.store.StoreFixtures.interview;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.jobcoach.workspace.domain.Access;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.consent.Consent;
import jp.jobcoach.workspace.domain.consent.ConsentCategory;
import jp.jobcoach.workspace.domain.interview.RetentionInterview;
import jp.jobcoach.workspace.store.InterviewStore;
import org.junit.Test;

/**
 * Every role × consented category × state of the worker's consent, through the service path that shows it: the
 * guard for HEALTH and TASK_ANALYSIS (the door every service of those categories passes), the interviews for the
 * worker's own account. Allowed only where the role matrix allows the role AND an active consent for that role
 * exists; the worker sees their own health data without consenting to themselves. The expected ceiling is written
 * out here, not read from the code under test.
 */
public class ConsentRulesTest extends ServiceTestSupport {

    /** The state of the worker's consent for the role under test on the day of the read. */
    enum State {
        NONE, ACTIVE, ACTIVE_UNTIL_TODAY, EXPIRED, REVOKED;

        boolean holds() {
            return this == ACTIVE || this == ACTIVE_UNTIL_TODAY;
        }
    }

    /** Who the matrix lets see each category at all, besides the worker's own view (docs/role-matrix.md). */
    private static final Map<ConsentCategory, Set<CaseRole>> CEILING = Map.of(
            ConsentCategory.HEALTH, EnumSet.of(IN_COMPANY_COACH, CENTER_COACH, COUNSELOR, OCCUPATIONAL_HEALTH),
            ConsentCategory.WORKER_ACCOUNT, EnumSet.of(IN_COMPANY_COACH, CENTER_COACH, COUNSELOR, OCCUPATIONAL_HEALTH),
            ConsentCategory.TASK_ANALYSIS, EnumSet.of(IN_COMPANY_COACH, CENTER_COACH, COUNSELOR, OCCUPATIONAL_HEALTH));

    private CaseRole role;
    private ConsentCategory category;
    private State state;

    /**
     * One case per combination (the AO runner holds the test's transaction, so the table runs in one test and
     * reports every combination that differs, not only the first).
     */
    @Test
    public void allowedOnlyWithinTheMatrixAndWithAnActiveConsent() {
        List<String> wrong = new ArrayList<>();
        int combinations = 0;
        for (CaseRole eachRole : CaseRole.values()) {
            for (ConsentCategory eachCategory : ConsentCategory.values()) {
                for (State eachState : State.values()) {
                    role = eachRole;
                    category = eachCategory;
                    state = eachState;
                    combinations++;
                    long onCase = caseWithoutConsents().id();
                    Stored<RetentionInterview> recorded = new InterviewStore(ao).create(onCase, interview(RETURN),
                            "IN_COMPANY_COACH", NOW);
                    consentIn(onCase);
                    actAs(role);
                    boolean shown = shown(onCase, recorded.id());
                    if (shown != expected()) {
                        wrong.add(role + " " + category + " " + state + (shown ? " shown" : " refused"));
                    }
                }
            }
        }
        assertEquals(7 * 3 * 5, combinations);
        assertEquals(List.of(), wrong);
    }

    private boolean expected() {
        if (role == WORKER) {
            // their own condition log, as the matrix gives it; in interviews the worker's view is the agreed actions
            return category == ConsentCategory.HEALTH;
        }
        return CEILING.get(category).contains(role) && state.holds();
    }

    /**
     * Writes the state straight into the ledger, as any past day's service call would have left it: a consent
     * for a role the matrix excludes too, to show that the matrix stays the ceiling whatever the ledger holds.
     */
    private void consentIn(long onCase) {
        if (state == State.NONE) {
            return;
        }
        LocalDate validUntil = switch (state) {
            case ACTIVE_UNTIL_TODAY -> TODAY;
            case EXPIRED -> TODAY.minusDays(1);
            default -> null;
        };
        Stored<Consent> given = consentStore.create(onCase,
                Consent.inProduct(category, role, NOW.minusSeconds(86_400L * 30), keyOf(WORKER), validUntil), 0);
        if (state == State.REVOKED) {
            consentStore.revoke(given.id(), 1, NOW.minusSeconds(60), keyOf(WORKER));
        }
    }

    /** Whether the read shows the category to the actor; a refusal of the whole read counts as not shown. */
    private boolean shown(long onCase, long interviewId) {
        if (category != ConsentCategory.WORKER_ACCOUNT) {
            DataCategory guarded = category == ConsentCategory.HEALTH ? DataCategory.HEALTH : DataCategory.TASK_ANALYSIS;
            try {
                guard.require(onCase, guarded, Access.VIEW);
                return true;
            } catch (AccessDeniedException refused) {
                return false;
            }
        }
        if (role == CaseRole.HR) {
            assertThrows("HR sees no interviews at all", AccessDeniedException.class, () -> interviews.get(onCase, interviewId));
            return false;
        }
        RetentionInterview seen = interviews.get(onCase, interviewId).value();
        boolean ratings = !seen.ratings().isEmpty();
        assertEquals("ratings, account and worries go together", ratings, seen.notes().worries() != null);
        assertEquals(ratings, seen.notes().workerAccount() != null);
        return ratings;
    }
}
