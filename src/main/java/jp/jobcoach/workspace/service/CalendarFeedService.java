package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.domain.Access.VIEW;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.domain.calendar.CalendarFeed;
import jp.jobcoach.workspace.domain.calendar.CalendarItem;
import jp.jobcoach.workspace.domain.calendar.FeedLedger;
import jp.jobcoach.workspace.domain.calendar.FeedNames;
import jp.jobcoach.workspace.port.CurrentUser;
import jp.jobcoach.workspace.port.People;
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.store.CalendarFeedStore;

/**
 * Calendar subscriptions (ICS feeds): one per case or one per person over all their cases, reached by a secret token
 * in the URL instead of a session, since calendar programs send no cookie. The token is shown once, when made or
 * made anew; only its SHA-256 is stored. Every fetch checks its owner's access as it is now, through the guard: a
 * person removed from a case stops seeing its items at the next fetch, an unknown or revoked token finds nothing.
 * Creation, a new token and revocation are audited on each case the feed covers, and fetches once a day per case
 * and feed (a calendar program polls every few minutes to hours).
 */
@Named
public class CalendarFeedService {
    /** The days a feed covers: half a year back, a year and a bit ahead. */
    public static final int PAST_DAYS = 180;
    public static final int FUTURE_DAYS = 400;
    /** The most cases a person's feed covers (one statement per kind of record up to this many). */
    public static final int MAX_CASES = 1000;
    static final String RECORD = "calendar-feed";
    /** 32 random bytes, base64url without padding. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CaseGuard guard;
    private final CalendarService calendar;
    private final CalendarFeedStore store;
    private final AuditLog audit;
    private final Writes writes;
    private final TimeSource time;
    private final CurrentUser user;
    private final People people;

    @Inject
    public CalendarFeedService(CaseGuard guard, CalendarService calendar, CalendarFeedStore store, AuditLog audit,
                               Writes writes, TimeSource time, CurrentUser user, People people) {
        this.guard = guard;
        this.calendar = calendar;
        this.store = store;
        this.audit = audit;
        this.writes = writes;
        this.time = time;
        this.user = user;
        this.people = people;
    }

    /** A feed just made or given a new token: the only time its token is shown. */
    public record Issued(Stored<CalendarFeed> feed, String token) {
    }

    /** What one case contributes to a fetched feed: its neutral name, the worker as the feed names them, its items. */
    public record CaseFeed(long caseId, String caseLabel, String workerName, List<FeedLedger.Sequenced> items) {
        public CaseFeed {
            items = List.copyOf(items);
        }
    }

    /** A fetched feed: the feed and, per case its owner may see now, the items they may see. */
    public record Fetched(Stored<CalendarFeed> feed, List<CaseFeed> cases) {
        public Fetched {
            cases = List.copyOf(cases);
        }
    }

    /**
     * A new feed of the signed-in user: of {@code caseId}, which they must be on, or of all their cases when absent.
     *
     * @throws ValidationException for a label longer than {@link CalendarFeed#LABEL_MAX}
     * @throws NotFoundException   for a case they are not on
     */
    public Issued create(Long caseId, FeedNames names, String label) {
        String owner = guard.actorKey();
        CalendarFeed feed = new CalendarFeed(owner, caseId, names, label, user.locale(), time.now());
        ValidationException.throwIfAny(feed.validate());
        List<GuardedCase> covered = caseId == null ? covered(feed)
                : List.of(guard.require(owner, caseId, DataCategory.SCHEDULE, VIEW));
        String token = newToken();
        return writes.run(() -> {
            Stored<CalendarFeed> stored = store.create(feed, hash(token));
            covered.forEach(on -> audit.record(on, AuditAction.CREATE, DataCategory.SCHEDULE, RECORD, stored.id(),
                    List.of("token", "names", "label")));
            return new Issued(stored, token);
        });
    }

    /** The signed-in user's live feeds, without their tokens. */
    public List<Stored<CalendarFeed>> mine() {
        return store.ofOwner(guard.actorKey());
    }

    /**
     * A new token for one of the user's feeds; the old one stops working at once.
     *
     * @throws NotFoundException      for someone else's, a revoked or no feed
     * @throws StaleVersionException  when the feed changed since {@code version}
     */
    public Issued regenerate(long feedId, int version) {
        Stored<CalendarFeed> feed = own(feedId);
        List<GuardedCase> covered = covered(feed.value());
        String token = newToken();
        return writes.versioned(() -> {
            Stored<CalendarFeed> stored = store.replaceToken(feedId, version, hash(token));
            covered.forEach(on -> audit.record(on, AuditAction.UPDATE, DataCategory.SCHEDULE, RECORD, feedId, List.of("token")));
            return new Issued(stored, token);
        }, () -> own(feedId));
    }

    /** @throws NotFoundException for someone else's, a revoked or no feed; StaleVersionException as for regenerate */
    public void revoke(long feedId, int version) {
        Stored<CalendarFeed> feed = own(feedId);
        List<GuardedCase> covered = covered(feed.value());
        writes.versioned(() -> {
            store.revoke(feedId, version, time.now());
            covered.forEach(on -> audit.record(on, AuditAction.DELETE, DataCategory.SCHEDULE, RECORD, feedId, List.of("token")));
            return null;
        }, () -> own(feedId));
    }

    /**
     * The feed of {@code token} as its owner may see it now; empty for a malformed, unknown or revoked token. A
     * fixed number of statements whatever the history and however many cases (up to {@link #MAX_CASES}): the feed,
     * the guard's reads for all the owner's cases, one per kind of record, the ledgers; then one write per case whose
     * ledger changed, the fetch noted, and the day's first fetch audited per case.
     */
    public Optional<Fetched> fetch(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Optional<Stored<CalendarFeed>> found = store.byTokenHash(hash(token));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Stored<CalendarFeed> feed = found.get();
        List<GuardedCase> cases = covered(feed.value());
        LocalDate today = time.today();
        LocalDate from = today.minusDays(PAST_DAYS);
        LocalDate to = today.plusDays(FUTURE_DAYS);
        Map<Long, List<CalendarItem>> byCase = new LinkedHashMap<>();
        cases.forEach(on -> byCase.put(on.caseId(), new ArrayList<>()));
        calendar.items(cases, from, to, true).forEach(item -> byCase.get(item.caseId()).add(item));
        Map<Long, FeedLedger> ledgers = cases.isEmpty() ? Map.of() : store.ledgers(byCase.keySet());
        List<CaseFeed> shown = new ArrayList<>();
        for (GuardedCase on : cases) {
            FeedLedger before = ledgers.get(on.caseId());
            FeedLedger.Reconciled reconciled = (before == null ? FeedLedger.empty() : before)
                    .reconcile(on.caseId(), byCase.get(on.caseId()), today, from, to);
            if (reconciled.changed()) {
                saveLedger(on.caseId(), reconciled.next(), before != null);
            }
            SupportCase value = on.stored().value();
            shown.add(new CaseFeed(on.caseId(), value.number() == null ? "" : value.number().text(),
                    feed.value().names().name(value.worker().name(people::displayName)),
                    reconciled.items().stream().filter(item -> on.sees(item.item().category())).toList()));
        }
        if (store.fetched(feed.id(), time.now(), today)) {
            cases.forEach(on -> audit.record(on, AuditAction.EXPORT, DataCategory.SCHEDULE, RECORD, feed.id(), List.of()));
        }
        return Optional.of(new Fetched(feed, shown));
    }

    /** Of two first fetches at once, one INSERT loses to the unique case id: the other's ledger stands. */
    private void saveLedger(long caseId, FeedLedger ledger, boolean exists) {
        try {
            store.saveLedger(caseId, ledger, exists, time.now());
        } catch (RuntimeException concurrentFirstWrite) {
            // the other fetch's ledger was computed from the same state: nothing is lost
        }
    }

    /** The cases a feed shows, as its owner may see them now: none of a case they have left. */
    private List<GuardedCase> covered(CalendarFeed feed) {
        if (feed.isPersonal()) {
            return guard.memberCases(feed.ownerKey(), MAX_CASES, DataCategory.SCHEDULE, VIEW);
        }
        try {
            return List.of(guard.require(feed.ownerKey(), feed.caseId(), DataCategory.SCHEDULE, VIEW));
        } catch (NotFoundException | AccessDeniedException gone) {
            return List.of();
        }
    }

    private Stored<CalendarFeed> own(long feedId) {
        return store.find(feedId, guard.actorKey()).orElseThrow(() -> new NotFoundException("calendar feed " + feedId));
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 of the token, hex: what is stored and looked up. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
