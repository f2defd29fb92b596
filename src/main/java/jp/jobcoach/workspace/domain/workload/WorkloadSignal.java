package jp.jobcoach.workspace.domain.workload;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import jp.jobcoach.workspace.domain.Labelled;

/**
 * A sign that the worker has, or is given, too much: what it is, the week (and day) it concerns, and its reason as a
 * message with arguments — numbers of hours or tasks and days, never a task's title, so that the reason can be shown
 * to everyone who sees the workload summary. The titles of the tasks concerned come apart in {@link #tasks}, for
 * those who see the tasks ({@link WorkloadRights#seesTasks}).
 *
 * @param day       the day it concerns; null for a signal about the whole week
 * @param reasonKey the i18n key of the reason, whose {@code {0}}, {@code {1}}... are the args
 * @param args      hours (Double), counts (Long/Integer) and days (LocalDate)
 * @param tasks     the titles of the tasks concerned, if any
 */
public record WorkloadSignal(Kind kind, LocalDate week, LocalDate day, String reasonKey, List<Serializable> args,
                             List<String> tasks) implements Serializable {

    public WorkloadSignal {
        args = List.copyOf(args);
        tasks = List.copyOf(tasks);
    }

    static WorkloadSignal of(Kind kind, String variant, LocalDate week, LocalDate day, Serializable... args) {
        return new WorkloadSignal(kind, week, day, kind.reasonKey() + variant, Arrays.asList(args), List.of());
    }

    WorkloadSignal naming(List<String> titles) {
        return new WorkloadSignal(kind, week, day, reasonKey, args, titles);
    }

    /** The signal as the workload summary shows it: the reason without the titles of the tasks. */
    public WorkloadSignal summary() {
        return new WorkloadSignal(kind, week, day, reasonKey, args, List.of());
    }

    public enum Kind implements Labelled {
        /** A day planned at more hours than the accommodations allow, or more days planned than allowed a week. */
        PLANNED_OVER_CAPACITY,
        /** A day worked beyond the daily hours cap, or more days worked than allowed a week. */
        ACTUAL_OVER_CAP,
        /** A day worked beyond the standard day while "no overtime" holds without a cap. */
        OVERTIME,
        /** The open tasks at the end of three weeks in a row, each more than the week before. */
        OPEN_TASKS_RISING,
        /** Tasks past their due day that are still open: neither done nor handed back (抱え込み). */
        HOLDING_ON,
        /** A week planned at more task hours than the last two weeks' actual throughput. */
        PLANNED_ABOVE_THROUGHPUT;

        @Override
        public String i18nKey() {
            return Labelled.enumKey("jobcoach.workload.signal.", this);
        }

        public String reasonKey() {
            return Labelled.enumKey("jobcoach.workload.reason.", this);
        }
    }
}
