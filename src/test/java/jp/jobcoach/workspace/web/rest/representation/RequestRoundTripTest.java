package jp.jobcoach.workspace.web.rest.representation;

import static jp.jobcoach.workspace.web.rest.representation.RestExamples.DAY;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.AccommodationStep;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.CenterCoachSlot;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.interview.ActionStatus;
import jp.jobcoach.workspace.web.Json;
import org.junit.Test;

/**
 * Request bodies as a client sends them (the pinned request shapes of {@link RestShapesTest}) read into their
 * request types and turned into exactly the domain values they were made from.
 */
public class RequestRoundTripTest {

    @Test
    public void recordsComeBackAsTheDomainValuesTheyWereSentFrom() throws IOException {
        CaseRequest supportCase = read("case-request", CaseRequest.class);
        // the case's number is the server's: a request's is not read
        assertNull(supportCase.toDomain().number());
        assertEquals(RestExamples.supportCase(), supportCase.toDomain().numbered(RestExamples.supportCase().number()));
        assertEquals("COUNSELOR", supportCase.creatorRole());
        assertEquals(3, supportCase.version());
        assertEquals(RestExamples.visit(), read("visit-request", VisitRequest.class).toDomain());
        // when a lift was recorded is the server's: a request's is not read, so an edit ends the lift's undo
        Accommodation sent = RestExamples.accommodation();
        assertEquals(new Accommodation(sent.title(), sent.description(), sent.steps().stream().map(step -> new AccommodationStep(
                        step.label(), step.plannedDate(), step.liftedDate(), step.approvedBy(), null, step.limits())).toList(),
                        sent.reviewDates(), sent.reviewsDone(), sent.stopConditions(), sent.limits()),
                read("accommodation-request", AccommodationRequest.class).toDomain());
        assertEquals(RestExamples.planContent(), read("plan-revision-request", PlanRevisionRequest.class).toDomain());
        assertEquals("a request's interview is unsaved: no id, version 0", RestExamples.unsavedInterview(),
                read("interview-request", InterviewRequest.class).toDomain());
        assertEquals(1001L, read("page-filing-request", PageFilingRequest.class).requiredPageId());
        assertEquals(new TeamMember("user-key-2", CaseRole.CENTER_COACH, CenterCoachSlot.SECONDARY),
                read("team-addition-request", TeamAdditionRequest.class).requiredMember().toDomain());
    }

    @Test
    public void smallRequestsKeepEveryMember() throws IOException {
        assertEquals(new PhaseMoveRequest(3, "PLANNING"), read("phase-move-request", PhaseMoveRequest.class));
        assertEquals(new AgreementRequest(2, "WORKER"), read("agreement-request", AgreementRequest.class));
        assertEquals(new StepLiftRequest(4, 0, DAY.plusMonths(1)), read("step-lift-request", StepLiftRequest.class));
        assertEquals(new ReviewRequest(4, DAY.plusMonths(1)), read("review-request", ReviewRequest.class));
        assertEquals(new ActionResolutionRequest(2, ActionStatus.CONTINUED, "続ける", DAY.plusDays(21)),
                read("action-resolution-request", ActionResolutionRequest.class));
        assertEquals(new VersionRequest(2), read("version-request", VersionRequest.class));
    }

    @Test
    public void absentVersionIsZeroAndAbsentOrImpossiblePartsAreBadBodies() {
        assertEquals(0, Json.request("{\"visit\":{}}", VisitRequest.class).version());
        assertThrows(Json.BadRequestBody.class, () -> Json.request("{\"version\":1}", VisitRequest.class).toDomain());
        assertThrows("a list left out", Json.BadRequestBody.class,
                () -> Json.request("{\"visit\":{\"date\":\"2026-04-01\"}}", VisitRequest.class).toDomain());
        assertThrows("an action without its id", Json.BadRequestBody.class, () -> Json.request(
                "{\"interview\":{\"participants\":[],\"carriedActions\":[],\"newActions\":[{\"what\":\"x\"}]}}",
                InterviewRequest.class).toDomain());
        assertThrows(Json.BadRequestBody.class, () -> Json.request("{\"version\":\"two\"}", VersionRequest.class));
        assertThrows(Json.BadRequestBody.class, () -> Json.request("[]", VersionRequest.class));
    }

    private static <R> R read(String shape, Class<R> type) throws IOException {
        return Json.request(Files.readString(RestShapesTest.GOLDEN.resolve(shape + ".json")), type);
    }
}
