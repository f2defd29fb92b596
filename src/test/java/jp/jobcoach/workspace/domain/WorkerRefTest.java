package jp.jobcoach.workspace.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class WorkerRefTest {

    @Test
    public void aWorkerWithoutAnAccountIsNamed() {
        WorkerRef named = WorkerRef.named("山田 太郎");
        assertFalse(named.hasAccount());
        assertFalse(named.isEmpty());
        assertTrue(WorkerRef.user("ff80808190").hasAccount());
        assertTrue(new WorkerRef(" ", null).isEmpty());
    }

    @Test
    public void namesAreBounded() {
        assertEquals(List.of(), WorkerRef.named("𠮷".repeat(Check.NAME_MAX)).validate());
        DomainBundles.assertHasError(
                new Check().nested("worker.", WorkerRef.named("a".repeat(256)), WorkerRef::validate).errors(),
                "worker.displayName", Check.TOO_LONG);
    }
}
