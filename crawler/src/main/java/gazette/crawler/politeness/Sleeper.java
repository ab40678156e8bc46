package gazette.crawler.politeness;

import java.time.Duration;

/** Waits for a duration; tests substitute one that advances a fake clock instead. */
@FunctionalInterface
public interface Sleeper {
    /** Sleeps on the calling thread. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration);

    void sleep(Duration duration) throws InterruptedException;
}
