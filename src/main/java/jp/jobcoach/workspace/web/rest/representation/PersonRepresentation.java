package jp.jobcoach.workspace.web.rest.representation;

import jp.jobcoach.workspace.domain.WorkerRef;
import jp.jobcoach.workspace.domain.interview.PersonRef;

/** A person by account, by name, or both: a case's worker, an interview's participant, an action's owner. */
public record PersonRepresentation(String userKey, String displayName) {

    public static PersonRepresentation from(WorkerRef worker) {
        return new PersonRepresentation(worker.userKey(), worker.displayName());
    }

    public static PersonRepresentation from(PersonRef person) {
        return new PersonRepresentation(person.userKey(), person.displayName());
    }

    public WorkerRef toWorker() {
        return new WorkerRef(userKey, displayName);
    }

    public PersonRef toPerson() {
        return new PersonRef(userKey, displayName);
    }
}
