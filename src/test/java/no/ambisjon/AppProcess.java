package no.ambisjon;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The application, or another program, as a process of its own: a node behind the load balancer,
 * the production jar under a benchmark. Its output goes to {@code target/processes/<name>.log}.
 */
public final class AppProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target/ambisjon-0.1.0-SNAPSHOT.jar");

    private final String name;
    private final Process process;
    private final Path log;
    private final int port;

    private AppProcess(String name, Process process, Path log, int port) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * The application from {@code target/classes} on its runtime classpath, as {@code mvn spring-boot:run}
     * runs it, on the JDK these tests run on.
     */
    public static AppProcess node(String name, int port, Map<String, String> environment, String... arguments)
            throws IOException {
        var classpath = "target/classes" + java.io.File.pathSeparator
                + Files.readString(Path.of("target/runtime-classpath.txt")).strip();
        var command = new ArrayList<>(List.of(java(), "-Xmx768m", "-XX:TieredStopAtLevel=1", "-cp", classpath,
                "no.ambisjon.Application", "--server.port=" + port));
        command.addAll(List.of(arguments));
        return start(name, port, command, environment);
    }

    /**
     * The production jar {@code mvn -Pproduction package} made, as an installation runs it.
     *
     * @throws IllegalStateException when the jar in {@code target} is not a production build
     */
    public static AppProcess productionJar(String name, int port, Map<String, String> environment, String... arguments)
            throws IOException {
        if (!productionBuild()) {
            throw new IllegalStateException(JAR + " is not a production build: mvn -Pproduction package");
        }
        var command = new ArrayList<>(List.of(java(), "-jar", JAR.toString(), "--server.port=" + port));
        command.addAll(List.of(arguments));
        return start(name, port, command, environment);
    }

    /** Whether {@code target} holds a production jar, as {@code mvn -Pproduction package} makes it. */
    public static boolean productionBuild() throws IOException {
        if (!Files.exists(JAR)) {
            return false;
        }
        try (var file = new java.util.jar.JarFile(JAR.toFile())) {
            var info = file.getEntry("META-INF/VAADIN/config/flow-build-info.json");
            return info != null && new String(file.getInputStream(info).readAllBytes())
                    .matches("(?s).*\"productionMode\"\\s*:\\s*true.*");
        }
    }

    /** Any program, e.g. HAProxy; {@code port} is where it answers. */
    public static AppProcess start(String name, int port, List<String> command, Map<String, String> environment)
            throws IOException {
        var log = Path.of("target/processes", name + ".log");
        Files.createDirectories(log.getParent());
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        builder.environment().putAll(environment);
        return new AppProcess(name, builder.start(), log, port);
    }

    public static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    /** Waits until {@code path} answers 200: for the app, its readiness. */
    public AppProcess awaitAnswer(String path, Duration patience) {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(2)).build();
        try {
            Awaitility.await(name + " answering " + path).atMost(patience).pollInterval(Duration.ofMillis(250))
                    .ignoreExceptionsInstanceOf(IOException.class)
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(name + " stopped: " + tail());
                        }
                        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                    });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(e.getMessage() + ": " + tail(), e);
        }
        return this;
    }

    public AppProcess awaitReady() {
        return awaitAnswer("/actuator/health/readiness", Duration.ofMinutes(3));
    }

    /** Asks it to stop, as a service manager would, and waits until it has. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private String tail() {
        try {
            var lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }
}
