package org.thidua.awards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thidua.awards.rules.Facts.collective;
import static org.thidua.awards.rules.Facts.held;
import static org.thidua.awards.rules.Facts.member;
import static org.thidua.awards.rules.Facts.members;
import static org.thidua.awards.rules.Facts.unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The law as shipped data (ADR 0082): the set before 2018, the titles and forms of commendation of each set, their
 * bonus multiples against the decrees' articles, and what each set says about its sources, its disclosure and the
 * article on one achievement reaching several titles.
 */
class ShippedLawDataTest {

    private static final Pattern CITED_MULTIPLE = Pattern.compile("bonus (\\d+(?:\\.\\d+)?)x");
    private static final Set<String> FORMS =
            Set.of("BK_TTG", "BK_TTG_TT", "BK_BO", "BK_BO_TT", "GIAY_KHEN", "GIAY_KHEN_TT");

    private final RuleSets defaults = RuleSets.defaults();

    private RuleSet set(String id) {
        return defaults.byId(id).orElseThrow();
    }

    @Test
    void everyTitleCitesItsArticlesAndTheMultipleItCitesIsTheOneItPays() {
        for (RuleSet set : defaults.all()) {
            for (Title title : set.titles()) {
                List<String> citations = set.citations().get(title.code());
                assertThat(citations)
                        .as("%s %s cites its sources", set.id(), title.code())
                        .isNotEmpty()
                        .anySatisfy(c -> assertThat(c).contains("Art."));
                Set<BigDecimal> cited = new TreeSet<>();
                for (String citation : citations) {
                    Matcher m = CITED_MULTIPLE.matcher(citation);
                    while (m.find()) {
                        cited.add(new BigDecimal(m.group(1)).stripTrailingZeros());
                    }
                }
                assertThat(cited)
                        .as("%s %s: the multiple its citation names", set.id(), title.code())
                        .containsExactly(title.bonusMultiple().stripTrailingZeros());
            }
        }
    }

    @Test
    void theMultiplesAreThoseOfTheDecreesArticles() {
        // Decree 91/2017 Art. 69 (thuvienphapluat.vn): khoản 1 a-d for individuals, khoản 2 a, b, d, đ for
        // collectives; Bằng khen and Giấy khen from the tables of thiquocgia.vn and muthibiscus.com
        Map<String, String> decree91 = Map.ofEntries(
                Map.entry("CSTD_TQ", "4.5"),
                Map.entry("CSTD_BO", "3.0"),
                Map.entry("CSTDCS", "1.0"),
                Map.entry("LDTT", "0.3"),
                Map.entry("TTLDXS", "1.5"),
                Map.entry("TTLDTT", "0.8"),
                Map.entry("CO_THI_DUA_CP", "12.0"),
                Map.entry("CO_THI_DUA", "8.0"),
                Map.entry("BK_TTG", "3.5"),
                Map.entry("BK_BO", "1.0"),
                Map.entry("GIAY_KHEN", "0.3"));
        assertMultiples(set("vn-2018-v2"), decree91);
        // Decree 98/2023 Art. 54 (phuongduc.thuathienhue.gov.vn): the same figures for the titles
        Map<String, String> decree98 = Map.of(
                "CSTD_TQ",
                "4.5",
                "CSTD_BO",
                "3.0",
                "CSTDCS",
                "1.0",
                "LDTT",
                "0.3",
                "TTLDXS",
                "1.5",
                "TTLDTT",
                "0.8",
                "CO_THI_DUA_CP",
                "12.0",
                "CO_THI_DUA",
                "8.0");
        assertMultiples(set("vn-2024-v2"), decree98);
        // Decree 152/2025 Art. 54 khoản 1 as the press reports it: a ministry's Bằng khen pays 1.5x from 01/07/2025
        assertMultiples(
                set("vn-2025-v2"),
                Map.of(
                        "BK_TTG",
                        "3.5",
                        "BK_BO",
                        "1.5",
                        "GIAY_KHEN",
                        "0.3",
                        "LDTT",
                        "0.3",
                        "CSTD_BO",
                        "3.0",
                        "CSTD_TQ",
                        "4.5"));
        // the first versions paid the ministry's flag 4.5x; the corrected ones pay 8.0x and say why
        assertThat(set("vn-2018").title("CO_THI_DUA").orElseThrow().bonusMultiple())
                .isEqualByComparingTo("4.5");
        assertThat(set("vn-2018-v2").reason()).contains("8.0x", "not 4.5x", "Art. 69 khoản 2 điểm đ");
    }

    @Test
    void aCollectiveIsPaidTwiceWhatAnIndividualIsPaidForTheSameForm() {
        for (RuleSet set : defaults.all()) {
            for (String form : List.of("BK_TTG", "BK_BO", "GIAY_KHEN")) {
                Title individual = set.title(form).orElseThrow();
                Title collective = set.title(form + "_TT").orElseThrow();
                assertThat(individual.kind()).isEqualTo(TitleKind.INDIVIDUAL);
                assertThat(collective.kind()).isEqualTo(TitleKind.COLLECTIVE);
                assertThat(collective.bonusMultiple())
                        .as("%s %s", set.id(), form)
                        .isEqualByComparingTo(individual.bonusMultiple().multiply(BigDecimal.valueOf(2)));
                assertThat(collective.level()).isEqualTo(individual.level());
            }
        }
    }

    @Test
    void everySetNamesItsLawDecreeAndCircularItsDisclosureAndTheArticleOnSeveralTitles() {
        Map<String, String> highestBonusArticle = Map.of(
                "vn-2014",
                "Decree 42/2010 Art. 68 khoản 2 điểm c",
                "vn-2018-v2",
                "Decree 91/2017 Art. 66 khoản 2 điểm c",
                "vn-2024-v2",
                "Decree 98/2023 Art. 53 khoản 5",
                "vn-2025-v2",
                "Decree 98/2023 Art. 53 khoản 5");
        for (RuleSet set : defaults.all()) {
            assertThat(set.source()).as(set.id()).contains("Law", "Decree");
            assertThat(set.highestBonusRule())
                    .as(set.id())
                    .contains(highestBonusArticle.get(set.id()))
                    .contains("«");
            // no text found sets a disclosure length for the office's own titles: 5 working days, the office's
            // practice, and the set says so (ADR 0082)
            assertThat(set.disclosure().workingDays()).isEqualTo(5);
            assertThat(set.disclosure().source()).as(set.id()).contains("office's practice");
            assertThat(set.unverified()).as(set.id()).isNotBlank();
        }
        assertThat(set("vn-2014").source()).contains("39/2013/QH13", "42/2010", "39/2012", "65/2014", "07/2014/TT-BNV");
        assertThat(set("vn-2018-v2").source()).contains("91/2017", "01/10/2017");
        assertThat(set("vn-2024-v2").disclosure().source()).contains("Art. 46 khoản 2", "10 working days");
    }

    @Test
    void theLawBefore2018IsInForceFromTheAmendmentOf2013AndJudgesTheYears2014To2017() {
        assertThat(defaults.inForce(LocalDate.of(2014, 5, 31))).isEmpty();
        for (int year = 2014; year <= 2017; year++) {
            assertThat(defaults.inForce(LocalDate.of(year, 12, 31)))
                    .map(RuleSet::id)
                    .as("%s", year)
                    .hasValue("vn-2014");
        }
        assertThat(defaults.inForce(LocalDate.of(2018, 12, 31)))
                .map(RuleSet::id)
                .hasValue("vn-2018-v2");
        // the same Law (2003 as amended in 2013) sets the conditions of both: same codes, same conditions
        RuleSet before = set("vn-2014");
        RuleSet after = set("vn-2018-v2");
        assertThat(before.titles())
                .extracting(Title::code)
                .containsExactlyElementsOf(
                        after.titles().stream().map(Title::code).toList());
        for (Title title : before.titles()) {
            assertThat(title.conditions())
                    .as(title.code())
                    .isEqualTo(after.title(title.code()).orElseThrow().conditions());
            assertThat(title.line())
                    .as(title.code())
                    .isEqualTo(after.title(title.code()).orElseThrow().line());
        }
    }

    @Test
    void historyFrom2016CountsForAMinistryLevelFighterIn2018() {
        // an: CSTĐCS in 2016 and 2017 (judged under vn-2014), then in 2018 rated EXCELLENT with a ministry-level
        // initiative and LĐTT found this year: CSTĐCS 2016-2018 three consecutive years, so CSTĐ cấp bộ in 2018
        MemberFacts an = member("an", TaskRating.EXCELLENT, InitiativeLevel.MINISTRY, Discipline.NONE);
        List<MemberFacts> staff = new ArrayList<>(members("m", 9, TaskRating.GOOD));
        staff.add(an);
        UnitFacts unit = unit("u", TaskRating.EXCELLENT, 1, staff);
        AwardHistory history = AwardHistory.of(
                held("an", 2016, "LDTT"),
                held("an", 2016, "CSTDCS"),
                held("an", 2017, "LDTT"),
                held("an", 2017, "CSTDCS"));
        EligibilityReport report = new EligibilityEngine(defaults)
                .evaluate(new YearEndReview(2018, LocalDate.of(2018, 12, 31), List.of(unit)), history);
        assertThat(report.ruleSetId()).isEqualTo("vn-2018-v2");
        assertThat(report.find("an", "CSTD_BO").orElseThrow().status()).isEqualTo(Eligibility.Status.ELIGIBLE);
        // without 2016 the run is two years: not eligible, and the reason names the missing year
        EligibilityReport shorter = new EligibilityEngine(defaults)
                .evaluate(
                        new YearEndReview(2018, LocalDate.of(2018, 12, 31), List.of(unit)),
                        AwardHistory.of(held("an", 2017, "CSTDCS")));
        assertThat(shorter.find("an", "CSTD_BO").orElseThrow().failed())
                .extracting(ConditionOutcome::reason)
                .containsExactly("does not hold CSTDCS in 2016; 3 consecutive years 2016-2018 required");
    }

    @Test
    void aYearEndReviewOf2016IsJudgedUnderTheLawBefore2018AndProposesOnlyTheAutomaticTitles() {
        // ten members, all rated GOOD: ten LĐTT (100 % > 50 %), so TTLĐTT; no initiative, so no CSTĐCS
        UnitFacts unit = unit("u", TaskRating.GOOD, 1, members("m", 10, TaskRating.GOOD));
        EligibilityReport report = new EligibilityEngine(defaults)
                .evaluate(new YearEndReview(2016, LocalDate.of(2016, 12, 31), List.of(unit)), AwardHistory.empty());
        assertThat(report.ruleSetId()).isEqualTo("vn-2014");
        assertThat(report.withStatus("LDTT", Eligibility.Status.ELIGIBLE)).hasSize(10);
        assertThat(report.find("u", "TTLDTT").orElseThrow().status()).isEqualTo(Eligibility.Status.ELIGIBLE);
        assertThat(report.results())
                .extracting(Eligibility::titleCode)
                .doesNotContainAnyElementsOf(FORMS)
                .doesNotContain("CO_THI_DUA_CP");
    }

    @Test
    void theFormsAndTheGovernmentFlagAreProposedByHandNeverByTheYearEndEngine() {
        // the best unit one could have: first of its group, excellent, every member excellent with a national
        // initiative, holding the ministry's flag and Bằng khen before; the engine still proposes none of them
        List<MemberFacts> staff = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            staff.add(member("m" + i, TaskRating.EXCELLENT, InitiativeLevel.NATIONAL, Discipline.NONE));
        }
        UnitFacts unit = unit("u", TaskRating.EXCELLENT, 1, staff);
        for (RuleSet set : defaults.all()) {
            int year = set.effectiveFrom().getYear() + 1;
            EligibilityReport report = EligibilityEngine.evaluate(
                    set,
                    new YearEndReview(year, LocalDate.of(year, 12, 31), List.of(unit)),
                    AwardHistory.of(held("u", year - 1, "CO_THI_DUA"), held("u", year - 1, "BK_BO_TT")));
            assertThat(report.find("u", "CO_THI_DUA").orElseThrow().status())
                    .as(set.id())
                    .isEqualTo(Eligibility.Status.ELIGIBLE);
            assertThat(report.results())
                    .as(set.id())
                    .extracting(Eligibility::titleCode)
                    .doesNotContainAnyElementsOf(FORMS)
                    .doesNotContain("CO_THI_DUA_CP");
            for (String code : FORMS) {
                Title form = set.title(code).orElseThrow();
                assertThat(form.automatic()).isFalse();
                assertThat(form.conditions())
                        .as("%s %s: nothing the engine can check", set.id(), code)
                        .isEmpty();
                assertThat(form.unverified())
                        .as("%s %s", set.id(), code)
                        .contains("Đề nghị thủ công")
                        .contains("phạm vi ảnh hưởng");
                assertThat(form.line())
                        .as("%s %s rewards an achievement the office names", set.id(), code)
                        .isNull();
            }
        }
    }

    @Test
    void theGovernmentFlagNeedsExcellentTasksAndTheMinistryFlagOfTheSameYear() {
        for (RuleSet set : defaults.all()) {
            Title flag = set.title("CO_THI_DUA_CP").orElseThrow();
            assertThat(flag.automatic()).isFalse();
            assertThat(flag.level()).isEqualTo("NATIONAL");
            assertThat(flag.kind()).isEqualTo(TitleKind.COLLECTIVE);
            UnitFacts excellent = unit("u", TaskRating.EXCELLENT, 1, members("m", 3, TaskRating.EXCELLENT));
            UnitFacts good = unit("u", TaskRating.GOOD, 1, members("m", 3, TaskRating.EXCELLENT));
            AwardHistory withFlag = AwardHistory.of(held("u", 2020, "CO_THI_DUA"));
            AwardHistory flagLastYear = AwardHistory.of(held("u", 2019, "CO_THI_DUA"));
            assertThat(failed(flag, collective(excellent), withFlag))
                    .as(set.id())
                    .isEmpty();
            assertThat(failed(flag, collective(excellent), flagLastYear))
                    .as(set.id())
                    .containsExactly("does not hold CO_THI_DUA in 2020");
            assertThat(failed(flag, collective(good), withFlag))
                    .as(set.id())
                    .containsExactly("task rating GOOD, EXCELLENT or better required");
        }
    }

    @Test
    void theFlagsOfTheYearShareTheLineOfTheCollectiveYearTitles() {
        // Decree 91/2017 Art. 69 khoản 2 lists the flags among the emulation titles (danh hiệu thi đua); a year's
        // flag rewards that year's achievement as TTLĐXS does, so they share one line: one bonus, the highest
        for (RuleSet set : defaults.all()) {
            assertThat(set.titles())
                    .filteredOn(t -> "COLLECTIVE_YEAR".equals(t.line()))
                    .extracting(Title::code)
                    .as(set.id())
                    .containsExactlyInAnyOrder("TTLDTT", "TTLDXS", "CO_THI_DUA", "CO_THI_DUA_CP");
            assertThat(set.titles())
                    .filteredOn(t -> "INDIVIDUAL_YEAR".equals(t.line()))
                    .extracting(Title::code)
                    .as(set.id())
                    .containsExactlyInAnyOrder("LDTT", "CSTDCS");
        }
    }

    private static List<String> failed(Title title, Candidate candidate, AwardHistory history) {
        return title.conditions().stream()
                .map(c -> c.evaluate(candidate, 2020, history))
                .filter(o -> !o.passed())
                .map(ConditionOutcome::reason)
                .collect(Collectors.toList());
    }

    private static void assertMultiples(RuleSet set, Map<String, String> expected) {
        expected.forEach(
                (code, multiple) -> assertThat(set.title(code).orElseThrow().bonusMultiple())
                        .as("%s %s", set.id(), code)
                        .isEqualByComparingTo(multiple));
    }
}
