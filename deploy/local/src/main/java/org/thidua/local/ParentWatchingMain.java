package org.thidua.local;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;

/**
 * Wrapper main for Java child processes: {@code ParentWatchingMain <parentPid> <mainClass> [args...]}.
 *
 * <p>Exits the JVM (System.exit, so the real program's shutdown hooks run) as soon as the parent process is
 * gone, whatever the way it died (including {@code kill -9}), then invokes {@code mainClass.main(args)}. If the
 * shutdown hooks hang, the JVM is halted after {@value #HALT_AFTER_SECONDS} s.
 *
 * <p>Deliberately dependency-free: it is put on the child's classpath next to the real program.
 */
public final class ParentWatchingMain {

    static final int HALT_AFTER_SECONDS = 45;

    private ParentWatchingMain() {}

    public static void main(String[] args) throws Throwable {
        if (args.length < 2) {
            System.err.println("usage: ParentWatchingMain <parentPid> <mainClass> [args...]");
            System.exit(2);
        }
        long parentPid = Long.parseLong(args[0]);
        String mainClass = args[1];
        String[] rest = Arrays.copyOfRange(args, 2, args.length);

        Optional<ProcessHandle> parent = ProcessHandle.of(parentPid).filter(ProcessHandle::isAlive);
        if (parent.isEmpty()) {
            System.err.println(
                    "[ParentWatchingMain] parent process " + parentPid + " is not alive; not starting " + mainClass);
            System.exit(3);
        }
        parent.get().onExit().thenRun(() -> {
            System.err.println("[ParentWatchingMain] parent process " + parentPid + " exited; stopping " + mainClass);
            Thread halter = new Thread(
                    () -> {
                        try {
                            Thread.sleep(HALT_AFTER_SECONDS * 1000L);
                        } catch (InterruptedException e) {
                            return;
                        }
                        System.err.println(
                                "[ParentWatchingMain] shutdown took longer than " + HALT_AFTER_SECONDS + " s; halting");
                        Runtime.getRuntime().halt(137);
                    },
                    "parent-watch-halter");
            halter.setDaemon(true);
            halter.start();
            System.exit(143);
        });

        Method main = Class.forName(mainClass).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) rest);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
