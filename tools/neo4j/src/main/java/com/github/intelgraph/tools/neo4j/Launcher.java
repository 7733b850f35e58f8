package com.github.intelgraph.tools.neo4j;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.Version;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs a Neo4j community DBMS embedded in this JVM with its Bolt connector
 * enabled, for intelgraph's tests and CI.
 *
 * <pre>
 * java -jar intelgraph-neo4j.jar --home DIR [--port 7687] [--listen 127.0.0.1]
 *      [--pagecache 256m] [--ready-file FILE] [--no-auth] [--config neo4j.conf]
 * </pre>
 *
 * <p>With auth enabled (the default) the password of the built-in user
 * {@code neo4j} is set from the environment variable {@code NEO4J_PASSWORD}
 * (default {@code intelgraph-test}) on every start, without "change required".
 * Once the DBMS is up and the password is set, the launcher prints a line
 * starting with {@code INTELGRAPH_NEO4J_READY} and, if {@code --ready-file} was
 * given, writes that file. SIGTERM / SIGINT shut the DBMS down cleanly via a
 * shutdown hook, which also removes the ready file.
 */
public final class Launcher {

    static final String DEFAULT_PASSWORD = "intelgraph-test";
    static final String READY_MARKER = "INTELGRAPH_NEO4J_READY";

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        Options opts;
        try {
            opts = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        if (opts.help) {
            System.out.println(Options.USAGE);
            return;
        }

        PrintStream out = System.out;
        Instant started = Instant.now();
        Path home = opts.home.toAbsolutePath().normalize();
        Files.createDirectories(home);
        if (opts.readyFile != null) {
            Files.deleteIfExists(opts.readyFile);
        }

        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.isEmpty()) {
            password = DEFAULT_PASSWORD;
        }

        out.printf("intelgraph-neo4j: starting Neo4j %s (community, embedded) home=%s bolt=%s:%d auth=%s%n",
                Version.getNeo4jVersion(), home, opts.listen, opts.port, opts.auth ? "enabled" : "disabled");

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
        if (opts.config != null) {
            // Loaded first so that the settings below (the ones this launcher
            // exists for) always win.
            builder.loadPropertiesFromFile(opts.config);
        }
        builder.setUserLogProvider(new Log4jLogProvider(out, Level.INFO))
                // Bolt only, on loopback by default.
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(opts.listen, opts.port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(opts.listen, opts.port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, opts.auth)
                // Small footprint: a test server on a 2-core machine.
                .setConfig(GraphDatabaseSettings.pagecache_memory, opts.pagecacheBytes)
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(64))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Stop quickly on SIGTERM: a test server has no clients worth
                // waiting minutes for.
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1));

        DatabaseManagementService dbms = builder.build();

        CountDownLatch stopped = new CountDownLatch(1);
        final Path readyFile = opts.readyFile;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("intelgraph-neo4j: shutting down");
            try {
                if (readyFile != null) {
                    Files.deleteIfExists(readyFile);
                }
            } catch (IOException ignored) {
                // best effort
            }
            try {
                dbms.shutdown();
                System.out.println("intelgraph-neo4j: shut down cleanly");
            } catch (Throwable t) {
                System.err.println("intelgraph-neo4j: error during shutdown: " + t);
            } finally {
                stopped.countDown();
                System.out.flush();
            }
        }, "intelgraph-neo4j-shutdown"));

        try {
            if (opts.auth) {
                setPassword(dbms, password);
            }
            // Touch the default database so that "ready" means queries work.
            dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        } catch (Throwable t) {
            System.err.println("intelgraph-neo4j: startup failed: " + t);
            t.printStackTrace();
            System.exit(1);
            return;
        }

        String ready = String.format("%s bolt://%s:%d user=neo4j auth=%s startup=%dms%n",
                READY_MARKER, opts.listen, opts.port, opts.auth ? "enabled" : "disabled",
                Duration.between(started, Instant.now()).toMillis());
        if (readyFile != null) {
            Path tmp = readyFile.resolveSibling(readyFile.getFileName() + ".tmp");
            Files.writeString(tmp, ready, StandardCharsets.UTF_8);
            Files.move(tmp, readyFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        out.print(ready);
        out.flush();

        // Park the main thread; the shutdown hook does the work on SIGTERM.
        stopped.await();
    }

    /** Sets the built-in user's password without the "change required" flag. */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            // Restarting on an existing data dir with the same password.
            String msg = String.valueOf(e.getMessage());
            if (!msg.contains("cannot be the same")) {
                throw e;
            }
        }
        // The password may already have been set but still flagged as
        // "change required" by an earlier, differently configured run.
        system.executeTransactionally("ALTER USER neo4j SET PASSWORD CHANGE NOT REQUIRED");
    }

    static final class Options {
        static final String USAGE = String.join("\n",
                "usage: java -jar intelgraph-neo4j.jar --home DIR [options]",
                "  --home DIR         Neo4j home; databases go to DIR/data, logs to DIR/logs (required)",
                "  --port N           Bolt port (default 7687)",
                "  --listen ADDR      Bolt listen address (default 127.0.0.1)",
                "  --pagecache SIZE   page cache size, e.g. 128m, 1g (default 256m)",
                "  --ready-file FILE  written once the server accepts authenticated Bolt queries",
                "  --config FILE      extra neo4j.conf-style settings, applied first",
                "  --no-auth          disable authentication",
                "environment: NEO4J_PASSWORD (default " + DEFAULT_PASSWORD + ") for user neo4j");

        Path home;
        int port = BoltConnector.DEFAULT_PORT;
        String listen = "127.0.0.1";
        long pagecacheBytes = ByteUnit.mebiBytes(256);
        Path readyFile;
        Path config;
        boolean auth = true;
        boolean help;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                String v = null;
                int eq = a.indexOf('=');
                if (a.startsWith("--") && eq > 0) {
                    v = a.substring(eq + 1);
                    a = a.substring(0, eq);
                }
                switch (a) {
                    case "-h", "--help" -> o.help = true;
                    case "--no-auth" -> o.auth = false;
                    case "--home", "--port", "--listen", "--pagecache", "--ready-file", "--config" -> {
                        if (v == null) {
                            if (i + 1 >= args.length) {
                                throw new IllegalArgumentException(a + " needs a value");
                            }
                            v = args[++i];
                        }
                        switch (a) {
                            case "--home" -> o.home = Path.of(v);
                            case "--port" -> o.port = parsePort(v);
                            case "--listen" -> o.listen = v;
                            case "--pagecache" -> o.pagecacheBytes = ByteUnit.parse(v);
                            case "--ready-file" -> o.readyFile = Path.of(v).toAbsolutePath();
                            case "--config" -> o.config = Path.of(v);
                            default -> throw new AssertionError(a);
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
                }
            }
            if (!o.help && o.home == null) {
                throw new IllegalArgumentException("--home is required");
            }
            return o;
        }

        private static int parsePort(String v) {
            try {
                int p = Integer.parseInt(v);
                if (p < 1 || p > 65535) {
                    throw new NumberFormatException();
                }
                return p;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("invalid port: " + v);
            }
        }
    }
}
