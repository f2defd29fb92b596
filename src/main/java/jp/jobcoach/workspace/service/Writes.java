package jp.jobcoach.workspace.service;

import java.util.function.Supplier;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.store.StaleWriteException;
import jp.jobcoach.workspace.store.Transactions;

/** Runs a write in one transaction and turns a lost race into a conflict that shows the winner's state. */
@Named
public class Writes {
    private final Transactions transactions;

    @Inject
    public Writes(Transactions transactions) {
        this.transactions = transactions;
    }

    public <T> T run(Supplier<T> work) {
        return transactions.inTransaction(work);
    }

    /**
     * Runs a write that takes the next free number of something (a case's number): when a concurrent write took
     * the same one first, the work runs again in a new transaction and takes the next.
     */
    public <T> T numbering(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.inTransaction(work);
            } catch (StaleWriteException taken) {
                if (attempt == NUMBERING_ATTEMPTS) {
                    throw taken;
                }
            }
        }
    }

    /** Enough for the cases a center opens in the same second. */
    private static final int NUMBERING_ATTEMPTS = 5;

    /** @throws StaleVersionException carrying {@code current}, read after the failed transaction */
    public <T> T versioned(Supplier<T> work, Supplier<?> current) {
        try {
            return transactions.inTransaction(work);
        } catch (StaleWriteException stale) {
            throw new StaleVersionException(current.get());
        }
    }
}
