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
        macro = new AuditMacro(support, audits);
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
        assertTrue("changed field names, not values", html.contains("title"));
        assertFalse(html.contains("6h→7h"));
        assertTrue(html.contains("href=\"/confluence/rest/jobcoach/1.0/cases/" + caseId + "/audit/export.csv\""));
        assertTrue("the pager starts at the newest page", html.contains("data-jobcoach-audit data-case=\"" + caseId + "\" data-offset=\"0\""));
        assertTrue("labels for the script are escaped JSON", html.contains("data-labels=\"{&quot;action.CREATE&quot;:&quot;Created&quot;"));
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
        assertFalse(pdf.contains("<button") || pdf.contains("export.csv"));
    }
}
