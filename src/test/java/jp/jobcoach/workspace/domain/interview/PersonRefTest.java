package jp.jobcoach.workspace.domain.interview;

import static jp.jobcoach.workspace.domain.DomainBundles.assertPartError;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import jp.jobcoach.workspace.domain.DomainBundles;
import java.util.List;
import jp.jobcoach.workspace.domain.Check;
import org.junit.Test;

public class PersonRefTest {

    @Test
    public void aUserOrANameIsEnough() {
        assertEquals(List.of(), PersonRef.user("u-1").validate());
        assertEquals(List.of(), PersonRef.named("山田 花子").validate());
        assertPartError(new PersonRef(" ", null).validate(), "displayName", Check.REQUIRED);
        assertPartError(PersonRef.named("𠮷".repeat(Check.NAME_MAX + 1)).validate(), "displayName", Check.TOO_LONG);
    }

    @Test
    public void onlyAccountsAreTakenToBeTheSamePerson() {
        assertTrue(PersonRef.user("u-1").sameAccountAs(new PersonRef("u-1", "別名")));
        assertFalse(PersonRef.named("佐藤").sameAccountAs(PersonRef.named("佐藤")));
        assertFalse(PersonRef.user("u-1").sameAccountAs(null));
    }
}
