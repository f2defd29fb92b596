package jp.jobcoach.workspace.web.rest.representation;

import jp.jobcoach.workspace.service.WorkloadService.CarriedOver;

/** {@code POST …/workload/{week}/carry-over}: the week carried from, the week carried into, how many tasks moved. */
public record CarryOverRepresentation(StoredRepresentation<WorkWeekRepresentation> from,
                                      StoredRepresentation<WorkWeekRepresentation> into, int carried) {

    public static CarryOverRepresentation from(CarriedOver moved) {
        return new CarryOverRepresentation(StoredRepresentation.of(moved.from(), WorkWeekRepresentation::from),
                StoredRepresentation.of(moved.into(), WorkWeekRepresentation::from), moved.carried());
    }
}
