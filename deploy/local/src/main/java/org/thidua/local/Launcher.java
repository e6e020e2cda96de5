package org.thidua.local;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The local stack behind {@code ./thidua}: Kafka, MariaDB, SMTP (+ mail read endpoint) and the services, each
 * in its own process with its own log under {@code <home>/logs}.
 *
 * <pre>
 * Launcher up [-d] [--infra-only|--skip-missing] [--no-portal] [options]   start (foreground, or detached with -d)
 * Launcher down                                              stop a running stack
 * Launcher status                                            what runs, where, ready or not
 * Launcher mail [index]                                      mail received by the SMTP server
 * Launcher prepare-up [up's options]                          refuse if running, else build what up needs
 * Launcher demo                                              load the 2019 demo world into the running stack
 * </pre>
 *
 * Options (each also an environment variable): --home (THIDUA_HOME), --repo (THIDUA_REPO), --kafka-port
 * (THIDUA_KAFKA_PORT, 9092), --kafka-controller-port (THIDUA_KAFKA_CONTROLLER_PORT, 9093), --db-port
 * (THIDUA_DB_PORT, 3307), --smtp-port (THIDUA_SMTP_PORT, 3025), --mail-http-port (THIDUA_MAIL_HTTP_PORT, 8025),
 * --services (THIDUA_SERVICES, "name[:port],..."), --ready-timeout (THIDUA_READY_TIMEOUT, seconds, 180),
 * --portal-port (THIDUA_PORTAL_PORT, 8080: the web portal, started once the services are ready),
 * --portal-url (THIDUA_PORTAL_URL, the web portal e-mails link to, the started portal's address by default),
 * THIDUA_SERVICE_JAVA_OPTS, THIDUA_JAR_&lt;NAME&gt; (jar of one service, e.g. THIDUA_JAR_UNITS_SERVICE).
 *
 * <p>This class parses the command line ({@link Config}) and runs the {@link Command}; {@link Stack} starts and stops
 * the {@link StackPart}s (ADR 0100).
 */
public final class Launcher {

    /** Every command, by its name on the command line. */
    static final Map<String, Command> COMMANDS = Map.of(
            "up", new UpCommand(),
            "prepare-up", new BuildCommand(),
            "down", new DownCommand(),
            "status", new StatusCommand(),
            "mail", new MailCommand(),
            "demo", DemoLoader::run);

    private Launcher() {}

    public static void main(String[] args) {
        // the summary names the portal in Vietnamese: UTF-8 whatever the locale (a log file, a detached parent)
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        if (args.length == 0 || List.of("help", "-h", "--help").contains(args[0])) {
            System.out.println(usage());
            System.exit(args.length == 0 ? 2 : 0);
        }
        System.exit(run(args[0], Arrays.asList(args).subList(1, args.length), System.getenv()));
    }

    /** Runs {@code command} with {@code args}; its exit code (2 for a command line it does not understand). */
    static int run(String command, List<String> args, Map<String, String> env) {
        try {
            Command known = COMMANDS.get(command);
            if (known == null) {
                throw new UsageException("unknown command " + command);
            }
            return known.run(Config.parse(args, env));
        } catch (UsageException e) {
            System.err.println("thidua: " + e.getMessage());
            System.err.println(usage());
            return 2;
        }
    }

    static String usage() {
        return String.join(
                "\n",
                "usage: thidua <command> [options]",
                "  up [-d] [--infra-only | --skip-missing] [--no-portal] [--build] [--demo]",
                "                                                      start the stack (-d: in the background);",
                "                                                      --demo: then load the 2019 demo world",
                "  demo                                                load the 2019 demo world into the running stack",
                "  down                                                stop it",
                "  status                                              what runs where, ready or not",
                "  mail [index]                                        mail received by the SMTP server",
                "options / environment:",
                "  --home DIR               THIDUA_HOME                 data folder (default <repo>/.thidua)",
                "  --kafka-port N           THIDUA_KAFKA_PORT           9092",
                "  --kafka-controller-port  THIDUA_KAFKA_CONTROLLER_PORT 9093",
                "  --db-port N              THIDUA_DB_PORT              3307",
                "  --smtp-port N            THIDUA_SMTP_PORT            3025",
                "  --mail-http-port N       THIDUA_MAIL_HTTP_PORT       8025",
                "  --portal-port N          THIDUA_PORTAL_PORT          " + Config.DEFAULT_PORTAL_PORT
                        + " (the web portal)",
                "  --portal-url URL         THIDUA_PORTAL_URL           the started portal's address (e-mails link to it)",
                "  --services LIST          THIDUA_SERVICES             " + Config.DEFAULT_SERVICES,
                "  --ready-timeout SECONDS  THIDUA_READY_TIMEOUT        180",
                "                           THIDUA_SERVICE_JAVA_OPTS    " + Config.DEFAULT_SERVICE_JAVA_OPTS,
                "                           THIDUA_JAR_<NAME>           jar of one service (THIDUA_JAR_UNITS_SERVICE=...)");
    }
}
