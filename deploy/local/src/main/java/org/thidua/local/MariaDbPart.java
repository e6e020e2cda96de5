package org.thidua.local;

import java.nio.file.Path;
import java.util.List;

/** MariaDB ({@code mariadbd}), data under {@code <home>/mariadb/data}; the services' databases are made in it. */
final class MariaDbPart implements StackPart {

    private final Config config;
    private volatile EmbeddedMariaDb mariaDb;
    private volatile StackState.Part status;
    private volatile String readyIn = "";

    MariaDbPart(Config config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public Path log() {
        return config.logs().resolve("mariadb.log");
    }

    @Override
    public void start() {
        long t0 = System.nanoTime();
        EmbeddedMariaDb started =
                EmbeddedMariaDb.start(config.home.resolve("mariadb").resolve("data"), config.dbPort, log());
        mariaDb = started;
        readyIn = Console.seconds(t0);
        status = new StackState.Part(
                name(),
                "mariadb",
                started.pid(),
                config.dbPort,
                "jdbc:mysql://127.0.0.1:" + config.dbPort + " (" + started.username() + "/" + started.password() + ")",
                "tcp",
                log(),
                "ready in " + readyIn,
                "mariadbd|" + config.home);
    }

    /** Creates the service's database if it does not exist. */
    void createDatabase(ServiceSpec service) {
        EmbeddedMariaDb db = mariaDb;
        try {
            if (db == null) {
                throw new IllegalStateException("mariadb is not running");
            }
            db.createDatabase(service.database());
        } catch (RuntimeException e) {
            throw new StartupFailure(
                    name(), log(), "cannot create database " + service.database() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String readyLine() {
        return "mariadb ready in " + readyIn;
    }

    @Override
    public List<StackState.Part> status() {
        return status == null ? List.of() : List.of(status);
    }

    @Override
    public boolean running() {
        return mariaDb != null;
    }

    @Override
    public synchronized boolean stop() {
        EmbeddedMariaDb toStop = mariaDb;
        mariaDb = null;
        if (toStop != null) {
            toStop.stop();
        }
        return true;
    }
}
