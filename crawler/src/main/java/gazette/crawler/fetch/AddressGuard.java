package gazette.crawler.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Keeps the crawler from being turned against the internal network: a host is refused when any address it resolves
 * to is loopback, link-local, private, carrier-grade NAT, unique-local, unspecified or multicast. DNS may answer
 * differently at connect time; pinning the checked address is left to the frontier work.
 */
public final class AddressGuard {
    private final boolean allowPrivate;

    public AddressGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** The first non-public address {@code host} resolves to, or empty when it may be fetched. */
    public Optional<InetAddress> refused(String host) throws UnknownHostException {
        if (allowPrivate) {
            return Optional.empty();
        }
        for (InetAddress address : InetAddress.getAllByName(host)) {
            if (!isPublic(address)) {
                return Optional.of(address);
            }
        }
        return Optional.empty();
    }

    /** True for an address reachable on the public internet. */
    public static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return !isReservedV4(b);
        }
        return address instanceof Inet6Address && !isReservedV6(b);
    }

    private static boolean isReservedV4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 || first == 10 || first == 127 || first >= 240
                || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                || (first == 169 && second == 254) || (first == 172 && second >= 16 && second < 32)
                || (first == 192 && second == 168);
    }

    private static boolean isReservedV6(byte[] b) {
        if ((b[0] & 0xfe) == 0xfc) {
            return true; // unique local fc00::/7
        }
        if (isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return isReservedV4(new byte[] {b[12], b[13], b[14], b[15]}); // IPv4-mapped ::ffff:a.b.c.d
        }
        return false;
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
