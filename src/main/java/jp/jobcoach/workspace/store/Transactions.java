package jp.jobcoach.workspace.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.function.Supplier;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Runs a unit of work in one database transaction, so that the service layer needs no host import. */
@Named
public class Transactions {
    private final ActiveObjects ao;

    @Inject
    public Transactions(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    public <T> T inTransaction(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }
}
