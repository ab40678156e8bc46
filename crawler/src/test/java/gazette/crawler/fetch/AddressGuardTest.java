package gazette.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
        "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1",
        "fc00::1", "fd12:3456::1", "::ffff:10.0.0.1", "ff02::1"})
    void refusesInternalAddresses(String literal) throws UnknownHostException {
        assertThat(AddressGuard.isPublic(InetAddress.getByName(literal))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "172.32.0.1", "100.128.0.1", "192.169.0.1", "2001:4860:4860::8888",
        "::ffff:8.8.8.8"})
    void allowsPublicAddresses(String literal) throws UnknownHostException {
        assertThat(AddressGuard.isPublic(InetAddress.getByName(literal))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "[::1]", "10.0.0.1"})
    void allowPrivateLetsEverythingThrough(String host) throws UnknownHostException {
        assertThat(new AddressGuard(true).refused(host)).isEmpty();
        assertThat(new AddressGuard(false).refused(host)).isPresent();
    }
}
