package com.wabotiq.access.cors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The origin parser against {@link java.net.URI} (RFC 2396 with IPv6 from RFC 2732) as an oracle,
 * over seeded random origins built from valid and nearly valid parts. Where both apply they must
 * agree: an origin the parser accepts is a URI with that scheme, host (IPv6 compared as addresses
 * by {@link InetAddress}, which parses literals without a lookup) and port, and no path, query,
 * fragment or user information; and a URI of that shape is accepted, except where the WHATWG rules
 * browsers follow are stricter than RFC 2396 (a trailing dot, a port with a leading zero, an empty
 * port, a zone). The seed is in each case's name: replay one with {@code new Random(seed)}.
 */
class OriginOracleTest {
  private static final long MASTER_SEED = 0x0C0FFEE5L;
  private static final int SEEDS = 40;
  private static final int PER_SEED = 500;

  private static final List<String> SCHEMES =
      List.of("https", "http", "HTTPS", "Http", "ftp", "a+b-c.d", "1http", "", "ht tp");
  private static final List<String> LABELS =
      List.of("acme", "APP", "a", "xn--bcher-kva", "my-site", "-a", "a-", "a_b", "0", "255",
          "256", "0x7f", "12", "b\u00fccher", "x y", "");
  private static final List<String> IPV6 =
      List.of("::1", "::", "2001:db8::1", "2001:DB8:0:0:0:0:0:1", "1:2:3:4:5:6:7:8", "fe80::1%25x",
          "::ffff:1.2.3.4", "1::2::3", "1:2:3:4:5:6:7:8:9", "12345::", ":1::", "1:", "g::1",
          "::ffff:1.2.3.04", "0:0:0:0:0:ffff:7f00:1");
  private static final List<String> PORTS =
      List.of("", ":443", ":80", ":8443", ":0", ":65535", ":65536", ":0443", ":", ":-1", ":1a",
          ":99999");
  private static final List<String> SUFFIXES =
      List.of("", "", "", "", "/", "/p", "?q", "#f", " ", "@x", ".");

  static Stream<Long> seeds() {
    Random seeds = new Random(MASTER_SEED);
    return LongStream.range(0, SEEDS).mapToObj(i -> seeds.nextLong());
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void parser_agreesWithJavaNetUri(long seed) throws Exception {
    Random r = new Random(seed);
    for (int i = 0; i < PER_SEED; i++) {
      String text = randomOrigin(r);
      Origin origin = Origin.parse(text).origin();
      URI uri = tryUri(text);
      if (origin != null) {
        assertThat(uri).as("seed %d: %s accepted, so a URI", seed, text).isNotNull();
        assertAgrees(origin, uri, text, seed);
      } else if (uri != null && uriIsAnOriginBrowsersSend(uri, text)) {
        throw new AssertionError("seed " + seed + ": " + text + " is an origin URI ("
            + uri.getHost() + ", " + uri.getPort() + ") but was refused: "
            + Origin.parse(text).problem());
      }
    }
  }

  private static void assertAgrees(Origin origin, URI uri, String text, long seed)
      throws UnknownHostException {
    assertThat(uri.getScheme().toLowerCase(Locale.ROOT)).as("seed %d: %s scheme", seed, text)
        .isEqualTo(origin.scheme());
    assertThat(uri.getRawUserInfo()).as("seed %d: %s", seed, text).isNull();
    assertThat(uri.getRawQuery()).as("seed %d: %s", seed, text).isNull();
    assertThat(uri.getRawFragment()).as("seed %d: %s", seed, text).isNull();
    assertThat(uri.getRawPath()).as("seed %d: %s", seed, text).isEmpty();
    String host = uri.getHost();
    if (host == null) {
      // RFC 2396 host names are stricter than WHATWG's: no '_', no label starting or ending
      // with '-'; URI then reads the authority as registry-based.
      assertThat(origin.host()).as("seed %d: %s has a host URI accepts", seed, text)
          .matches(".*(_|^-|\\.-|-\\.|-$).*");
      return;
    }
    if (host.startsWith("[")) {
      assertThat(InetAddress.getByName(origin.host()).getAddress())
          .as("seed %d: %s IPv6", seed, text)
          .isEqualTo(InetAddress.getByName(host).getAddress());
    } else {
      assertThat(origin.host()).as("seed %d: %s host", seed, text)
          .isEqualTo(host.toLowerCase(Locale.ROOT));
    }
    int expectedPort = uri.getPort();
    if ((origin.scheme().equals("https") && expectedPort == 443)
        || (origin.scheme().equals("http") && expectedPort == 80)) {
      expectedPort = -1;
    }
    assertThat(origin.port()).as("seed %d: %s port", seed, text).isEqualTo(expectedPort);
    assertThat(origin.serialized()).as("seed %d: %s re-parses to itself", seed, text)
        .isEqualTo(String.valueOf(Origin.parse(origin.serialized()).origin()));
  }

  /** Whether a URI is scheme://host[:port] as a browser serializes an origin (modulo case). */
  private static boolean uriIsAnOriginBrowsersSend(URI uri, String text) {
    String host = uri.getHost();
    if (host == null || uri.getScheme() == null || uri.getRawUserInfo() != null
        || uri.getRawQuery() != null || uri.getRawFragment() != null
        || !uri.getRawPath().isEmpty() || uri.getPort() > 65535) {
      return false;
    }
    String authority = text.substring(text.indexOf("://") + 3);
    String portText = authority.startsWith("[")
        ? authority.substring(authority.indexOf(']') + 1)
        : authority.contains(":") ? authority.substring(authority.indexOf(':')) : "";
    boolean badPort = portText.equals(":") || (portText.startsWith(":0") && portText.length() > 2);
    boolean zeroPaddedIpv4 = host.startsWith("[") && host.matches(".*\\.0\\d.*");
    // WHATWG reads a host whose last label is a number as IPv4 ("http://12" is 0.0.0.12), and
    // browsers send it as a dotted quad; RFC 2396 reads it as a name.
    boolean numberNotQuad = host.matches("(.*\\.)?(\\d+|0[xX]\\p{XDigit}*)")
        && !host.matches("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}"
            + "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    return !host.endsWith(".") && !host.contains("%") && !badPort && !zeroPaddedIpv4
        && !numberNotQuad;
  }

  private static URI tryUri(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  static String randomOrigin(Random r) {
    StringBuilder sb = new StringBuilder();
    sb.append(pick(r, SCHEMES)).append(r.nextInt(20) == 0 ? ":/" : "://");
    if (r.nextInt(4) == 0) {
      sb.append('[').append(pick(r, IPV6)).append(r.nextInt(20) == 0 ? "" : "]");
    } else {
      int labels = 1 + r.nextInt(4);
      for (int i = 0; i < labels; i++) {
        if (i > 0) {
          sb.append('.');
        }
        String label = pick(r, LABELS);
        sb.append(r.nextBoolean() ? label : label.toUpperCase(Locale.ROOT));
      }
    }
    sb.append(pick(r, PORTS)).append(pick(r, SUFFIXES));
    return sb.toString();
  }

  private static String pick(Random r, List<String> from) {
    return from.get(r.nextInt(from.size()));
  }
}
