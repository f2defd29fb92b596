package jp.jobcoach.workspace.domain.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a case's feeds last said about each of its items, so that a feed can tell a subscriber's calendar what
 * changed: an item's SEQUENCE starts at 0 and goes up by one each time what the feed shows of it changes
 * ({@link CalendarItem#fingerprint()}), and an item that is gone (a visit deleted, a review date removed) stays in
 * the feed as cancelled, with a higher SEQUENCE, for {@link #KEEP_CANCELLED} before it is dropped. One ledger per
 * case, shared by every feed that shows the case, kept as text by the store.
 *
 * <p>Items are reconciled within the feed's window only: an entry whose days have left the window is dropped
 * quietly, as the feed no longer covers them; one whose item is gone while its days are still in the window is
 * cancelled.
 */
public final class FeedLedger {
    /** How long a cancelled item stays in the feed, so that calendars that poll rarely still see it cancelled. */
    public static final java.time.Period KEEP_CANCELLED = java.time.Period.ofDays(60);

    /** One item as the ledger remembers it: enough to write it again as cancelled once it is gone. */
    public record Entry(String uid, int sequence, String fingerprint, CalendarKind kind, LocalDate date,
                        LocalDate endDate, LocalTime startTime, int minutes, String recordType, long recordId,
                        LocalDate cancelledOn) {

        boolean isCancelled() {
            return cancelledOn != null;
        }

        /** The item it stood for, with no qualifiers: what a cancelled event shows. */
        public CalendarItem item(long caseId) {
            return new CalendarItem(uid, caseId, kind, date, endDate, startTime, Duration.ofMinutes(minutes), List.of(),
                    List.of(), null, new CalendarItem.RecordRef(recordType, recordId));
        }
    }

    /** An item with the SEQUENCE a feed gives it. */
    public record Sequenced(CalendarItem item, int sequence, boolean cancelled) {
    }

    /**
     * The result of a reconciliation: what the feed shows (live items, then cancelled ones) and the ledger to keep
     * ({@link #changed} says whether it must be written).
     */
    public record Reconciled(List<Sequenced> items, FeedLedger next, boolean changed) {
    }

    private final Map<String, Entry> entries;

    private FeedLedger(Map<String, Entry> entries) {
        this.entries = entries;
    }

    public static FeedLedger empty() {
        return new FeedLedger(new LinkedHashMap<>());
    }

    public Optional<Entry> entry(String uid) {
        return Optional.ofNullable(entries.get(uid));
    }

    public int size() {
        return entries.size();
    }

    /**
     * The case's {@code current} items (all of them within the window, whoever will see them: a viewer's filter comes
     * after) against this ledger on {@code today}, for a feed covering {@code from}..{@code to}.
     */
    public Reconciled reconcile(long caseId, List<CalendarItem> current, LocalDate today, LocalDate from, LocalDate to) {
        Map<String, Entry> next = new LinkedHashMap<>();
        List<Sequenced> shown = new ArrayList<>();
        boolean changed = false;
        Map<String, CalendarItem> byUid = new HashMap<>();
        for (CalendarItem item : current) {
            byUid.put(item.uid(), item);
        }
        for (CalendarItem item : byUid.values().stream().sorted(CalendarAgenda.ORDER).toList()) {
            Entry before = entries.get(item.uid());
            String fingerprint = hash(item.fingerprint());
            int sequence = before == null ? 0
                    : before.fingerprint().equals(fingerprint) && !before.isCancelled() ? before.sequence() : before.sequence() + 1;
            Entry now = entryOf(item, sequence, fingerprint, null);
            changed |= !now.equals(before);
            next.put(item.uid(), now);
            shown.add(new Sequenced(item, sequence, false));
        }
        for (Entry before : entries.values()) {
            if (byUid.containsKey(before.uid())) {
                continue;
            }
            boolean inWindow = !before.date().isAfter(to) && !before.endDate().isBefore(from);
            if (!inWindow || before.isCancelled() && before.cancelledOn().plus(KEEP_CANCELLED).isBefore(today)) {
                changed = true;
                continue;
            }
            Entry cancelled = before.isCancelled() ? before : new Entry(before.uid(), before.sequence() + 1,
                    before.fingerprint(), before.kind(), before.date(), before.endDate(), before.startTime(),
                    before.minutes(), before.recordType(), before.recordId(), today);
            changed |= cancelled != before;
            next.put(cancelled.uid(), cancelled);
            shown.add(new Sequenced(cancelled.item(caseId), cancelled.sequence(), true));
        }
        return new Reconciled(shown, new FeedLedger(next), changed);
    }

    private static Entry entryOf(CalendarItem item, int sequence, String fingerprint, LocalDate cancelledOn) {
        return new Entry(item.uid(), sequence, fingerprint, item.kind(), item.date(), item.endDate(), item.startTime(),
                (int) item.duration().toMinutes(), item.record().type(), item.record().id(), cancelledOn);
    }

    /** The first 16 hex digits of the SHA-256 of {@code text}: enough to tell a change, and no text kept. */
    static String hash(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The ledger as text: one tab-separated line per entry (fingerprints hashed, so no text of the case is kept). */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Entry entry : entries.values()) {
            text.append(String.join("\t", entry.uid(), Integer.toString(entry.sequence()), entry.fingerprint(),
                    entry.kind().name(), entry.date().toString(), entry.endDate().toString(),
                    entry.startTime() == null ? "" : entry.startTime().toString(), Integer.toString(entry.minutes()),
                    entry.recordType(), Long.toString(entry.recordId()),
                    entry.cancelledOn() == null ? "" : entry.cancelledOn().toString())).append('\n');
        }
        return text.toString();
    }

    /** A ledger written by {@link #text()}; lines it cannot read (a kind since removed) are left out. */
    public static FeedLedger parse(String text) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        if (text == null) {
            return new FeedLedger(entries);
        }
        for (String line : text.split("\n")) {
            String[] f = line.split("\t", -1);
            if (f.length != 11) {
                continue;
            }
            try {
                entries.put(f[0], new Entry(f[0], Integer.parseInt(f[1]), f[2], CalendarKind.valueOf(f[3]),
                        LocalDate.parse(f[4]), LocalDate.parse(f[5]), f[6].isEmpty() ? null : LocalTime.parse(f[6]),
                        Integer.parseInt(f[7]), f[8], Long.parseLong(f[9]), f[10].isEmpty() ? null : LocalDate.parse(f[10])));
            } catch (RuntimeException unreadable) {
                // a line of a kind or format this version does not know: the item is treated as new
            }
        }
        return new FeedLedger(entries);
    }
}
