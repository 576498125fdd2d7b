package com.wabotiq.bench;

import com.wabotiq.NewTenant;
import com.wabotiq.TenantSdk;
import com.wabotiq.access.keys.ApiKeyVerification;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.tenant.ApiScope;
import com.wabotiq.tenant.Tenant;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Authenticating an API key from the cache ({@code TenantSdk.apiKeys().authenticate}, format and
 * checksum, SHA-256, cache hit, policy, last-use note) against its anchor: a bare SHA-256 of the
 * key's bytes and a {@link ConcurrentHashMap} lookup of the digest. Target: at most 1.2x the anchor
 * and at most 1 µs.
 *
 * <p>Run: {@code mvn -B -o -Pbench -pl core -am verify -DskipTests -Dinvoker.skip=true
 * -Djmh.args="ApiKeyBenchmark -foe true -f 2 -wi 3 -w 1s -i 5 -r 1s -prof gc"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ApiKeyBenchmark {
  private static final int KEYS = 256; // a power of two: the index wraps with a mask

  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(ApiKeyBenchmark::sha256);

  private TenantSdk sdk;
  private String[] keys;
  private ConcurrentHashMap<ByteBuffer, String> anchor;
  private int next;

  /** Issues the keys, warms the facade's cache and fills the anchor's map. */
  @Setup
  public void setUp() {
    sdk = TenantSdk.inMemory();
    keys = new String[KEYS];
    anchor = new ConcurrentHashMap<>();
    for (int i = 0; i < KEYS; i++) {
      Tenant tenant =
          sdk.createTenant(
              NewTenant.builder("Bench Shop " + i, ZoneId.of("Africa/Nairobi"))
                  .subscriptionTierId(Objects.requireNonNull(SubscriptionTier.GROWTH.id()))
                  .build());
      // Presented keys are distinct String instances, as keys parsed from requests are.
      keys[i] =
          new String(
              sdk.apiKeys()
                  .issue(tenant.id(), "bench", Set.of(ApiScope.READ), null)
                  .secret()
                  .reveal());
      anchor.put(ByteBuffer.wrap(digest(keys[i])), tenant.id().value());
      if (!sdk.apiKeys().authenticate(keys[i], ApiScope.READ, null).isValid()) {
        throw new IllegalStateException("the key does not authenticate");
      }
    }
  }

  /** The anchor: SHA-256 of the key's bytes, then a map lookup. @return the tenant id */
  @Benchmark
  public String anchorSha256AndMapLookup() {
    return anchor.get(ByteBuffer.wrap(digest(keys[next++ & (KEYS - 1)])));
  }

  /** The facade, answered from its cache. @return the verification */
  @Benchmark
  public ApiKeyVerification authenticateCached() {
    return sdk.apiKeys().authenticate(keys[next++ & (KEYS - 1)], ApiScope.READ, null);
  }

  private static byte[] digest(String key) {
    return SHA256.get().digest(key.getBytes(StandardCharsets.US_ASCII));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
