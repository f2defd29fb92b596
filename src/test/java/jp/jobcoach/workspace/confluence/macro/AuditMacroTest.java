package jp.jobcoach.workspace.confluence.macro;

import static jp.jobcoach.workspace.store.StoreFixtures.accommodation;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Locale;
import java.util.Map;
import jp.jobcoach.workspace.domain.CaseRole;
import org.junit.Before;
import org.junit.Test;

public class AuditMacroTest extends MacroTestSupport {
    private AuditMacro macro;

    @Before
    public void setUp() {
        macro = new AuditMacro(support, audits, erasures);
    }

    private String render(String outputType) {
        return macro.execute(Map.of(), "", onCasePage(outputType));
    }

    @Test
    public void occupationalHealthReadsWhoDidWhatByNameWithFieldNamesAndTheCsvLink() {
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        accommodations.create(caseId, accommodation());
        String html = render("display");
        assertTrue(html.contains("Name of OCCUPATIONAL_HEALTH"));
        assertTrue(html.contains("Created") && html.contains("Accommodations"));
        assertTrue("changed fields by their labels, not values", html.contains("Title, Description"));
        assertTrue("the record by its kind", html.contains("Accommodation #"));
        assertFalse(html.contains("6h→7h"));
        assertTrue(html.contains("href=\"/confluence/rest/jobcoach/1.0/cases/" + caseId + "/audit/export.csv\""));
        assertTrue("the script asks the server for rows", html.contains("data-jobcoach-audit data-path=\"/cases/" + caseId
                + "/audit/html\" data-next=\"\""));
        assertTrue("filters by the team's people by name and by labels", html.contains("<option value=\"HR\">Name of HR</option>")
                && html.contains("<option value=\"HEALTH\">") && html.contains("<option value=\"READ\">Read</option>"));
        assertTrue("the chain is checked on request", html.contains("data-jobcoach-audit-check data-path=\"/cases/" + caseId
                + "/audit/chain/html\""));
        assertTrue("and the deletion on request, confirmed", html.contains("data-path=\"/cases/" + caseId + "/deletion\"")
                && html.contains("data-confirm="));
    }

    /** Everyone who reads the log learns the retention period; administrators also find the form that sets it. */
    @Test
    public void administratorsSetTheRetentionPeriodFromTheView() {
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        String html = render("display");
        assertTrue(html.contains("Closed cases are deleted 5 years after they were closed"));
        assertFalse(html.contains("data-path=\"/retention\""));
        user.key = "admin";
        user.administrator = true;
        erasures.setRetention(7);
        html = render("display");
        assertTrue(html, html.contains("deleted 7 years after") && html.contains("data-method=\"PUT\" data-path=\"/retention\"")
                && html.contains("value=\"7\""));
    }

    @Test
    public void inJapanese() {
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        user.locale = Locale.JAPANESE;
        accommodations.create(caseId, accommodation());
        String html = render("display");
        assertTrue(html.contains("監査ログ") && html.contains("作成"));
    }

    @Test
    public void administratorsToo() {
        user.key = "admin";
        user.administrator = true;
        assertTrue(render("display").contains("Audit log"));
    }

    @Test
    public void everyOtherRoleReadsWhyStrangersGetTheNeutralBox() {
        for (CaseRole role : CaseRole.values()) {
            if (role != CaseRole.OCCUPATIONAL_HEALTH) {
                actAs(role);
                String html = render("display");
                assertTrue(role.name(), html.contains("the audit log records who read or changed what"));
                assertFalse("no log, no export link", html.contains("<table") || html.contains("export.csv"));
            }
        }
        user.key = "stranger";
        assertTrue(render("display").contains("you do not have access"));
    }

    @Test
    public void staticOutputHasNoPagerOrLink() {
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        accommodations.create(caseId, accommodation());
        String pdf = render("pdf");
        assertTrue(pdf.contains("Name of OCCUPATIONAL_HEALTH"));
        assertFalse(pdf.contains("<button") || pdf.contains("export.csv") || pdf.contains("<form"));
    }
}
