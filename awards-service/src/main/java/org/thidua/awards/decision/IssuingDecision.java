package org.thidua.awards.decision;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.thidua.awards.Dates;
import org.thidua.awards.directory.Directory;
import org.thidua.awards.nomination.DisclosureCalendar;
import org.thidua.awards.nomination.Nomination;
import org.thidua.awards.nomination.NominationRepository;
import org.thidua.awards.nomination.NominationTransitions;
import org.thidua.awards.nomination.Nominations;
import org.thidua.awards.nomination.Objection;
import org.thidua.awards.nomination.ObjectionRepository;
import org.thidua.awards.registry.Award;
import org.thidua.awards.registry.AwardRepository;
import org.thidua.awards.registry.AwardState;
import org.thidua.awards.rules.RuleSet;
import org.thidua.awards.rules.Title;
import org.thidua.awards.ruleset.RuleCatalogue;
import org.thidua.contracts.RecipientKind;
import org.thidua.contracts.awards.AwardDecided;
import org.thidua.messaging.Outbox;
import org.thidua.web.Problem;
import org.thidua.web.ProblemException;

/**
 * Use case: the office issues a decision signed on {@code signedOn} (ADR 85) over DISCLOSED nominations whose
 * disclosure ended before that day, approved by their council on or before it, and with no open objection. In one
 * transaction: the next number of the organisation's year of signing, the decision with the rule set and base salary
 * in force on that day, one award per nomination with the title's multiple in that set and its bonus (one achievement,
 * one bonus: {@link OneAchievementOneBonus}), the nominations DECIDED, and {@code AwardDecided}. Nothing of it is
 * recomputed afterwards.
 */
@Singleton
public class IssuingDecision {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Nominations nominees;
    private final NominationRepository nominations;
    private final ObjectionRepository objections;
    private final DecisionRepository decisions;
    private final AwardRepository awards;
    private final DecisionNumbers numbers;
    private final RuleCatalogue catalogue;
    private final Outbox outbox;

    IssuingDecision(
            Nominations nominees,
            NominationRepository nominations,
            ObjectionRepository objections,
            DecisionRepository decisions,
            AwardRepository awards,
            DecisionNumbers numbers,
            RuleCatalogue catalogue,
            Outbox outbox) {
        this.nominees = nominees;
        this.nominations = nominations;
        this.objections = objections;
        this.decisions = decisions;
        this.awards = awards;
        this.numbers = numbers;
        this.catalogue = catalogue;
        this.outbox = outbox;
    }

    /**
     * The day a decision of {@code request} is signed on: the one asked for, or today; 400 naming {@code signedOn}
     * when it is in the future or before {@link DecisionRequest#EARLIEST}.
     */
    public static LocalDate signedOn(DecisionRequest request, LocalDate today) {
        LocalDate signedOn = request.signedOn() == null ? today : request.signedOn();
        if (signedOn.isAfter(today)) {
            throw ProblemException.invalidField("signedOn", "ngày ký không được sau hôm nay, " + DAY.format(today));
        }
        if (signedOn.isBefore(DecisionRequest.EARLIEST)) {
            throw ProblemException.invalidField(
                    "signedOn", "ngày ký không được trước " + DAY.format(DecisionRequest.EARLIEST));
        }
        return signedOn;
    }

    /** {@code issuedBy}: the ADMIN issuing it (the token's subject); {@code signedOn}: see {@link #signedOn}. */
    @Transactional
    public Decision issue(DecisionRequest request, LocalDate signedOn, String issuedBy) {
        List<Nomination> locked = nominees.lockAll(request.nominationIds());
        for (Nomination n : locked) {
            ProblemException.orConflict(NominationTransitions.decide(n.state()));
        }
        Directory.Names names = nominees.names(locked);
        for (Nomination n : locked) {
            String who = "Hồ sơ " + n.titleName() + " năm " + n.year() + " của " + Nominations.nomineeName(n, names);
            if (!DisclosureCalendar.isOver(n.disclosureEnd(), signedOn)) {
                throw signedOnRefused(
                        who + " công khai đến " + DAY.format(n.disclosureEnd()) + "; quyết định chỉ có thể ký từ "
                                + DAY.format(n.disclosureEnd().plusDays(1)));
            }
            Optional<LocalDate> heldOn = nominees.sessionHeldOn(n);
            if (heldOn.isPresent() && signedOn.isBefore(heldOn.get())) {
                throw signedOnRefused(who + " được Hội đồng xét duyệt ngày " + DAY.format(heldOn.get())
                        + "; quyết định chỉ có thể ký từ " + DAY.format(heldOn.get()));
            }
        }
        List<Objection> open = objections.findByNominationIdInAndState(
                locked.stream().map(Nomination::id).toList(), Objection.State.OPEN);
        if (!open.isEmpty()) {
            throw ProblemException.unprocessable("Nomination " + open.get(0).nominationId() + " has an open objection ("
                    + open.get(0).id() + "); resolve it before deciding");
        }
        RuleSet set = catalogue
                .ruleSets()
                .inForce(signedOn)
                .orElseThrow(() -> signedOnRefused(
                        "Không có bộ quy tắc thi đua, khen thưởng nào có hiệu lực ngày " + DAY.format(signedOn)));
        BigDecimal base;
        try {
            base = catalogue.baseSalary().amountOn(signedOn);
        } catch (IllegalArgumentException e) {
            throw signedOnRefused("Chưa có mức lương cơ sở áp dụng ngày " + DAY.format(signedOn));
        }
        Map<String, Title> titles = new HashMap<>();
        for (Nomination n : locked) {
            titles.put(n.id(), titleOf(set, n.titleCode(), n.titleName(), signedOn));
        }
        Map<String, OneAchievementOneBonus.Bonus> bonuses = OneAchievementOneBonus.apply(
                locked.stream()
                        .map(n -> new OneAchievementOneBonus.Due(
                                n.id(),
                                recipient(n),
                                n.year(),
                                titles.get(n.id()).line(),
                                n.titleName(),
                                titles.get(n.id()).bonusMultiple(),
                                base))
                        .toList(),
                earlier(locked, set),
                set.highestBonusRule());

        int seq = numbers.next(request.organisation(), signedOn.getYear());
        Instant now = Dates.now();
        Decision decision = decisions.save(new Decision(
                UUID.randomUUID().toString(),
                request.organisation(),
                signedOn.getYear(),
                seq,
                Decision.number(seq, request.organisation()),
                signedOn,
                request.signer().name(),
                request.signer().position(),
                issuedBy,
                now,
                set.id(),
                base));
        List<Award> issued = new ArrayList<>();
        for (Nomination n : locked) {
            OneAchievementOneBonus.Bonus bonus = bonuses.get(n.id());
            issued.add(awards.save(new Award(
                    UUID.randomUUID().toString(),
                    decision.id(),
                    decision.number(),
                    n.id(),
                    n.recipientKind(),
                    n.unitId(),
                    n.memberId(),
                    n.titleCode(),
                    n.titleName(),
                    n.year(),
                    bonus.amount(),
                    signedOn,
                    Award.Source.DECISION,
                    AwardState.ACTIVE,
                    null,
                    n.activeKey(),
                    now,
                    null,
                    titles.get(n.id()).bonusMultiple(),
                    bonus.note())));
            nominations.update(n.decided(decision.id(), now));
        }
        outbox.publish(decided(decision, issued, now));
        return decision;
    }

    /**
     * The title as {@code set}, in force on {@code signedOn}, defines it; 422 naming {@code nominationIds}, the title
     * and the set when the set does not know it: a decision of that day cannot confer it (ADR 85).
     */
    static Title titleOf(RuleSet set, String titleCode, String titleName, LocalDate signedOn) {
        return set.title(titleCode).orElseThrow(() -> {
            String detail = "Danh hiệu " + titleName + " không có trong bộ quy tắc " + set.id() + " có hiệu lực ngày "
                    + DAY.format(signedOn) + "; không thể quyết định danh hiệu này với ngày ký đó";
            return ProblemException.unprocessable(detail, List.of(new Problem.Violation("nominationIds", detail)));
        });
    }

    private static ProblemException signedOnRefused(String detail) {
        return ProblemException.unprocessable(detail, List.of(new Problem.Violation("signedOn", detail)));
    }

    private static String recipient(Nomination n) {
        return n.recipientKind() == RecipientKind.MEMBER ? n.memberId() : n.unitId();
    }

    /** What the nominees were already paid, per standing award of a title that has a line in {@code set}. */
    private List<OneAchievementOneBonus.Paid> earlier(List<Nomination> locked, RuleSet set) {
        List<String> recipients =
                locked.stream().map(IssuingDecision::recipient).distinct().toList();
        List<OneAchievementOneBonus.Paid> paid = new ArrayList<>();
        for (Award a : awards.findActiveOfRecipients(recipients)) {
            set.title(a.titleCode())
                    .map(Title::line)
                    .ifPresent(line -> paid.add(new OneAchievementOneBonus.Paid(
                            a.recipientId(),
                            a.year(),
                            line,
                            a.titleName(),
                            a.bonusAmount(),
                            a.decisionNumber() == null ? "không rõ số" : a.decisionNumber())));
        }
        return paid;
    }

    static AwardDecided decided(Decision d, List<Award> awards, Instant now) {
        return new AwardDecided(
                d.id(),
                d.number(),
                d.decisionDate(),
                new AwardDecided.Signer(d.signerName(), d.signerPosition()),
                awards.stream()
                        .map(a -> new AwardDecided.Award(
                                a.id(),
                                a.nominationId(),
                                a.recipientKind(),
                                a.unitId(),
                                a.memberId(),
                                a.titleCode(),
                                a.titleName(),
                                a.year(),
                                a.bonusAmount().longValueExact(),
                                a.bonusMultiple(),
                                a.bonusNote()))
                        .toList(),
                now,
                d.ruleSetId(),
                d.baseSalary() == null ? null : d.baseSalary().longValueExact());
    }
}
