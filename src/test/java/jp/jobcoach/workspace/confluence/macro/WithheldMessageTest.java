package jp.jobcoach.workspace.confluence.macro;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Locale;
import java.util.Map;
import jp.jobcoach.workspace.domain.Access;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.DataCategory;
import org.junit.Test;

/**
 * A member kept from a macro's data by their role or by the worker's consent reads what is withheld and why, in
 * their language; a refused edit of what they do see, anonymous visitors and strangers keep the neutral box.
 */
public class WithheldMessageTest extends MacroTestSupport {
    private String renderHealth(long id) {
        return support.render("health", Map.of("case", String.valueOf(id)), onCasePage("display"), (caseId, view) -> {
            guard.require(caseId, DataCategory.HEALTH, Access.VIEW);
            return "the condition log";
        });
    }

    @Test
    public void withoutTheWorkersConsentTheMemberIsToldItIsTheConsentThatIsMissing() {
        long withoutConsents = caseWithoutConsents().id();
        actAs(CaseRole.CENTER_COACH);
        String html = renderHealth(withoutConsents);
        assertTrue(html, html.contains("This part of the case (Health and condition) is shown to your role only with the"
                + " worker’s consent, which the worker has not given (or has withdrawn). Your role on this case: Center job coach."));
        assertFalse(html.contains("the condition log"));
        user.locale = Locale.JAPANESE;
        assertTrue(renderHealth(withoutConsents).contains("ご本人の同意がある場合にだけあなたの役割に表示されます"));
        assertTrue("with the consents of the ordinary intake", renderHealth(caseId).contains("the condition log"));
    }

    @Test
    public void aRoleTheMatrixKeepsFromHealthIsToldWhoItIsSharedWith() {
        actAs(CaseRole.HR);
        String html = renderHealth(caseId);
        assertTrue(html, html.contains("condition records are special-care personal information. It is shared with: Worker,"
                + " In-company job coach, Center job coach, Counselor, Occupational health staff. Your role on this case: HR."));
    }

    @Test
    public void aRefusedEditOfVisibleDataStrangersAndAnonymousVisitorsGetTheNeutralBox() {
        actAs(CaseRole.COUNSELOR);
        String edit = support.render("visits", Map.of("case", String.valueOf(caseId)), onCasePage("display"), (id, view) -> {
            guard.require(id, DataCategory.VISITS, Access.EDIT);
            return "a form";
        });
        assertTrue(edit.contains("you do not have access"));
        for (String key : new String[] {"stranger", null}) {
            user.key = key;
            String html = renderHealth(caseId);
            assertTrue(html.contains("you do not have access"));
            assertFalse(html.contains("shared with"));
        }
    }
}
