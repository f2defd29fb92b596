package jp.jobcoach.workspace.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.EnumMap;
import java.util.Map;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.CasePageKind;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** The pages filed under each case, by kind. */
@Named
public class CasePageStore {
    private final ActiveObjects ao;

    @Inject
    public CasePageStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** Page ids by kind; a kind with no page filed is absent. One statement. */
    public Map<CasePageKind, Long> pagesOf(long caseId) {
        Map<CasePageKind, Long> pages = new EnumMap<>(CasePageKind.class);
        for (CasePageEntity row : ao.find(CasePageEntity.class, Query.select().where("CASE_ID = ?", caseId))) {
            pages.put(Columns.constant(CasePageKind.class, row.getKind()), row.getPageId());
        }
        return pages;
    }

    /**
     * Files {@code pageId} as the case's page of this kind, in place of any page filed before (a page that was
     * deleted and made again).
     *
     * @throws StaleWriteException when someone else filed a page of this kind at the same moment
     */
    public void file(long caseId, CasePageKind kind, long pageId) {
        String slot = caseId + ":" + kind.name();
        CasePageEntity[] filed = ao.find(CasePageEntity.class, Query.select().where("SLOT = ?", slot));
        if (filed.length > 0) {
            filed[0].setPageId(pageId);
            filed[0].save();
            return;
        }
        VersionClaims.claimFirst(ao, "case-page", slot);
        ao.create(CasePageEntity.class, new DBParam("SLOT", slot), new DBParam("CASE_ID", caseId),
                new DBParam("KIND", kind.name()), new DBParam("PAGE_ID", pageId));
    }
}
