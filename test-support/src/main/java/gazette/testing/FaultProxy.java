package gazette.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP proxy to one local port that can be cut: while cut, every open connection is reset and every new
 * one is reset as soon as it is accepted, so the client sees what a dead or restarting server looks like.
 */
public final class FaultProxy implements AutoCloseable {
    private static final int CONNECT_TIMEOUT_MS = 2_000;

    private final ServerSocket listener;
    private final int targetPort;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private volatile boolean cut;

    private FaultProxy(ServerSocket listener, int targetPort) {
        this.listener = listener;
        this.targetPort = targetPort;
    }

    /** Listens on 127.0.0.1 on a free port, forwarding to {@code 127.0.0.1:targetPort}. */
    public static FaultProxy start(int targetPort) {
        try {
            ServerSocket listener = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
            FaultProxy proxy = new FaultProxy(listener, targetPort);
            proxy.threads.submit(proxy::acceptLoop);
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the proxy port", e);
        }
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String url() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    /** From now on, connections are reset: the open ones at once, new ones as they arrive. */
    public void cut() {
        cut = true;
        open.forEach(FaultProxy::reset);
    }

    /** Forwards again. */
    public void restore() {
        cut = false;
    }

    /** Connections reset because the proxy was cut. */
    public int refused() {
        return refused.get();
    }

    /** Connections accepted, forwarded or not. */
    public int accepted() {
        return accepted.get();
    }

    @Override
    public void close() {
        closeQuietly(listener);
        open.forEach(FaultProxy::reset);
        threads.shutdownNow();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                accepted.incrementAndGet();
                threads.submit(() -> serve(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket client) {
        if (cut) {
            refused.incrementAndGet();
            reset(client);
            return;
        }
        Socket server = new Socket();
        open.add(client);
        open.add(server);
        try {
            server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), CONNECT_TIMEOUT_MS);
            threads.submit(() -> pump(server, client));
            pump(client, server);
        } catch (IOException e) {
            reset(client);
            reset(server);
        }
    }

    /** Copies until either side closes, then closes both (HTTP keeps no half-open connections worth keeping). */
    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n = in.read(buffer); n >= 0 && !cut; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side went away; the finally block ends the other
        } finally {
            if (cut) {
                reset(from);
                reset(to);
            } else {
                closeQuietly(from);
                closeQuietly(to);
            }
            open.remove(from);
            open.remove(to);
        }
    }

    /** Closes with an RST rather than a FIN, as a crashed server's kernel would. */
    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (IOException e) {
            // already closed
        }
        closeQuietly(socket);
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // nothing to do: the connection is gone either way
        }
    }
}
