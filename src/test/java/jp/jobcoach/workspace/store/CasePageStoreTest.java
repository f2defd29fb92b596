package jp.jobcoach.workspace.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.Map;
import jp.jobcoach.workspace.domain.CasePageKind;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;

public class CasePageStoreTest extends StoreTestSupport {
    private CasePageStore store;

    @Before
    public void setUp() {
        store = new CasePageStore(ao);
    }

    @Test
    public void filesOnePagePerKindAndCaseAndAPageFiledAgainReplacesTheOld() {
        store.file(1, CasePageKind.PLAN, 11);
        store.file(1, CasePageKind.INTERVIEWS, 12);
        store.file(2, CasePageKind.PLAN, 21);
        store.file(1, CasePageKind.PLAN, 13);

        assertEquals(Map.of(CasePageKind.PLAN, 13L, CasePageKind.INTERVIEWS, 12L), store.pagesOf(1));
        assertEquals(Map.of(CasePageKind.PLAN, 21L), store.pagesOf(2));
        assertEquals(Map.of(), store.pagesOf(3));
    }

    @Test
    public void theDatabaseRefusesASecondRowForOneKindOfOneCase() {
        store.file(1, CasePageKind.SCHEDULE, 11);
        // what a second node's insert at the same instant amounts to: a row for the same slot
        assertThrows(RuntimeException.class, () -> ao.create(CasePageEntity.class, new DBParam("SLOT", "1:SCHEDULE"),
                new DBParam("CASE_ID", 1L), new DBParam("KIND", "SCHEDULE"), new DBParam("PAGE_ID", 99L)));
    }
}
