package com.wabotiq.bench;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.wabotiq.NewTenant;
import com.wabotiq.TenantSdk;
import com.wabotiq.internal.CoarseTicker;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.types.TenantId;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
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
 * A cached tenant lookup through the facade ({@code TenantSdk.tenant(id)}, a cache hit) against
 * its anchor, a bare Caffeine {@code getIfPresent} on a cache of the same size holding the same
 * tenants. Target: the facade within 1.5x of the anchor.
 *
 * <p>Run: {@code mvn -B -Pbench -pl core -am verify -DskipTests
 * -Djmh.args="TenantLookupBenchmark -foe true -prof gc"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class TenantLookupBenchmark {
  private static final int TENANTS = 1024; // a power of two: the index wraps with a mask

  private TenantSdk sdk;
  private Cache<String, Optional<Tenant>> bare;
  private Cache<String, Optional<Tenant>> sameSettings;
  private TenantId[] ids;
  private String[] keys;
  private int next;

  /** Creates the tenants, warms the facade's cache and fills the anchor cache. */
  @Setup
  public void setUp() {
    sdk = TenantSdk.inMemory();
    bare = Caffeine.newBuilder().maximumSize(10_000).build();
    sameSettings =
        Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofSeconds(30))
            .recordStats()
            .ticker(CoarseTicker::read)
            .build();
    ids = new TenantId[TENANTS];
    keys = new String[TENANTS];
    for (int i = 0; i < TENANTS; i++) {
      Tenant t = sdk.createTenant(
          NewTenant.builder("Bench Shop " + i, ZoneId.of("Africa/Nairobi")).build());
      // Lookups use equal but distinct String instances, as ids parsed from requests are: both
      // the anchor and the facade then compare the key's characters, not just its identity.
      ids[i] = TenantId.of(new String(t.id().value()));
      keys[i] = new String(t.id().value());
      sdk.tenant(t.id()); // load it into the facade's cache
      bare.put(t.id().value(), Optional.of(t));
      sameSettings.put(t.id().value(), Optional.of(t));
    }
    long hits = sdk.cacheStats().hits();
    if (sdk.tenant(ids[0]).isEmpty() || sdk.cacheStats().hits() != hits + 1) {
      throw new IllegalStateException("the facade's cache does not serve the lookups");
    }
  }

  /** The anchor: a bare Caffeine lookup. @return the cached tenant */
  @Benchmark
  public Optional<Tenant> bareCaffeineGetIfPresent() {
    return bare.getIfPresent(keys[next++ & (TENANTS - 1)]);
  }

  /**
   * For reference, not the anchor: Caffeine configured as the facade's cache is (bounded, expiry
   * on the coarse ticker, statistics), to show what the facade itself adds.
   *
   * @return the cached tenant
   */
  @Benchmark
  public Optional<Tenant> caffeineWithTheFacadesSettings() {
    return sameSettings.getIfPresent(keys[next++ & (TENANTS - 1)]);
  }

  /** The facade's cached lookup. @return the tenant */
  @Benchmark
  public Optional<Tenant> facadeCachedTenant() {
    return sdk.tenant(ids[next++ & (TENANTS - 1)]);
  }
}
