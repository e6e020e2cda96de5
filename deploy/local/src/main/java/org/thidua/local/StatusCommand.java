package org.thidua.local;

import static org.thidua.local.Console.display;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code status}: the launcher and each part: running or not, pid, port, ready (probed now), endpoint, log. */
final class StatusCommand implements Command {

    @Override
    public int run(Config config) {
        Optional<StackState> state = StackState.read(config.stateFile());
        if (state.isEmpty()) {
            System.out.println("not running (nothing recorded in " + display(config.home) + ")");
            return 3;
        }
        long pid = state.get().launcherPid();
        boolean launcherAlive = StackLock.isLauncher(pid);
        String status = state.get().status();
        boolean cleanEnd = StackState.STOPPED.equals(status) || StackState.FAILED.equals(status);
        System.out.println("launcher: "
                + (launcherAlive
                        ? "running (pid " + pid + "), stack " + status.toLowerCase(Locale.ROOT)
                        : cleanEnd
                                ? "not running, stack " + status.toLowerCase(Locale.ROOT)
                                : "not running (pid " + pid + " is gone without a clean stop; last state "
                                        + status.toLowerCase(Locale.ROOT) + ")")
                + ", data " + display(config.home));
        if (StackState.FAILED.equals(status)) {
            System.out.println("last start failed: " + state.get().get("failure.part", "?") + ": "
                    + state.get().get("failure.message", "") + " (log "
                    + state.get().get("failure.log", "") + ")");
        }
        StatusTable table = statusTable(state.get(), launcherAlive);
        System.out.print(table.text());
        if (!launcherAlive) {
            return 3;
        }
        return table.allReady() && StackState.READY.equals(status) ? 0 : 1;
    }

    record StatusTable(String text, boolean allReady) {}

    /**
     * What {@code up} prints once the stack is ready: the portal's address first (where a person starts), then where
     * every part listens.
     */
    static String readySummary(Config config, StackState state) {
        StringBuilder out = new StringBuilder();
        state.parts().stream()
                .filter(p -> Config.PORTAL.equals(p.kind()))
                .findFirst()
                .ifPresent(p -> out.append("Cổng thông tin / Portal: ")
                        .append(p.endpoint())
                        .append('\n'));
        out.append("Thidua local stack is up (data: ")
                .append(display(config.home))
                .append(")\n");
        out.append(renderStatus(state, true));
        return out.toString();
    }

    /** The table printed by {@code up} and {@code status}. */
    static String renderStatus(StackState state, boolean launcherAlive) {
        return statusTable(state, launcherAlive).text();
    }

    /** Probes every part: process alive, port / readiness endpoint answering. */
    static StatusTable statusTable(StackState state, boolean launcherAlive) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("PART", "STATE", "PID", "PORT", "READY", "ENDPOINT", "LOG"));
        long launcherPid = state.launcherPid();
        boolean allReady = true;
        List<StackState.Part> parts = new ArrayList<>(state.parts());
        List<String> kinds = List.of(Config.PORTAL, "kafka", "mariadb", "smtp", "http", "service");
        parts.sort(Comparator.comparingInt(p -> kinds.indexOf(p.kind()) < 0 ? kinds.size() : kinds.indexOf(p.kind())));
        for (StackState.Part part : parts) {
            long pid = part.pid() > 0 ? part.pid() : launcherPid;
            boolean alive = part.pid() > 0
                    ? ProcessHandle.of(part.pid()).map(ProcessHandle::isAlive).orElse(false)
                    : launcherAlive;
            String ready = alive ? StackPart.health(part) : "-";
            allReady &= "yes".equals(ready);
            rows.add(List.of(
                    part.name(),
                    alive ? "running" : "stopped",
                    Long.toString(pid),
                    Integer.toString(part.port()),
                    ready,
                    part.endpoint(),
                    part.log() == null ? "" : display(part.log())));
        }
        return new StatusTable(Table.render(rows), allReady);
    }
}
