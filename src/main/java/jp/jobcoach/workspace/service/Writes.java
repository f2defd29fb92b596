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

    /** @throws StaleVersionException carrying {@code current}, read after the failed transaction */
    public <T> T versioned(Supplier<T> work, Supplier<?> current) {
        try {
            return transactions.inTransaction(work);
        } catch (StaleWriteException stale) {
            throw new StaleVersionException(current.get());
        }
    }
}
