package gazette.app;

import gazette.core.FetchEvent;
import gazette.crawler.history.FetchLog;
import java.util.function.Consumer;

/** A fetch log that also tells {@code observer} of every event, before passing it on. */
record ObservedFetchLog(FetchLog log, Consumer<FetchEvent> observer) implements FetchLog {
    @Override
    public void append(FetchEvent event) {
        observer.accept(event);
        log.append(event);
    }

    @Override
    public void flush() {
        log.flush();
    }
}
