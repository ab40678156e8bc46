package gazette.crawler.fetch;

import gazette.crawler.SkipReason;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Decides from the status and headers whether a body is read at all, and reads it only up to the size cap: the
 * connection is dropped as soon as a body turns out unwanted or too large, so neither costs a full download. A
 * truncating limit keeps the first bytes instead of refusing the body (robots.txt is parsed from its first 500 KiB).
 */
final class Bodies {
    /** A body read (still content-encoded), or the reason it was not; {@code truncated} when the cap cut it. */
    record Body(byte[] bytes, SkipReason refused, String detail, boolean truncated) {
        Body(byte[] bytes, SkipReason refused, String detail) {
            this(bytes, refused, detail, false);
        }
    }

    /** At most {@code maxBytes}; beyond that the body is refused, or cut when {@code truncate}. */
    record Limit(int maxBytes, boolean truncate) {}

    private Bodies() {}

    static BodyHandler<Body> handler(Fetcher.Accept accept, Limit limit) {
        return info -> {
            if (info.statusCode() < 200 || info.statusCode() >= 300) {
                return refuse(null, "");
            }
            String type = info.headers().firstValue("Content-Type").orElse(null);
            if (accept == Fetcher.Accept.HTML && !isHtml(type)) {
                return refuse(SkipReason.NOT_HTML, "content-type=" + type);
            }
            String encoding = info.headers().firstValue("Content-Encoding").orElse(null);
            if (!ContentEncoding.isSupported(encoding)) {
                return refuse(SkipReason.FETCH_FAILED, "content-encoding=" + encoding + " not supported");
            }
            long length = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (length > limit.maxBytes() && !limit.truncate()) {
                return refuse(SkipReason.TOO_LARGE, "content-length=" + length + " max=" + limit.maxBytes());
            }
            return new Capped(limit, length);
        };
    }

    /** HTML or XHTML; a missing type is let through, since the extractor copes with whatever it gets. */
    static boolean isHtml(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String media = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return media.equals("text/html") || media.equals("application/xhtml+xml");
    }

    private static BodySubscriber<Body> refuse(SkipReason reason, String detail) {
        return new Refused(new Body(null, reason, detail));
    }

    /** Cancels at once: the body is not needed. */
    private record Refused(Body body) implements BodySubscriber<Body> {
        @Override
        public CompletionStage<Body> getBody() {
            return CompletableFuture.completedFuture(body);
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.cancel();
        }

        @Override
        public void onNext(List<ByteBuffer> item) {}

        @Override
        public void onError(Throwable throwable) {}

        @Override
        public void onComplete() {}
    }

    /**
     * Collects the body into one array (sized from {@code Content-Length} when given, so a complete body is not
     * copied again), cancelling once it passes the cap (chunked bodies announce no length).
     */
    private static final class Capped implements BodySubscriber<Body> {
        private final CompletableFuture<Body> result = new CompletableFuture<>();
        private final Limit limit;
        private byte[] bytes;
        private int size;
        private Flow.Subscription subscription;

        Capped(Limit limit, long length) {
            this.limit = limit;
            this.bytes = new byte[length > 0 ? (int) Math.min(length, limit.maxBytes()) : 8192];
        }

        @Override
        public CompletionStage<Body> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                if (result.isDone()) {
                    return;
                }
                if ((long) size + buffer.remaining() > limit.maxBytes()) {
                    overflow(buffer);
                    return;
                }
                append(buffer, buffer.remaining());
            }
        }

        private void append(ByteBuffer buffer, int count) {
            if (size + count > bytes.length) {
                long grown = Math.max(size + count, 2L * bytes.length);
                bytes = Arrays.copyOf(bytes, (int) Math.min(limit.maxBytes(), grown));
            }
            buffer.get(bytes, size, count);
            size += count;
        }

        private void overflow(ByteBuffer buffer) {
            subscription.cancel();
            if (limit.truncate()) {
                append(buffer, limit.maxBytes() - size);
                result.complete(new Body(collected(), null, "", true));
            } else {
                result.complete(new Body(null, SkipReason.TOO_LARGE, "body over max=" + limit.maxBytes()));
            }
        }

        private byte[] collected() {
            return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(new Body(collected(), null, ""));
        }
    }
}
