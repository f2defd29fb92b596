package jp.jobcoach.workspace.confluence.macro;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Locale;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.web.rest.RestTestSupport;
import org.junit.Test;

/** TeamView on the case panel: members by name, and remove buttons and the add form for roles that edit TEAM. */
public class TeamViewTest extends MacroTestSupport {
    @Test
    public void rolesThatEditTheTeamGetRemoveButtonsThatAskFirstAndTheAddForm() {
        for (CaseRole role : new CaseRole[] {CaseRole.COUNSELOR, CaseRole.OCCUPATIONAL_HEALTH, CaseRole.CENTER_COACH,
                CaseRole.IN_COMPANY_COACH}) {
            actAs(role);
            String html = renderCasePanel("display");
            assertTrue(role.name(), html.contains("data-method=\"DELETE\" data-path=\"/cases/" + caseId + "/team/HR\""));
            assertTrue("the name isolated, as a right-to-left override in it must not reorder the question",
                    html.contains("data-confirm=\"Remove \u2068Name of HR\u2069 from the team of this case?\""));
            assertTrue(html.contains("data-method=\"POST\" data-path=\"/cases/" + caseId + "/team\""));
            assertFalse("nobody removes themselves", html.contains("data-path=\"/cases/" + caseId + "/team/" + keyOf(role) + "\""));
            assertFalse("the worker stays", html.contains("data-path=\"/cases/" + caseId + "/team/WORKER\""));
            assertFalse("the center's staff only by a counselor, never the last counselor or center coach",
                    html.contains("data-path=\"/cases/" + caseId + "/team/CENTER_COACH\"")
                            || html.contains("data-path=\"/cases/" + caseId + "/team/COUNSELOR\""));
        }
    }

    @Test
    public void addFormNamesItsFieldsAsTheServerDoesForTheNewMember() {
        actAs(CaseRole.COUNSELOR);
        String html = renderCasePanel("display");
        int size = teams.team(caseId).members().size();
        assertTrue(html.contains("data-field=\"members[" + size + "].userKey\""));
        assertTrue(html.contains("data-field=\"members[" + size + "].slot\""));
        assertTrue("the slot may be left empty for anyone but a center coach", html.contains("<option value=\"\" selected>None"));
        assertTrue(html.contains("<option value=\"SECONDARY\">Secondary</option>"));
    }

    /** The markup of the WAI-ARIA combobox is the template's; the script only adds options and fills in {0}. */
    @Test
    public void theUserNameIsAComboboxWithItsMessagesInTheViewersLanguage() {
        actAs(CaseRole.COUNSELOR);
        String id = "jobcoach-team-add-" + caseId + "-member-username";
        for (Locale language : LANGUAGES) {
            user.locale = language;
            String html = renderCasePanel("display");
            assertTrue(html, html.contains("<input id=\"" + id + "\" name=\"member.username\" type=\"text\" value=\"\""
                    + " role=\"combobox\" aria-autocomplete=\"list\" aria-expanded=\"false\" aria-controls=\"" + id
                    + "-listbox\" aria-activedescendant=\"\""));
            assertTrue(html.contains("<ul id=\"" + id + "-listbox\" class=\"jobcoach-listbox\" role=\"listbox\" aria-label=\""
                    + RestTestSupport.fromBundles(language, "jobcoach.web.people.suggestions") + "\" hidden></ul>"));
            for (String message : new String[] {"count", "none", "failed"}) {
                assertTrue(language + " " + message, html.contains("data-msg-" + message + "=\""
                        + RestTestSupport.fromBundles(language, "jobcoach.web.people." + message) + "\""));
            }
            assertTrue(html.contains(">" + RestTestSupport.fromBundles(language, "jobcoach.web.people.hint") + "</p>"));
        }
        user.locale = Locale.JAPANESE;
        assertTrue(renderCasePanel("display").contains("data-msg-count=\"{0}人が見つかりました。"));
    }

    @Test
    public void keysInThePathAreUrlEncoded() {
        actAs(CaseRole.COUNSELOR);
        teams.add(caseId, jp.jobcoach.workspace.domain.TeamMember.of("a/b c", CaseRole.HR));
        assertTrue(renderCasePanel("display").contains("/team/a%2Fb%20c\""));
    }

    @Test
    public void readersOfTheTeamAndStaticOutputGetNoTeamControls() {
        for (CaseRole role : new CaseRole[] {CaseRole.HR, CaseRole.SUPERVISOR, CaseRole.WORKER}) {
            actAs(role);
            String html = renderCasePanel("display");
            assertTrue(html.contains("Name of HR"));
            assertFalse(role.name(), html.contains("/team"));
        }
        actAs(CaseRole.COUNSELOR);
        assertFalse(renderCasePanel("word").contains("/team"));
    }
}
