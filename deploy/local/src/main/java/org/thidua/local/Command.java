package org.thidua.local;

/** One {@code ./thidua} command (ADR 0100): what it does with the parsed options, and its exit code. */
interface Command {

    int run(Config config);
}
