package org.thidua.awards.rules;

/** Task-completion rating (mức độ hoàn thành nhiệm vụ), best first; mirrors the reviews contract. */
public enum TaskRating {
    EXCELLENT,
    GOOD,
    COMPLETED,
    NOT_COMPLETED;

    /** Whether this rating is {@code other} or better. */
    public boolean atLeast(TaskRating other) {
        return ordinal() <= other.ordinal();
    }
}
