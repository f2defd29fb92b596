package jp.jobcoach.workspace.confluence.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Locale;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.consent.Consent;
import jp.jobcoach.workspace.domain.consent.ConsentCategory;
import org.junit.Test;

/** The consent section of the case panel: who gets which control, the counselor's notice, static output. */
public class ConsentPanelTest extends MacroTestSupport {
    private static final String REVOKE = "/revoke\"";
    private static final String GIVE = "name=\"consent.means\" value=\"IN_PRODUCT\"";
    private static final String PAPER = "name=\"consent.means\" value=\"ON_PAPER\"";

    @Test
    public void theWorkerRevokesEachConsentAndGivesAgainWhatIsNotGiven() {
        actAs(CaseRole.WORKER);
        String all = consentSection("display");
        assertEquals("a revoke button per active consent", 12, occurrences(all, REVOKE));
        assertTrue(all.contains("You decide who on your team"));
        assertTrue("in plain words, to the worker", all.contains("may see your daily condition records"));
        assertEquals("asks before each revocation", 12, occurrences(all, "data-confirm=\"Revoke the consent?"));

        Stored<Consent> revoked = consents.overview(caseId).ledger()
                .active(ConsentCategory.WORKER_ACCOUNT, CaseRole.IN_COMPANY_COACH, TODAY).orElseThrow();
        consents.revoke(caseId, revoked.id(), revoked.version());
        String after = consentSection("display");
        assertEquals(11, occurrences(after, REVOKE));
        assertEquals("one give form, for the revoked pair", 1, occurrences(after, GIVE));
        assertFalse("the worker records no paper", after.contains(PAPER));
        assertTrue(after.contains("Revoked by"));
        assertFalse("the worker is not shown the counselor's notice", after.contains("jobcoach-consent-missing"));
    }

    @Test
    public void theCounselorIsToldWhatIsMissingAndRecordsItFromPaper() {
        actAs(CaseRole.WORKER);
        Stored<Consent> taken = consents.overview(caseId).ledger()
                .active(ConsentCategory.HEALTH, CaseRole.CENTER_COACH, TODAY).orElseThrow();
        consents.revoke(caseId, taken.id(), taken.version());

        actAs(CaseRole.COUNSELOR);
        user.locale = Locale.JAPANESE;
        String html = consentSection("display");
        assertTrue(html, html.contains("jobcoach-consent-missing") && html.contains("同意の撤回"));
        assertTrue("about the worker, to others", html.contains("ご本人の毎日の体調の記録"));
        assertEquals("a paper form for the revoked pair", 1, occurrences(html, PAPER));
        assertTrue(html.contains("name=\"consent.paperDate\""));
        assertFalse("the counselor gives no consent in the worker's name", html.contains(GIVE));
        assertEquals(11, occurrences(html, REVOKE));
    }

    @Test
    public void otherMembersSeeTheStateOnlyAndStaticOutputHasNoControls() {
        for (CaseRole role : new CaseRole[] {CaseRole.SUPERVISOR, CaseRole.CENTER_COACH, CaseRole.HR}) {
            actAs(role);
            String html = consentSection("display");
            assertFalse(role.name(), html.contains("<form"));
            assertFalse(role.name(), html.contains("jobcoach-consent-missing"));
            assertTrue(role.name(), html.contains("Given"));
        }
        for (String output : OUTPUT_TYPES) {
            actAs(CaseRole.WORKER);
            String html = renderCasePanel(output);
            assertControlsOnlyWhereInteractive(output, html);
            assertTrue(output, html.contains("jobcoach-consents"));
        }
    }

    private String consentSection(String outputType) {
        String html = renderCasePanel(outputType);
        int start = html.indexOf("jobcoach-consents");
        return html.substring(start, html.indexOf("</section>", start));
    }

    private static int occurrences(String html, String part) {
        return html.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
