package jp.jobcoach.workspace.domain.calendar;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

/** A feed's SEQUENCE per item and the cancelled items it keeps for a while. */
public class FeedLedgerTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);
    private static final LocalDate FROM = TODAY.minusDays(180);
    private static final LocalDate TO = TODAY.plusDays(400);

    private static FeedLedger.Reconciled reconcile(FeedLedger ledger, LocalDate today, CalendarItem... items) {
        return ledger.reconcile(7, List.of(items), today, today.minusDays(180), today.plusDays(400));
    }

    private static FeedLedger.Sequenced only(FeedLedger.Reconciled reconciled) {
        assertEquals(1, reconciled.items().size());
        return reconciled.items().get(0);
    }

    @Test
    public void aNewItemStartsAtZeroAndKeepsItsSequenceWhileUnchanged() {
        CalendarItem visit = CalendarDomainTest.visit(1, TODAY, "ito");
        FeedLedger.Reconciled first = reconcile(FeedLedger.empty(), TODAY, visit);
        assertTrue(first.changed());
        assertEquals(0, only(first).sequence());
        FeedLedger.Reconciled again = reconcile(FeedLedger.parse(first.next().text()), TODAY, visit);
        assertFalse("nothing to write when nothing changed", again.changed());
        assertEquals(0, only(again).sequence());
    }

    @Test
    public void aChangeBumpsTheSequenceOnce() {
        FeedLedger ledger = reconcile(FeedLedger.empty(), TODAY, CalendarDomainTest.visit(1, TODAY, "ito")).next();
        FeedLedger.Reconciled moved = reconcile(ledger, TODAY, CalendarDomainTest.visit(1, TODAY.plusDays(2), "ito"));
        assertEquals(1, only(moved).sequence());
        assertEquals(1, only(reconcile(moved.next(), TODAY, CalendarDomainTest.visit(1, TODAY.plusDays(2), "ito"))).sequence());
        assertEquals(2, only(reconcile(moved.next(), TODAY, CalendarDomainTest.visit(1, TODAY.plusDays(2), "sato"))).sequence());
    }

    @Test
    public void aGoneItemStaysCancelledWithAHigherSequenceForSixtyDaysThenGoes() {
        FeedLedger ledger = reconcile(FeedLedger.empty(), TODAY, CalendarDomainTest.visit(1, TODAY, "ito")).next();
        FeedLedger.Reconciled gone = reconcile(ledger, TODAY);
        FeedLedger.Sequenced cancelled = only(gone);
        assertTrue(cancelled.cancelled());
        assertEquals(1, cancelled.sequence());
        assertEquals("jobcoach-visit-7-1@jp.jobcoach.workspace", cancelled.item().uid());
        assertEquals(TODAY, cancelled.item().date());
        assertTrue("no qualifiers kept: a cancelled event says only its kind", cancelled.item().qualifiers().isEmpty());

        FeedLedger kept = FeedLedger.parse(gone.next().text());
        FeedLedger.Reconciled later = reconcile(kept, TODAY.plusDays(60));
        assertEquals(1, only(later).sequence());
        assertFalse(later.changed());
        assertTrue(reconcile(kept, TODAY.plusDays(61)).items().isEmpty());
        assertTrue(reconcile(kept, TODAY.plusDays(61)).changed());
    }

    @Test
    public void anItemThatComesBackIsLiveAgainWithAHigherSequence() {
        CalendarItem visit = CalendarDomainTest.visit(1, TODAY, "ito");
        FeedLedger cancelled = reconcile(reconcile(FeedLedger.empty(), TODAY, visit).next(), TODAY).next();
        FeedLedger.Sequenced back = only(reconcile(cancelled, TODAY, visit));
        assertFalse(back.cancelled());
        assertEquals(2, back.sequence());
    }

    @Test
    public void anEntryWhoseDaysLeftTheWindowIsDroppedQuietlyNotCancelled() {
        FeedLedger ledger = reconcile(FeedLedger.empty(), TODAY, CalendarDomainTest.visit(1, FROM, "ito")).next();
        FeedLedger.Reconciled later = ledger.reconcile(7, List.of(), TODAY.plusDays(1), FROM.plusDays(1), TO.plusDays(1));
        assertTrue(later.items().isEmpty());
        assertEquals(0, later.next().size());
    }

    @Test
    public void theTextKeepsNoTextOfTheCaseAndSkipsLinesItCannotRead() {
        CalendarItem visit = CalendarDomainTest.visit(1, TODAY, "ito");
        String text = reconcile(FeedLedger.empty(), TODAY, visit).next().text();
        assertFalse(text.contains("ito"));
        assertEquals(1, FeedLedger.parse(text + "garbage\tline\n" + text.replace("VISIT", "GONE_KIND")).size());
        assertEquals(0, FeedLedger.parse(null).size());
    }
}
