package gazette.crawler;

import gazette.crawler.politeness.Sleeper;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * A sleeper that {@link #stop} wakes: politeness delays, a {@code Retry-After} pause or a robots.txt backoff can be
 * minutes long, and a stopped crawl must not sit them out. Only threads inside {@link #sleep} are interrupted, so
 * requests in flight still finish; a sleep after the stop fails at once.
 */
final class StoppableSleeper implements Sleeper {
    private final Sleeper sleeper;
    private final Set<Thread> sleeping = new HashSet<>();
    private boolean stopped;

    StoppableSleeper(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        enter();
        try {
            sleeper.sleep(duration);
        } finally {
            leave();
        }
    }

    /** Wakes every sleeping thread with an {@link InterruptedException}, and every later sleeper at once. */
    synchronized void stop() {
        stopped = true;
        sleeping.forEach(Thread::interrupt);
    }

    private synchronized void enter() throws InterruptedException {
        if (stopped) {
            throw new InterruptedException("crawl stopped");
        }
        sleeping.add(Thread.currentThread());
    }

    // Under the same lock as stop(), so a thread that has left cannot be interrupted late.
    private synchronized void leave() {
        sleeping.remove(Thread.currentThread());
    }
}
