package jp.jobcoach.workspace.web.rest.representation;

import jp.jobcoach.workspace.domain.interview.GuidedPrompts;
import jp.jobcoach.workspace.port.Messages;
import java.util.Locale;

/** One of the interview guide's prompts in the caller's language; headings have no {@code detail}. */
public record PromptRepresentation(String key, String text, String detail) {

    public static PromptRepresentation from(GuidedPrompts.Prompt prompt, Messages messages, Locale locale) {
        return new PromptRepresentation(prompt.key(), messages.text(locale, prompt.key()),
                Mapping.nullable(prompt.detailKey(), key -> messages.text(locale, key)));
    }
}
