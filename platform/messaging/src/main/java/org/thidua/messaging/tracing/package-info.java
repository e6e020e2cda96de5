/** OpenTelemetry tracing of events across the suite: spans, the one W3C header, the in-process store (ADR 0094). */
package org.thidua.messaging.tracing;
