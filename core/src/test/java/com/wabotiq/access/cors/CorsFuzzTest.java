package com.wabotiq.access.cors;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Untrusted request values, fuzzed: origins, methods and {@code Access-Control-Request-Headers}
 * lists built from seeded random fragments (separators, brackets, control and non-ASCII
 * characters, surrogates) and mutations of valid values. Every call gives a decision with a code
 * and never throws; every answer carries {@code Vary}; a grant names an allowed origin exactly as
 * a browser serializes it; a detail is one bounded line. The header-list parser is checked
 * against a regular-expression oracle, and configurations built from random origins either build
 * or fail with {@link CorsConfigurationException}. The seed is in each case's name.
 *
 * <p>The same invariants run under Jazzer ({@link #decideAnything}); in {@code mvn test} it replays
 * the empty input only. To fuzz for real, from the repository root:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 mvn -pl core -am test -Dtest='CorsFuzzTest#decideAnything' -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 */
class CorsFuzzTest {
  private static final long MASTER_SEED = 0xC0E5_2026L;
  private static final int SEEDS = 50;
  private static final int PER_SEED = 400;
  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1f\\x7f]");
  private static final Pattern PRINTABLE = Pattern.compile("[\\x20-\\x7e]*");

  private static final List<String> FRAGMENTS =
      List.of("https", "http", "://", ":", "//", "[", "]", "::", "%", "%25", "@", "/", "?", "#",
          ".", "..", "a", "A", "app", "acme", "com", "xn--", "-", "_", "0", "1", "255", "256",
          "443", "8443", "65536", "0x", " ", "\t", "\r\n", "\u0000", "\u00e9", "\u0430",
          "\ud800", "\ud83d\ude00", ",", "null", "*", "\"", "\\", ";", "=", "localhost");
  private static final List<String> VALID =
      List.of("https://app.acme.com", "https://dashboard.acme.com:8443", "http://localhost:3000",
          "https://[2001:db8::1]:8443");
  private static final List<String> METHODS =
      List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "patch", "get", "", "X",
          "G ET", "\u00c9", "*");
  private static final List<String> HEADER_NAMES =
      List.of("content-type", "X-TENANT-ID", "authorization", "x-debug", "", " ", "a b", "\"",
          "\u00e9", "x-\r\n", "*", "accept", ";");

  private static final CorsPolicy POLICY =
      CorsPolicy.builder().allowedOrigins(VALID).allowHttpOrigins(true).build();
  private static final CorsPolicy ANY =
      CorsPolicy.builder().allowAnyOrigin(true).exposedHeaders(List.of("X-Request-Id")).build();

  static Stream<Long> seeds() {
    Random seeds = new Random(MASTER_SEED);
    return LongStream.range(0, SEEDS).mapToObj(i -> seeds.nextLong());
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void decisions_areAlwaysTypedAndWellFormed(long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < PER_SEED; i++) {
      String origin = r.nextInt(3) == 0 ? mutate(r, pick(r, VALID)) : junk(r);
      String method = r.nextInt(4) == 0 ? junk(r) : pick(r, METHODS);
      String headers = headerList(r);
      for (CorsPolicy policy : List.of(POLICY, ANY)) {
        check(policy, origin, method, headers, "seed " + seed + ": " + Tokens.quote(origin));
      }
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void headerListParser_agreesWithARegexOracle(long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < PER_SEED; i++) {
      String value = headerList(r);
      String[] problem = {""};
      List<String> parsed = Tokens.parseList(value, problem);
      List<String> expected = oracleList(value);
      if (!Objects.equals(parsed, expected) || (parsed == null && problem[0].isEmpty())) {
        throw new AssertionError("seed " + seed + ": " + Tokens.quote(value) + " parsed as "
            + parsed + " (" + problem[0] + "), expected " + expected);
      }
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void configurations_buildOrFailTyped(long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < PER_SEED / 4; i++) {
      List<String> origins = new ArrayList<>();
      for (int k = r.nextInt(4); k > 0; k--) {
        origins.add(r.nextBoolean() ? mutate(r, pick(r, VALID)) : junk(r));
      }
      try {
        CorsPolicy policy = CorsPolicy.builder().allowedOrigins(origins)
            .allowHttpOrigins(r.nextBoolean()).build();
        for (String allowed : policy.allowedOrigins()) {
          assertThat(policy.decide(allowed, "GET").headers())
              .as("seed %d: %s", seed, origins)
              .containsEntry(CorsDecision.ALLOW_ORIGIN, allowed);
        }
      } catch (CorsConfigurationException e) {
        assertThat(e.field()).as("seed %d", seed).startsWith("allowed_origins[");
        assertThat(e.getMessage()).as("seed %d", seed).startsWith(e.field() + " (")
            .doesNotContain("\r", "\n", "\u0000");
      }
    }
  }

  @FuzzTest(maxDuration = "60s")
  void decideAnything(FuzzedDataProvider data) {
    String origin = data.consumeString(300);
    String method = data.consumeString(20);
    String headers = data.consumeRemainingAsString();
    check(POLICY, origin, method, headers, Tokens.quote(origin));
    check(ANY, origin, method, headers, Tokens.quote(origin));
    String[] problem = {""};
    assertThat(Tokens.parseList(headers, problem)).isEqualTo(oracleList(headers));
  }

  /** The invariants of every decision; plain checks, as this runs some 160,000 times. */
  private static void check(CorsPolicy policy, String origin, String method, String headers,
      String as) {
    CorsDecision actual = policy.decide(origin, method);
    CorsDecision preflight = policy.decidePreflight(origin, method, headers);
    for (CorsDecision d : List.of(actual, preflight)) {
      expect(d.code() != null, as, "a code", d);
      expect(d.isAllowed() == (d.code() == CorsCode.ALLOWED), as, "allowed iff ALLOWED", d);
      expect(d.headers().containsKey(CorsDecision.VARY), as, "Vary", d);
      expect(d.detail().length() < 600 && !CONTROL.matcher(d.detail()).find(), as,
          "a bounded one-line detail", d);
      if (d.isAllowed()) {
        String granted = d.headers().get(CorsDecision.ALLOW_ORIGIN);
        expect(policy == ANY ? "*".equals(granted) : VALID.contains(granted), as,
            "a grant of an allowed origin", d);
        for (String value : d.headers().values()) {
          expect(PRINTABLE.matcher(value).matches(), as, "printable header values", d);
        }
      } else {
        expect(d.headers().size() == 1, as, "only Vary on a refusal", d);
      }
    }
  }

  private static void expect(boolean ok, String as, String rule, CorsDecision d) {
    if (!ok) {
      throw new AssertionError(as + ": expected " + rule + ", got " + d + " / " + d.detail());
    }
  }

  /** The list an RFC 9110 reader expects: split, trim OWS, skip empties, every rest a token. */
  private static List<String> oracleList(String value) {
    if (value.length() > Tokens.MAX_HEADER_LIST_LENGTH) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (String part : value.split(",", -1)) {
      String item = part.replaceAll("^[ \\t]+|[ \\t]+$", "");
      if (item.isEmpty()) {
        continue;
      }
      if (!TOKEN.matcher(item).matches() || names.size() == Tokens.MAX_HEADER_NAMES) {
        return null;
      }
      names.add(item.toLowerCase(Locale.ROOT));
    }
    return names;
  }

  private static String headerList(Random r) {
    if (r.nextInt(10) == 0) {
      return junk(r);
    }
    int n = r.nextInt(r.nextInt(20) == 0 ? 80 : 5);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add(pick(r, HEADER_NAMES));
    }
    return String.join(r.nextBoolean() ? "," : ", ", names);
  }

  private static String junk(Random r) {
    StringBuilder sb = new StringBuilder();
    for (int n = r.nextInt(12); n > 0; n--) {
      sb.append(pick(r, FRAGMENTS));
    }
    return sb.toString();
  }

  /** A valid origin with one random edit: a character replaced, inserted or removed. */
  private static String mutate(Random r, String valid) {
    char[] chars = valid.toCharArray();
    int at = r.nextInt(chars.length);
    String piece = pick(r, FRAGMENTS);
    switch (r.nextInt(4)) {
      case 0:
        return valid.substring(0, at) + piece + valid.substring(at + 1);
      case 1:
        return valid.substring(0, at) + piece + valid.substring(at);
      case 2:
        return valid.substring(0, at) + valid.substring(at + 1);
      default:
        chars[at] = Character.toUpperCase(chars[at]);
        return new String(chars);
    }
  }

  private static String pick(Random r, List<String> from) {
    return from.get(r.nextInt(from.size()));
  }
}
