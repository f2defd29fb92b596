package jp.jobcoach.workspace.domain;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class AgreementPartyTest {

    @Test
    public void theCompanyAgreesThroughItsCoachOrTheSupervisor() {
        assertTrue(AgreementParty.COMPANY.representedBy(CaseRole.IN_COMPANY_COACH));
        assertTrue(AgreementParty.COMPANY.representedBy(CaseRole.SUPERVISOR));
        assertFalse(AgreementParty.COMPANY.representedBy(CaseRole.HR));
        assertTrue(AgreementParty.CENTER.representedBy(CaseRole.CENTER_COACH));
        assertFalse(AgreementParty.CENTER.representedBy(CaseRole.COUNSELOR));
        assertTrue(AgreementParty.WORKER.representedBy(CaseRole.WORKER));
    }
}
