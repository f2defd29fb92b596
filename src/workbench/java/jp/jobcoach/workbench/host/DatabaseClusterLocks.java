package jp.jobcoach.workbench.host;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import jp.jobcoach.workbench.db.Database;

/**
 * beehive's cluster lock: a local ReentrantLock settles the threads of this process, a WB_LOCK row (unique name)
 * settles the processes on one database. A process killed while holding a lock leaves its row behind; delete it by
 * hand (the real beehive expires such locks; the workbench does not need that to simulate two nodes).
 */
public final class DatabaseClusterLocks implements ClusterLockService {
    private static final long RETRY_MILLIS = 50;
    private final Database database;
    private final String nodeId;
    private final Map<String, ClusterLock> locks = new ConcurrentHashMap<>();

    public DatabaseClusterLocks(Database database, String nodeId) {
        this.database = database;
        this.nodeId = nodeId;
    }

    @Override
    public ClusterLock getLockForName(String lockName) {
        return locks.computeIfAbsent(lockName, RowLock::new);
    }

    private final class RowLock implements ClusterLock {
        private final String name;
        private final ReentrantLock local = new ReentrantLock();

        RowLock(String name) {
            this.name = name;
        }

        @Override
        public boolean tryLock() {
            if (local.isHeldByCurrentThread()) {
                local.lock();
                return true;
            }
            if (!local.tryLock()) {
                return false;
            }
            if (database.insertIfAbsent("INSERT INTO WB_LOCK (NAME, OWNER, ACQUIRED) VALUES (?, ?, ?)", name, nodeId, System.currentTimeMillis())) {
                return true;
            }
            local.unlock();
            return false;
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(time);
            while (!tryLock()) {
                if (System.nanoTime() >= deadline) {
                    return false;
                }
                Thread.sleep(RETRY_MILLIS);
            }
            return true;
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            while (!tryLock()) {
                Thread.sleep(RETRY_MILLIS);
            }
        }

        @Override
        public void lock() {
            boolean interrupted = false;
            while (!tryLock()) {
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void unlock() {
            if (local.isHeldByCurrentThread() && local.getHoldCount() == 1) {
                database.update("DELETE FROM WB_LOCK WHERE NAME = ? AND OWNER = ?", name, nodeId);
            }
            local.unlock();
        }

        @Override
        public boolean isHeldByCurrentThread() {
            return local.isHeldByCurrentThread();
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException("cluster locks have no conditions");
        }
    }
}
