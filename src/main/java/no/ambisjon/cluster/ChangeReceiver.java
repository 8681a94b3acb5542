package no.ambisjon.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import no.ambisjon.base.change.ChangesMissed;
import no.ambisjon.base.change.Committed;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * Hears the changes the other nodes commit and announces each here as {@link Committed}, on a
 * connection of its own that listens all the time. When that connection breaks, it connects again
 * and announces {@link ChangesMissed}: what was committed meanwhile cannot be told apart.
 */
class ChangeReceiver implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeReceiver.class);
    private static final long RETRY_MILLIS = 1_000;

    interface ConnectionSource {
        Connection open() throws SQLException;
    }

    private final String node;
    private final ConnectionSource connections;
    private final ApplicationEventPublisher events;
    private final CountDownLatch listening = new CountDownLatch(1);
    private volatile Thread thread;
    private volatile Connection connection;

    ChangeReceiver(String node, ConnectionSource connections, ApplicationEventPublisher events) {
        this.node = node;
        this.connections = connections;
        this.events = events;
    }

    @Override
    public void start() {
        thread = Thread.ofPlatform().daemon().name("cluster-changes").start(this::run);
        try {
            // Ready means hearing: a change another node commits from now on reaches this one.
            if (!listening.await(30, TimeUnit.SECONDS)) {
                log.warn("Not yet listening to other nodes' changes; going on and trying meanwhile");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        var running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
            close();
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private void run() {
        var first = true;
        while (thread != null) {
            try {
                connection = connections.open();
                try (var statement = connection.createStatement()) {
                    statement.execute("LISTEN " + Notice.CHANNEL);
                }
                listening.countDown();
                if (!first) {
                    log.info("Listening to other nodes' changes again");
                    events.publishEvent(new ChangesMissed());
                }
                first = false;
                receive(connection.unwrap(PGConnection.class));
            } catch (SQLException | RuntimeException e) {
                if (thread == null) {
                    return;
                }
                log.warn("Lost the connection that hears other nodes' changes ({}); trying again", e.toString());
                close();
                if (!pause()) {
                    return;
                }
            }
        }
    }

    private void receive(PGConnection listener) throws SQLException {
        while (thread != null) {
            var notifications = listener.getNotifications(500);
            if (notifications == null) {
                continue;
            }
            for (var notification : notifications) {
                var notice = Notice.parse(notification.getParameter());
                if (notice != null && !notice.node().equals(node)) {
                    events.publishEvent(new Committed(notice));
                }
            }
        }
    }

    private boolean pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    private void close() {
        try {
            var open = connection;
            if (open != null) {
                open.close();
            }
        } catch (SQLException ignored) {
            // Closing a broken connection: nothing left to do.
        }
    }
}
