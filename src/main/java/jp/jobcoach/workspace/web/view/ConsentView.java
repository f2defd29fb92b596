package jp.jobcoach.workspace.web.view;

import static jp.jobcoach.workspace.domain.Access.EDIT;
import static jp.jobcoach.workspace.domain.DataCategory.CASE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.consent.Consent;
import jp.jobcoach.workspace.domain.consent.ConsentCategory;
import jp.jobcoach.workspace.domain.consent.ConsentLedger;
import jp.jobcoach.workspace.domain.consent.ConsentMeans;
import jp.jobcoach.workspace.service.ConsentService;

/**
 * The worker's consents on the case panel ({@code templates/jobcoach/consent.vm}, included by case.vm): one row per
 * category and role the matrix allows, in plain words, with its state for everyone on the team. The worker gets a
 * button to give or revoke each; the counselor (CASE edit) a form to record a paper consent with its date, a button
 * to revoke, and a notice of the team's roles without an active consent (missing, expired, revoked). Revoking asks
 * first. Static output shows the state without controls.
 */
public final class ConsentView {
    private ConsentView() {
    }

    static Map<String, Object> model(ViewText text, ConsentService.Overview overview, boolean interactive) {
        boolean isWorker = overview.on().actorRoles().contains(CaseRole.WORKER);
        boolean recordsPaper = overview.on().may(CASE, EDIT);
        boolean controls = interactive && (isWorker || recordsPaper);
        List<String> headers = new ArrayList<>(List.of(text.message("jobcoach.web.consent.who-sees-what"),
                text.message("jobcoach.web.consent.state")));
        if (controls) {
            headers.add(text.message("jobcoach.web.actions"));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ConsentCategory category : ConsentCategory.values()) {
            for (CaseRole role : category.roles()) {
                rows.add(row(text, overview, category, role, isWorker, controls && isWorker, controls && recordsPaper));
            }
        }
        return Map.of("intro", text.message(isWorker ? "jobcoach.web.consent.intro-worker" : "jobcoach.web.consent.intro"),
                "headers", headers, "rows", rows, "controls", controls,
                "missing", recordsPaper ? overview.missing().stream().map(missing -> text.message(
                        "jobcoach.web.consent.missing." + missing.gap().name().toLowerCase(java.util.Locale.ROOT),
                        text.label(missing.role()), text.label(missing.category()))).toList() : List.of());
    }

    private static Map<String, Object> row(ViewText text, ConsentService.Overview overview, ConsentCategory category,
                                           CaseRole role, boolean toTheWorker, boolean workerControls, boolean paperControls) {
        String what = what(text, category, toTheWorker);
        ConsentLedger ledger = overview.ledger();
        Optional<Stored<Consent>> active = ledger.active(category, role, overview.on().today());
        Optional<Stored<Consent>> latest = active.or(() -> latest(ledger, category, role));
        long caseId = overview.on().caseId();
        List<Map<String, Object>> forms = new ArrayList<>();
        if (active.isPresent() && (workerControls || paperControls)) {
            forms.add(revokeForm(text, caseId, active.get(), what));
        } else if (active.isEmpty() && workerControls) {
            forms.add(giveForm(text, caseId, category, role));
        }
        if (active.isEmpty() && paperControls) {
            forms.add(paperForm(text, caseId, category, role));
        }
        return Map.of("whatText", text.message("jobcoach.web.consent.may-see", text.label(role), what),
                "lozenge", lozenge(text, overview, active, latest), "detail", latest.map(stored -> detail(text, stored.value())).orElse(""),
                "forms", forms);
    }

    /** The category in plain words: "your …" to the worker, "the worker's …" to everyone else. */
    private static String what(ViewText text, ConsentCategory category, boolean toTheWorker) {
        return text.message(category.i18nKey() + (toTheWorker ? ".explained" : ".about"));
    }

    private static Optional<Stored<Consent>> latest(ConsentLedger ledger, ConsentCategory category, CaseRole role) {
        return ledger.consents().stream().filter(stored -> stored.value().category() == category && stored.value().role() == role)
                .max(Comparator.comparing(Stored::id));
    }

    private static Map<String, Object> lozenge(ViewText text, ConsentService.Overview overview, Optional<Stored<Consent>> active,
                                               Optional<Stored<Consent>> latest) {
        if (active.isPresent()) {
            return Map.of("type", "success", "label", text.message("jobcoach.web.consent.given"));
        }
        if (latest.isEmpty()) {
            return Map.of("type", "default", "label", text.message("jobcoach.web.consent.not-given"));
        }
        return latest.get().value().isRevoked()
                ? Map.of("type", "error", "label", text.label(ConsentLedger.Gap.REVOKED))
                : Map.of("type", "moved", "label", text.label(ConsentLedger.Gap.EXPIRED));
    }

    /** How and when it was given, until when, and its revocation: names isolated, as they are typed text. */
    static String detail(ViewText text, Consent consent) {
        String given = consent.means() == ConsentMeans.ON_PAPER
                ? text.message("jobcoach.web.consent.on-paper", text.day(consent.paperDate()),
                        ViewText.isolated(text.person(consent.recordedBy())))
                : text.message("jobcoach.web.consent.in-product", text.when(consent.givenAt()));
        String until = consent.validUntil() == null ? text.message("jobcoach.web.consent.until-revoked")
                : text.message("jobcoach.web.consent.until", text.day(consent.validUntil()));
        String revoked = consent.isRevoked() ? text.message("jobcoach.web.consent.revoked-by",
                ViewText.isolated(text.person(consent.revokedBy())), text.when(consent.revokedAt())) : "";
        return text.message("jobcoach.web.consent.detail", given, until, revoked);
    }

    private static Map<String, Object> giveForm(ViewText text, long caseId, ConsentCategory category, CaseRole role) {
        return scoped(new Form("jobcoach-consent-give-" + caseId + "-" + category + "-" + role, "POST", path(caseId)),
                category, role, ConsentMeans.IN_PRODUCT)
                .input("consent.validUntil", "validUntil", text.field("validUntil"), "date", "")
                .secondary().render(null, text.message("jobcoach.web.consent.give"));
    }

    private static Map<String, Object> paperForm(ViewText text, long caseId, ConsentCategory category, CaseRole role) {
        return scoped(new Form("jobcoach-consent-paper-" + caseId + "-" + category + "-" + role, "POST", path(caseId)),
                category, role, ConsentMeans.ON_PAPER)
                .input("consent.paperDate", "paperDate", text.field("paperDate"), "date", "")
                .input("consent.validUntil", "validUntil", text.field("validUntil"), "date", "")
                .secondary().render(null, text.message("jobcoach.web.consent.record-paper"));
    }

    private static Form scoped(Form form, ConsentCategory category, CaseRole role, ConsentMeans means) {
        return form.hidden("consent.category", category.name(), "text").hidden("consent.role", role.name(), "text")
                .hidden("consent.means", means.name(), "text");
    }

    /** Takes effect at once, on every path; the browser asks first. */
    private static Map<String, Object> revokeForm(ViewText text, long caseId, Stored<Consent> active, String what) {
        return new Form("jobcoach-consent-revoke-" + active.id(), "POST", path(caseId) + "/" + active.id() + "/revoke")
                .hidden("version", String.valueOf(active.version()), "int")
                .confirm(text.message("jobcoach.web.consent.revoke-confirm", text.label(active.value().role()), what))
                .secondary().render(null, text.message("jobcoach.web.consent.revoke"));
    }

    private static String path(long caseId) {
        return "/cases/" + caseId + "/consents";
    }
}
