package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.domain.Access.VIEW;
import static jp.jobcoach.workspace.domain.DataCategory.AUDIT;

import java.util.List;
import java.util.function.Consumer;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.AuditEntry;
import jp.jobcoach.workspace.domain.AuditPage;
import jp.jobcoach.workspace.domain.AuditQuery;
import jp.jobcoach.workspace.domain.ChainCheck;
import jp.jobcoach.workspace.store.AuditEventStore;

/** Reading a case's audit log: occupational health staff on the case and administrators. */
@Named
public class AuditService {
    /** One page of the log at most, whatever the client asks. */
    public static final int MAX_PAGE = AuditQuery.MAX_SIZE;
    /** Read in chunks so that no single query is unbounded. */
    private static final int EXPORT_CHUNK = 500;

    private final CaseGuard guard;
    private final AuditEventStore events;
    private final AuditLog audit;

    @Inject
    public AuditService(CaseGuard guard, AuditEventStore events, AuditLog audit) {
        this.guard = guard;
        this.events = events;
        this.audit = audit;
    }

    /** What the audit view shows first: a page and the team to filter by. */
    public record Overview(AuditPage page, List<String> memberKeys) {
    }

    /** The audit view's first page with the team, behind one guard. */
    public Overview overview(long caseId, AuditQuery query) {
        GuardedCase on = guard.require(caseId, AUDIT, VIEW);
        return new Overview(events.page(caseId, query),
                on.team().members().stream().map(member -> member.userKey()).distinct().toList());
    }

    /** One page of the case's log, newest first, kept to the query's criteria. */
    public AuditPage page(long caseId, AuditQuery query) {
        guard.require(caseId, AUDIT, VIEW);
        return events.page(caseId, query);
    }

    /**
     * Whether the case's audit chain is intact, for those who may read the log (domain/AuditChain). It reads the whole
     * chain, so the view runs it when asked, not on every render.
     */
    public ChainCheck checkChain(long caseId) {
        guard.require(caseId, AUDIT, VIEW);
        return events.checkChain(caseId, EXPORT_CHUNK);
    }

    /**
     * Lets the actor export the case's whole log and audits the export: called before anything is sent, so a refusal
     * is still a 404 or 403.
     */
    public GuardedCase startExport(long caseId) {
        GuardedCase on = guard.require(caseId, AUDIT, VIEW);
        audit.record(on, AuditAction.EXPORT, AUDIT, "audit-log", caseId, List.of());
        return on;
    }

    /** The whole log of a case {@link #startExport} let the actor export, newest first, entry by entry. */
    public void export(GuardedCase on, Consumer<AuditEntry> each) {
        guard.require(on, AUDIT, VIEW);
        events.eachForCase(on.caseId(), EXPORT_CHUNK, each);
    }
}
