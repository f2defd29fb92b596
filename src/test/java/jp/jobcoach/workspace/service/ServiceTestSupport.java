package jp.jobcoach.workspace.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.CenterCoachSlot;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.consent.Consent;
import jp.jobcoach.workspace.domain.consent.ConsentCategory;
import jp.jobcoach.workspace.port.CurrentUser;
import jp.jobcoach.workspace.port.Notifier;
import jp.jobcoach.workspace.port.PageAccess;
import jp.jobcoach.workspace.port.PageRestrictions;
import jp.jobcoach.workspace.port.People;
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.store.AccommodationStore;
import jp.jobcoach.workspace.store.AuditEventStore;
import jp.jobcoach.workspace.store.CasePageStore;
import jp.jobcoach.workspace.store.CaseStore;
import jp.jobcoach.workspace.store.ConsentStore;
import jp.jobcoach.workspace.store.InterviewStore;
import jp.jobcoach.workspace.store.PlanStore;
import jp.jobcoach.workspace.store.StoreFixtures;
import jp.jobcoach.workspace.store.StoreTestSupport;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.store.TeamStore;
import jp.jobcoach.workspace.store.TimelineStore;
import jp.jobcoach.workspace.store.CaseErasure;
import jp.jobcoach.workspace.store.SettingStore;
import jp.jobcoach.workspace.store.Transactions;
import jp.jobcoach.workspace.store.PlannedVisitStore;
import jp.jobcoach.workspace.store.VisitStore;
import org.junit.Before;

/**
 * Real services and stores on the test database, with the host ports replaced by plain test doubles: who is
 * logged in, which pages they may view, and what day it is. One case is set up with one member per role,
 * user key = the role's name.
 */
public abstract class ServiceTestSupport extends StoreTestSupport {
    protected static final Instant NOW = StoreFixtures.T0;
    protected static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    protected static final long ROOT_PAGE = 1000L;

    protected final TestUser user = new TestUser();
    protected final TestPages pages = new TestPages();
    protected final TestRestrictions restrictions = new TestRestrictions();
    protected final FixedTime time = new FixedTime();
    protected CaseStore caseStore;
    protected TeamStore teamStore;
    protected PlanStore planStore;
    protected AuditEventStore auditStore;
    protected ConsentStore consentStore;
    /** The audit log the services write to, in the test's transaction. */
    protected AuditLog auditLog;
    protected CaseGuard guard;
    protected CaseService cases;
    protected TeamService teams;
    protected PlanService plans;
    protected AccommodationService accommodations;
    protected VisitService visits;
    protected AuditService audits;
    protected InterviewService interviews;
    protected TimelineService timeline;
    protected CasePageService casePages;
    protected CasePanelService panels;
    protected ConsentService consents;
    protected CasePageRestrictions pageRestrictions;
    protected ErasureService erasures;
    protected TaskAnalysisService tasks;
    protected WorkloadService workload;
    protected long caseId;

    @Before
    public final void wireServices() {
        caseStore = new CaseStore(ao);
        teamStore = new TeamStore(ao);
        planStore = new PlanStore(ao);
        auditStore = new AuditEventStore(ao);
        Transactions transactions = new JoinTestTransaction();
        auditLog = new AuditLog(auditStore, time, transactions);
        AuditLog audit = auditLog;
        Writes writes = new Writes(transactions);
        consentStore = new ConsentStore(ao);
        guard = new CaseGuard(caseStore, teamStore, pages, user, audit, consentStore, time);
        CasePageStore casePageStore = new CasePageStore(ao);
        pageRestrictions = new CasePageRestrictions(guard, caseStore, teamStore, casePageStore, restrictions, consentStore, audit);
        cases = new CaseService(guard, caseStore, teamStore, planStore, pages, user, audit, writes, time, pageRestrictions);
        teams = new TeamService(guard, teamStore, audit, writes, people, pageRestrictions);
        plans = new PlanService(guard, planStore, audit, writes, time);
        accommodations = new AccommodationService(guard, new AccommodationStore(ao), audit, writes, time);
        visits = new VisitService(guard, new VisitStore(ao), new PlannedVisitStore(ao), planStore, audit, writes);
        audits = new AuditService(guard, auditStore, audit);
        interviews = new InterviewService(guard, new InterviewStore(ao), audit, writes, time);
        timeline = new TimelineService(guard, new TimelineStore(ao), pages, cases, teamStore, casePageStore, audit, writes);
        casePages = new CasePageService(guard, casePageStore, pages, people, audit, writes, pageRestrictions);
        consents = new ConsentService(guard, consentStore, audit, writes, time, pageRestrictions);
        erasures = new ErasureService(guard, user, new CaseErasure(ao, auditStore), auditStore, new SettingStore(ao),
                writes, time);
        tasks = new TaskAnalysisService(guard, new jp.jobcoach.workspace.store.TaskAnalysisStore(ao), audit, writes, time);
        workload = new WorkloadService(guard, new jp.jobcoach.workspace.store.WorkloadStore(ao), new AccommodationStore(ao),
                new jp.jobcoach.workspace.store.TaskAnalysisStore(ao), audit, writes, time);
        panels = new CasePanelService(cases, visits, accommodations, interviews, casePages, notifier, time, consents,
                pageRestrictions, timeline, tasks, workload);
        caseId = caseWithEveryRole().id();
    }

    /**
     * A case with one member per role, where the worker consented on paper to everything the matrix allows (as at
     * an ordinary intake), so that the tests of other rules see what the matrix lets each role see.
     */
    protected Stored<SupportCase> caseWithEveryRole() {
        Stored<SupportCase> stored = caseWithoutConsents();
        for (ConsentCategory category : ConsentCategory.values()) {
            category.roles().forEach(role -> consentStore.create(stored.id(),
                    Consent.onPaper(category, role, TODAY, NOW, keyOf(CaseRole.COUNSELOR), null), 0));
        }
        return stored;
    }

    /** A case with one member per role and an empty consent ledger. */
    protected Stored<SupportCase> caseWithoutConsents() {
        Stored<SupportCase> stored = caseStore.create(StoreFixtures.supportCase(), StoreFixtures.YEAR);
        for (CaseRole role : CaseRole.values()) {
            teamStore.add(stored.id(), role == CaseRole.CENTER_COACH
                    ? TeamMember.centerCoach(keyOf(role), CenterCoachSlot.PRIMARY) : TeamMember.of(keyOf(role), role));
        }
        return stored;
    }

    protected static String keyOf(CaseRole role) {
        return role.name();
    }

    /**
     * Everyone's name is "Name of" their key; user names are registered in {@link TestPeople#usernames}; every key
     * belongs to somebody except those in {@link TestPeople#nobodys}. The people search finds nobody: it has its
     * own test ({@code PeopleServiceTest}).
     */
    protected final TestPeople people = new TestPeople();

    protected static final class TestPeople implements People {
        public final Map<String, String> usernames = new HashMap<>();
        public final Set<String> nobodys = new HashSet<>();

        @Override
        public boolean exists(String userKey) {
            return userKey != null && !nobodys.contains(userKey);
        }

        @Override
        public String displayName(String userKey) {
            return "Name of " + userKey;
        }

        @Override
        public Optional<String> keyOf(String username) {
            return Optional.ofNullable(usernames.get(username));
        }

        @Override
        public List<Person> withFullNameContaining(String term, int limit) {
            return List.of();
        }

        @Override
        public List<Person> withUserNameContaining(String term, int limit) {
            return List.of();
        }
    }

    protected final TestNotifier notifier = new TestNotifier();

    /** Records each call's notifications; delivers unless told there is no mail server. */
    protected static final class TestNotifier implements Notifier {
        public final List<List<Delivery>> calls = new java.util.ArrayList<>();
        public boolean delivers = true;

        @Override
        public void send(List<Delivery> deliveries) {
            calls.add(List.copyOf(deliveries));
        }

        @Override
        public boolean delivers() {
            return delivers;
        }
    }

    protected void actAs(CaseRole role) {
        user.key = keyOf(role);
    }

    /** The logged-in user; anonymous when the key is null. Public for the tests of services without a database. */
    public static final class TestUser implements CurrentUser {
        public String key;
        public boolean administrator;
        public Locale locale = Locale.ENGLISH;
        public ZoneId zone = ZoneOffset.UTC;

        @Override
        public Optional<String> userKey() {
            return Optional.ofNullable(key);
        }

        @Override
        public Locale locale() {
            return locale;
        }

        @Override
        public ZoneId zone() {
            return zone;
        }

        @Override
        public boolean isAdministrator() {
            return administrator;
        }
    }

    /** Every page exists in space CASES and may be viewed by everyone, except those listed as hidden or gone. */
    protected static final class TestPages implements PageAccess {
        public static final String SPACE = "CASES";
        public final Set<Long> hidden = new HashSet<>();
        public final Set<Long> gone = new HashSet<>();

        @Override
        public boolean canView(String userKey, long pageId) {
            return !hidden.contains(pageId) && !gone.contains(pageId);
        }

        /** Counts its calls, so that a test sees one check for many pages. */
        public int batchChecks;

        @Override
        public Set<Long> viewablePageIds(String userKey, Collection<Long> pageIds) {
            batchChecks++;
            return pageIds.stream().filter(pageId -> canView(userKey, pageId)).collect(Collectors.toSet());
        }

        @Override
        public Optional<PageLink> page(long pageId) {
            return gone.contains(pageId) ? Optional.empty()
                    : Optional.of(new PageLink(pageId, "Page " + pageId, "/pages/viewpage.action?pageId=" + pageId, SPACE));
        }

        /** Pages 1000..1999 hang below their thousand: 1234 → 1000. */
        @Override
        public List<Long> selfAndAncestorIds(long pageId) {
            if (gone.contains(pageId)) {
                return List.of();
            }
            return pageId % 1000 == 0 ? List.of(pageId) : List.of(pageId, pageId / 1000 * 1000);
        }
    }

    /**
     * The host's page restrictions as a map of what was last set on each page; {@link #refusing} makes every
     * {@code restrict} refuse, as Confluence does for someone without the right to restrict the pages.
     */
    protected static final class TestRestrictions implements PageRestrictions {
        public final Map<Long, Restriction> set = new HashMap<>();
        public boolean refusing;
        public int calls;

        @Override
        public void restrict(String actorKey, List<Restriction> wanted) {
            calls++;
            if (refusing) {
                throw new Refused("refused for the test", null);
            }
            // as Confluence: only a page's editors (when it has any) may restrict it, and then nothing is changed
            for (Restriction restriction : wanted) {
                Set<String> editors = restrictionOf(restriction.pageId()).editors();
                if (!editors.isEmpty() && !editors.contains(actorKey)) {
                    throw new Refused(actorKey + " does not edit page " + restriction.pageId(), null);
                }
            }
            wanted.forEach(restriction -> set.put(restriction.pageId(), restriction));
        }

        @Override
        public Restriction restrictionOf(long pageId) {
            return set.getOrDefault(pageId, new Restriction(pageId, Set.of(), Set.of()));
        }
    }

    /**
     * The AO runner wraps every test in a transaction that it rolls back afterwards; a nested AO transaction
     * would commit and close that connection, so service writes join the test's transaction instead.
     */
    private final class JoinTestTransaction extends Transactions {
        JoinTestTransaction() {
            super(ao);
        }

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    }

    /** Today stays {@link #TODAY}; the instant moves when a test sets {@link #now}, e.g. past an undo window. */
    protected static final class FixedTime implements TimeSource {
        public Instant now = NOW;
        /** The day the guard judges on (consents, planned visits); a test may move it. */
        public LocalDate today = TODAY;

        @Override
        public Instant now() {
            return now;
        }

        @Override
        public LocalDate today() {
            return today;
        }

        @Override
        public ZoneId zone() {
            return ZoneOffset.UTC;
        }
    }
}
