package gazette.crawler.fetch;

import gazette.crawler.SkipReason;
import java.net.URI;

/** A URL that could not be turned into a usable response, with the URL, the named reason and the specifics. */
public final class FetchException extends Exception {
    private final URI url;
    private final SkipReason reason;
    private final String detail;

    public FetchException(URI url, SkipReason reason, String detail) {
        super(reason + " " + url + (detail.isEmpty() ? "" : ": " + detail));
        this.url = url;
        this.reason = reason;
        this.detail = detail;
    }

    public URI url() {
        return url;
    }

    public SkipReason reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }
}
