package org.thidua.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraceParentTest {

    @Test
    void aNewTraceIsValidAndAChildKeepsTheTraceIdWithANewSpan() {
        String root = TraceParent.newTrace();
        assertThat(TraceParent.isValid(root)).isTrue();
        String child = TraceParent.child(root);
        assertThat(TraceParent.isValid(child)).isTrue();
        assertThat(child.substring(0, 36)).isEqualTo(root.substring(0, 36));
        assertThat(child.substring(36, 52)).isNotEqualTo(root.substring(36, 52));
        assertThat(child.substring(52)).isEqualTo(root.substring(52));
    }

    @Test
    void malformedValuesAreNotPropagated() {
        assertThat(TraceParent.isValid(null)).isFalse();
        assertThat(TraceParent.isValid("00-xyz-00f067aa0ba902b7-01")).isFalse();
        assertThat(TraceParent.isValid("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01")).isFalse();
    }
}
