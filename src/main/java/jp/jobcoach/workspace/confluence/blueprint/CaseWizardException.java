package jp.jobcoach.workspace.confluence.blueprint;

import java.util.List;

/**
 * The wizard's input was refused. The message is already translated, one line per problem, because the host
 * shows it as it is: Confluence on its error page, the workbench above its form.
 */
public class CaseWizardException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CaseWizardException(List<String> translatedMessages) {
        super(String.join("\n", translatedMessages));
    }
}
