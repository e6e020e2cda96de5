package org.thidua.campaigns.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thidua.campaigns.registration.RegistrationState.ACCEPTED;
import static org.thidua.campaigns.registration.RegistrationState.RETURNED;
import static org.thidua.campaigns.registration.RegistrationState.SUBMITTED;
import static org.thidua.campaigns.registration.RegistrationState.WITHDRAWN;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegistrationPoliciesTest {

    private static final LocalDate DEADLINE = LocalDate.of(2019, 3, 31);

    @Test
    void submittedIsAcceptedOrReturnedAndAReturnedOneIsResubmitted() {
        assertThat(RegistrationTransitions.accept(SUBMITTED).to()).isEqualTo(ACCEPTED);
        assertThat(RegistrationTransitions.giveBack(SUBMITTED).to()).isEqualTo(RETURNED);
        assertThat(RegistrationTransitions.resubmit(RETURNED).to()).isEqualTo(SUBMITTED);
    }

    @Test
    void illegalTransitionsAreRefusedWithTheCurrentState() {
        for (RegistrationState state : new RegistrationState[] {ACCEPTED, RETURNED, WITHDRAWN}) {
            assertThat(RegistrationTransitions.accept(state).allowed()).isFalse();
            assertThat(RegistrationTransitions.giveBack(state).allowed()).isFalse();
            assertThat(RegistrationTransitions.accept(state).from()).isEqualTo(state);
        }
        assertThat(RegistrationTransitions.resubmit(SUBMITTED).allowed()).isFalse();
        assertThat(RegistrationTransitions.resubmit(ACCEPTED).allowed()).isFalse();
    }

    @Test
    void anythingButAWithdrawnRegistrationCanBeWithdrawn() {
        assertThat(RegistrationTransitions.withdraw(SUBMITTED).to()).isEqualTo(WITHDRAWN);
        assertThat(RegistrationTransitions.withdraw(ACCEPTED).to()).isEqualTo(WITHDRAWN);
        assertThat(RegistrationTransitions.withdraw(RETURNED).to()).isEqualTo(WITHDRAWN);
        assertThat(RegistrationTransitions.withdraw(WITHDRAWN).allowed()).isFalse();
    }

    @Test
    void theDeadlineDayItselfIsStillInTime() {
        assertThat(RegistrationDeadlinePolicy.decide(DEADLINE.minusDays(10), DEADLINE, null)
                        .allowed())
                .isTrue();
        RegistrationDeadlinePolicy.Decision onTheDay = RegistrationDeadlinePolicy.decide(DEADLINE, DEADLINE, null);
        assertThat(onTheDay.allowed()).isTrue();
        assertThat(onTheDay.late()).isFalse();
    }

    @Test
    void afterTheDeadlineOnlyAnAdmissionWithAReasonLetsAUnitRegister() {
        RegistrationDeadlinePolicy.Decision late =
                RegistrationDeadlinePolicy.decide(DEADLINE.plusDays(1), DEADLINE, null);
        assertThat(late.allowed()).isFalse();
        assertThat(late.refusal()).contains("2019-03-31");
        assertThat(RegistrationDeadlinePolicy.decide(DEADLINE.plusDays(1), DEADLINE, "  ")
                        .allowed())
                .isFalse();
        RegistrationDeadlinePolicy.Decision admitted =
                RegistrationDeadlinePolicy.decide(DEADLINE.plusDays(1), DEADLINE, "Sáp nhập đơn vị, hồ sơ nộp chậm");
        assertThat(admitted.allowed()).isTrue();
        assertThat(admitted.late()).isTrue();
    }
}
