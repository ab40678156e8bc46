package gazette.app;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a command on SIGTERM ({@code kill}) or Ctrl-C the way the admin API stops a crawl, then holds the JVM's exit
 * until the command has flushed and closed, for at most {@link #GRACE}. The JVM exits with the signal's code: 143 for
 * SIGTERM, 130 for Ctrl-C. A JVM shutdown hook, because the JVM runs those on both signals.
 */
final class StopOnSignal implements AutoCloseable {
    /** Beyond this the process ends anyway: like a kill, it then loses only what was not acknowledged yet. */
    static final Duration GRACE = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(StopOnSignal.class);

    private final Thread hook = new Thread(this::stop, "stop-on-signal");
    private final CountDownLatch closed = new CountDownLatch(1);
    private Runnable stopper;
    private boolean signalled;

    private StopOnSignal(Runnable stopper) {
        this.stopper = stopper;
    }

    /** Installs the hook; {@code stopper} is what a signal runs until {@link #stopWith} names another. */
    static StopOnSignal install(Runnable stopper) {
        StopOnSignal signal = new StopOnSignal(stopper);
        Runtime.getRuntime().addShutdownHook(signal.hook);
        return signal;
    }

    /** From now on a signal runs {@code next}; at once if a signal came already (e.g. before the crawl started). */
    synchronized void stopWith(Runnable next) {
        stopper = next;
        if (signalled) {
            next.run();
        }
    }

    synchronized boolean signalled() {
        return signalled;
    }

    /** The command has ended: the JVM may exit now. */
    @Override
    public void close() {
        closed.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook is running and was waiting for this.
        }
    }

    private void stop() {
        synchronized (this) {
            signalled = true;
            LOG.warn("event=stopping cause=signal detail=\"requests in flight finish, the pages fetched so far are "
                    + "flushed, queued URLs stay in the frontier: the same command resumes\"");
            stopper.run();
        }
        try {
            if (!closed.await(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("event=stop_timeout grace={} detail=\"exiting before the command closed\"", GRACE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
