package jp.jobcoach.workspace.web;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import biweekly.util.UtcOffset;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import jp.jobcoach.workspace.domain.calendar.CalendarItem;
import jp.jobcoach.workspace.domain.calendar.FeedLedger;
import jp.jobcoach.workspace.port.Messages;
import jp.jobcoach.workspace.service.CalendarFeedService;

/**
 * A fetched feed as iCalendar (RFC 5545) text, written by biweekly (docs/decisions.md, "iCalendar library:
 * biweekly"). Each item is a VEVENT with its stable UID, the SEQUENCE its case's ledger gives it and STATUS
 * CONFIRMED or CANCELLED; all-day items are DATE values (the end the day after the last, as RFC 5545 counts),
 * timed items are DATE-TIMEs in Asia/Tokyo with that zone's VTIMEZONE (Japan keeps no daylight saving time: one
 * standard observance, +09:00). Events are transparent (they mark no one busy) and carry only their neutral title,
 * the case's number and the worker as the feed names them: no description, no free text, no health detail.
 */
public final class IcsFeed {
    public static final String CONTENT_TYPE = "text/calendar; charset=utf-8";
    static final String ZONE_ID = "Asia/Tokyo";
    private static final ZoneId TOKYO = ZoneId.of(ZONE_ID);

    private IcsFeed() {
    }

    public static String write(CalendarFeedService.Fetched fetched, Messages messages, Instant now) {
        Locale locale = fetched.feed().value().locale();
        ICalendar ical = new ICalendar();
        ical.setProductId("-//jp.jobcoach//Job Coach Workspace//" + locale.getLanguage().toUpperCase(Locale.ROOT));
        ical.setMethod("PUBLISH");
        String name = calendarName(fetched, messages, locale);
        ical.setName(name);
        ical.setExperimentalProperty("X-WR-CALNAME", name);
        ical.setExperimentalProperty("X-WR-TIMEZONE", ZONE_ID);
        ical.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(TOKYO), tokyo()));
        for (CalendarFeedService.CaseFeed caseFeed : fetched.cases()) {
            String suffix = String.join(" ", java.util.stream.Stream.of(caseFeed.caseLabel(), caseFeed.workerName())
                    .filter(part -> !part.isEmpty()).toList());
            for (FeedLedger.Sequenced sequenced : caseFeed.items()) {
                ical.addEvent(event(sequenced, CalendarTitles.title(sequenced.item(), locale, messages)
                        + (suffix.isEmpty() ? "" : " — " + suffix), now));
            }
        }
        return Biweekly.write(ical).go();
    }

    private static VEvent event(FeedLedger.Sequenced sequenced, String summary, Instant now) {
        CalendarItem item = sequenced.item();
        VEvent event = new VEvent();
        event.setUid(item.uid());
        event.setDateTimeStamp(Date.from(now));
        if (item.isTimed()) {
            ZonedDateTime start = item.date().atTime(item.startTime()).atZone(TOKYO);
            event.setDateStart(Date.from(start.toInstant()), true);
            event.setDateEnd(Date.from(start.plus(item.duration()).toInstant()), true);
        } else {
            event.setDateStart(day(item.date()), false);
            event.setDateEnd(day(item.endDate().plusDays(1)), false);
        }
        event.setSummary(summary);
        event.setSequence(sequenced.sequence());
        event.setStatus(sequenced.cancelled() ? Status.cancelled() : Status.confirmed());
        event.setTransparency(true);
        event.addCategories(item.kind().slug());
        return event;
    }

    /** A day as a DATE value: written from its own year, month and day, whatever the server's zone. */
    private static ICalDate day(LocalDate day) {
        return new ICalDate(new DateTimeComponents(day.getYear(), day.getMonthValue(), day.getDayOfMonth()), false);
    }

    /** Asia/Tokyo: +09:00 all year since 1951 (JST, no daylight saving time). */
    static VTimezone tokyo() {
        VTimezone zone = new VTimezone(ZONE_ID);
        StandardTime standard = new StandardTime();
        standard.setDateStart(new DateTimeComponents(1970, 1, 1, 0, 0, 0, false));
        standard.setTimezoneOffsetFrom(new UtcOffset(true, 9, 0));
        standard.setTimezoneOffsetTo(new UtcOffset(true, 9, 0));
        standard.addTimezoneName("JST");
        zone.addStandardTime(standard);
        return zone;
    }

    private static String calendarName(CalendarFeedService.Fetched fetched, Messages messages, Locale locale) {
        String label = fetched.feed().value().label();
        if (!label.isEmpty()) {
            return label;
        }
        return fetched.feed().value().isPersonal() ? messages.text(locale, "jobcoach.calendar.feed.name.personal")
                : messages.text(locale, "jobcoach.calendar.feed.name.case",
                fetched.cases().isEmpty() ? "" : fetched.cases().get(0).caseLabel());
    }
}
