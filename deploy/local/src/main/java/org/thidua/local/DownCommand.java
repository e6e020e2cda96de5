package org.thidua.local;

import static org.thidua.local.Console.display;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** {@code down}: stops the launcher of this data folder, then anything it left behind (each checked to be ours). */
final class DownCommand implements Command {

    @Override
    public int run(Config config) {
        Optional<StackState> state = StackState.read(config.stateFile());
        Optional<Long> pid = ProcessSupport.readPidFile(config.pidFile());
        boolean wasRunning = false;
        if (pid.isPresent()) {
            Optional<ProcessHandle> launcher = ProcessHandle.of(pid.get())
                    .filter(ProcessHandle::isAlive)
                    .filter(h -> StackLock.isLauncher(h.pid()));
            if (launcher.isPresent()) {
                wasRunning = true;
                System.out.println("stopping the Thidua stack (launcher pid " + pid.get() + ") ...");
                if (!ProcessSupport.terminate(launcher.get(), Duration.ofSeconds(150))) {
                    System.err.println("thidua: the launcher did not exit");
                }
            }
        }
        // anything left behind (launcher killed with -9 and a child still shutting down, ...)
        boolean clean = true;
        if (state.isPresent()) {
            for (StackState.Part part : state.get().parts()) {
                if (part.pid() <= 0) {
                    continue;
                }
                Optional<ProcessHandle> handle = ProcessHandle.of(part.pid()).filter(ProcessHandle::isAlive);
                if (handle.isEmpty()) {
                    continue;
                }
                String cmd = ProcessSupport.commandLine(part.pid());
                boolean ours = !part.match().isEmpty()
                        && Arrays.stream(part.match().split("\\|")).allMatch(cmd::contains);
                if (!ours) {
                    continue;
                }
                System.out.println("  stopping leftover " + part.name() + " (pid " + part.pid() + ")");
                if (!ProcessSupport.terminate(handle.get(), Duration.ofSeconds(30))) {
                    System.err.println("thidua: " + part.name() + " (pid " + part.pid() + ") is still running");
                    clean = false;
                }
                wasRunning = true;
            }
            if (!StackState.FAILED.equals(state.get().status())) {
                state.get().set("status", StackState.STOPPED).save();
            }
        }
        System.out.println(
                wasRunning
                        ? (clean ? "stopped" : "stopped, with leftovers (see above)")
                        : "not running (" + display(config.home) + ")");
        return clean ? 0 : 1;
    }
}
