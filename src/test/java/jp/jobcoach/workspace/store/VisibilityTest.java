package jp.jobcoach.workspace.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;
import jp.jobcoach.workspace.domain.CaseRole;
import org.junit.Test;

public class VisibilityTest {

    @Test
    public void anyoneNobodyAndOnlySomeAreToldApart() {
        assertTrue(Visibility.anyone().isAnyone());
        assertFalse(Visibility.anyone().isNobody());
        assertTrue(Visibility.nobody().isNobody());
        assertFalse(Visibility.nobody().isAnyone());
        assertEquals("an empty list allows nobody, never anyone", Visibility.nobody(), Visibility.only(List.of()));
        Visibility<String> some = Visibility.only(List.of("a", "b", "a"));
        assertFalse(some.isAnyone() || some.isNobody());
        assertEquals(Set.of("a", "b"), some.values());
    }

    @Test
    public void anyoneIsNoListOfValues() {
        assertThrows(IllegalStateException.class, () -> Visibility.anyone().values());
        assertEquals(Set.of(), Visibility.nobody().values());
    }

    @Test
    public void mappingKeepsTheChoice() {
        assertEquals(Visibility.only(Set.of("HR")), Visibility.only(Set.of(CaseRole.HR)).map(Enum::name));
        assertTrue(Visibility.<CaseRole>anyone().map(Enum::name).isAnyone());
        assertTrue(Visibility.<CaseRole>nobody().map(Enum::name).isNobody());
    }
}
