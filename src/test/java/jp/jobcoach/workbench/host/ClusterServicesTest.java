package jp.jobcoach.workbench.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.Schedule;
import java.util.Date;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import jp.jobcoach.workbench.db.Database;
import jp.jobcoach.workbench.db.WorkbenchSchema;
import jp.jobcoach.workbench.host.jobs.DatabaseScheduler;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Two "nodes" (separate service instances, no shared memory) on one database. */
public class ClusterServicesTest {
    private final Database database = new Database("jdbc:h2:mem:cluster-test;DB_CLOSE_DELAY=-1", "sa", "");

    @Before
    public void schema() {
        WorkbenchSchema.createIfMissing(database);
    }

    @After
    public void drop() {
        database.close();
    }

    @Test
    public void aRunOncePerClusterJobRunsOnOneNodeOnly() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        JobRunnerKey key = JobRunnerKey.of("digest");
        DatabaseScheduler nodeA = new DatabaseScheduler(database, System::currentTimeMillis);
        DatabaseScheduler nodeB = new DatabaseScheduler(database, System::currentTimeMillis);
        for (DatabaseScheduler node : new DatabaseScheduler[] {nodeA, nodeB}) {
            node.registerJobRunner(key, request -> {
                runs.incrementAndGet();
                return JobRunnerResponse.success();
            });
        }
        JobConfig config = JobConfig.forJobRunnerKey(key).withSchedule(Schedule.runOnce(new Date(System.currentTimeMillis() - 1000)));
        nodeA.scheduleJob(JobId.of("digest-once"), config);
        nodeB.scheduleJob(JobId.of("digest-once"), config);
        for (int i = 0; i < 5; i++) {
            CompletableFuture.allOf(CompletableFuture.runAsync(nodeA::runDueJobs), CompletableFuture.runAsync(nodeB::runDueJobs)).get();
        }
        assertEquals(1, runs.get());
    }

    @Test
    public void anIntervalJobAdvancesOnceForBothNodes() throws Exception {
        long[] now = {1_000_000L};
        AtomicInteger runs = new AtomicInteger();
        JobRunnerKey key = JobRunnerKey.of("tick");
        DatabaseScheduler nodeA = new DatabaseScheduler(database, () -> now[0]);
        DatabaseScheduler nodeB = new DatabaseScheduler(database, () -> now[0]);
        nodeA.registerJobRunner(key, request -> JobRunnerResponse.success(String.valueOf(runs.incrementAndGet())));
        nodeB.registerJobRunner(key, request -> JobRunnerResponse.success(String.valueOf(runs.incrementAndGet())));
        nodeA.scheduleJob(JobId.of("tick"), JobConfig.forJobRunnerKey(key).withSchedule(Schedule.forInterval(60_000, new Date(now[0]))));
        nodeA.runDueJobs();
        nodeB.runDueJobs();
        now[0] += 60_000;
        nodeB.runDueJobs();
        nodeA.runDueJobs();
        assertEquals(2, runs.get());
    }

    @Test
    public void aClusterLockExcludesTheOtherNodeAndIsReentrant() throws Exception {
        ClusterLock lockA = new DatabaseClusterLocks(database, "node-a").getLockForName("digest");
        ClusterLock lockB = new DatabaseClusterLocks(database, "node-b").getLockForName("digest");
        assertTrue(lockA.tryLock());
        assertTrue(lockA.tryLock());
        assertFalse(CompletableFuture.supplyAsync(lockB::tryLock).get());
        lockA.unlock();
        assertFalse("still held once", CompletableFuture.supplyAsync(lockB::tryLock).get());
        lockA.unlock();
        assertTrue(lockB.tryLock());
        lockB.unlock();
    }
}
