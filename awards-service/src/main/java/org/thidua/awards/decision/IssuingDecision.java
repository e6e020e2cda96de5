package org.thidua.awards.decision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.thidua.awards.Dates;
import org.thidua.awards.nomination.ChangingNomination;
import org.thidua.awards.nomination.DisclosureCalendar;
import org.thidua.awards.nomination.Nomination;
import org.thidua.awards.nomination.NominationRepository;
import org.thidua.awards.nomination.NominationTransitions;
import org.thidua.awards.nomination.Objection;
import org.thidua.awards.nomination.ObjectionRepository;
import org.thidua.awards.registry.Award;
import org.thidua.awards.registry.AwardRepository;
import org.thidua.awards.registry.AwardState;
import org.thidua.awards.rules.BaseSalarySchedule;
import org.thidua.awards.rules.RuleSet;
import org.thidua.awards.rules.Title;
import org.thidua.awards.ruleset.RuleCatalogue;
import org.thidua.contracts.awards.AwardDecided;
import org.thidua.messaging.Outbox;
import org.thidua.web.ProblemException;

/**
 * Use case: the office issues a decision, dated today (Vietnam), over DISCLOSED nominations whose disclosure has
 * ended and that have no open objection. In one transaction: the next number of the organisation's year, the
 * decision, one award per nomination with its bonus (the title's multiple in the rule set in force on the decision
 * date × the base salary in force that day), the nominations DECIDED, and {@code AwardDecided}.
 */
@Singleton
public class IssuingDecision {

    private final ChangingNomination changing;
    private final NominationRepository nominations;
    private final ObjectionRepository objections;
    private final DecisionRepository decisions;
    private final AwardRepository awards;
    private final DecisionNumbers numbers;
    private final RuleCatalogue catalogue;
    private final Outbox outbox;

    IssuingDecision(ChangingNomination changing, NominationRepository nominations, ObjectionRepository objections,
                    DecisionRepository decisions, AwardRepository awards, DecisionNumbers numbers,
                    RuleCatalogue catalogue, Outbox outbox) {
        this.changing = changing;
        this.nominations = nominations;
        this.objections = objections;
        this.decisions = decisions;
        this.awards = awards;
        this.numbers = numbers;
        this.catalogue = catalogue;
        this.outbox = outbox;
    }

    /** {@code issuedBy}: the ADMIN issuing it (the token's subject). */
    @Transactional
    public Decision issue(DecisionRequest request, LocalDate today, String issuedBy) {
        List<Nomination> locked = changing.lockAll(request.nominationIds());
        for (Nomination n : locked) {
            ProblemException.orConflict(NominationTransitions.decide(n.state()));
            if (!DisclosureCalendar.isOver(n.disclosureEnd(), today)) {
                throw ProblemException.unprocessable("The disclosure of nomination " + n.id() + " runs until "
                        + n.disclosureEnd() + "; it can be decided from the next day on");
            }
        }
        List<Objection> open = objections.findByNominationIdInAndState(locked.stream().map(Nomination::id).toList(),
                Objection.State.OPEN);
        if (!open.isEmpty()) {
            throw ProblemException.unprocessable("Nomination " + open.get(0).nominationId() + " has an open objection ("
                    + open.get(0).id() + "); resolve it before deciding");
        }
        Optional<RuleSet> inForce = catalogue.ruleSets().inForce(today);
        BaseSalarySchedule salary = catalogue.baseSalary();
        BigDecimal base;
        try {
            base = salary.amountOn(today);
        } catch (IllegalArgumentException e) {
            throw ProblemException.unprocessable("No base salary is in force on " + today);
        }
        int seq = numbers.next(request.organisation(), today.getYear());
        Instant now = Dates.now();
        Decision decision = decisions.save(new Decision(UUID.randomUUID().toString(), request.organisation(),
                today.getYear(), seq, Decision.number(seq, request.organisation()), today, request.signer().name(),
                request.signer().position(), issuedBy, now));
        List<Award> issued = new ArrayList<>();
        for (Nomination n : locked) {
            BigDecimal multiple = inForce.flatMap(set -> set.title(n.titleCode())).map(Title::bonusMultiple)
                    .orElse(n.bonusMultiple());
            BigDecimal bonus = multiple.multiply(base).setScale(0, RoundingMode.HALF_UP);
            issued.add(awards.save(new Award(UUID.randomUUID().toString(), decision.id(), decision.number(), n.id(),
                    n.recipientKind(), n.unitId(), n.memberId(), n.titleCode(), n.titleName(), n.year(), bonus, today,
                    Award.Source.DECISION, AwardState.ACTIVE, null, n.activeKey(), now, null)));
            nominations.update(n.decided(decision.id(), now));
        }
        outbox.publish(decided(decision, issued, now));
        return decision;
    }

    static AwardDecided decided(Decision d, List<Award> awards, Instant now) {
        return new AwardDecided(d.id(), d.number(), d.decisionDate(),
                new AwardDecided.Signer(d.signerName(), d.signerPosition()),
                awards.stream().map(a -> new AwardDecided.Award(a.id(), a.nominationId(), a.recipientKind(),
                        a.unitId(), a.memberId(), a.titleCode(), a.titleName(), a.year(),
                        a.bonusAmount().longValueExact())).toList(), now);
    }
}
