package org.thidua.portal.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewFormTest {

    private static final List<ReviewClient.Criterion> CRITERIA = List.of(
            new ReviewClient.Criterion("I", "A1", "Hoàn thành chỉ tiêu", new BigDecimal("40")),
            new ReviewClient.Criterion("I", "A2", "Cải cách hành chính", new BigDecimal("30")),
            new ReviewClient.Criterion("II", "B1", "Học tập", new BigDecimal("30")));

    @Test
    void typedPointsBecomeTheReviewedEntriesAndABlankKeepsTheUnitsOwn() {
        ReviewForm form = ReviewForm.of(
                Map.of("points.A1", "35,5", "note.A1", " Thiếu minh chứng ", "points.A2", "", "points.B1", "30"),
                CRITERIA);

        assertThat(form.review().entries())
                .containsExactly(
                        new ReviewClient.ReviewedEntry("A1", new BigDecimal("35.5"), "Thiếu minh chứng"),
                        new ReviewClient.ReviewedEntry("B1", new BigDecimal("30"), null));
        assertThat(form.unreadable()).isEmpty();
    }

    @Test
    void pointsThatAreNotANumberAreNamedByTheirFieldAndNotSent() {
        ReviewForm form = ReviewForm.of(Map.of("points.A1", "ba mươi", "points.A2", "20"), CRITERIA);

        assertThat(form.unreadable()).containsOnlyKeys("points.A1");
        assertThat(form.review().entries())
                .extracting(ReviewClient.ReviewedEntry::criterionCode)
                .containsExactly("A2");
    }

    @Test
    void theServicesRefusalOfAnEntryLandsOnTheFieldOfItsCriterion() {
        ReviewForm form = ReviewForm.of(Map.of("points.A2", "20", "points.B1", "99"), CRITERIA);

        assertThat(form.fieldOf("entries[1].points")).isEqualTo("points.B1");
        assertThat(form.fieldOf("entries[0].note")).isEqualTo("note.A2");
        assertThat(form.fieldOf("entries")).isEqualTo("entries");
        assertThat(form.fieldOf("entries[7].points")).isEqualTo("entries[7].points");
    }
}
