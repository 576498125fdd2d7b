package com.wabotiq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.spi.storage.StorageProvider;
import com.wabotiq.spi.storage.UsageCounters;
import com.wabotiq.store.Stores;
import com.wabotiq.store.internal.GuardedStorage;
import com.wabotiq.tenant.Tenant;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Building the facade, and the surface it shows. */
class TenantSdkBuilderTest {

  @Test
  void build_withoutStorage_illegalState() {
    assertThatThrownBy(() -> TenantSdk.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("storage is required: call storage(provider) first");
  }

  @Test
  void setters_badArguments_refusedAtOnce() {
    TenantSdk.Builder builder = TenantSdk.builder();

    assertThatThrownBy(() -> builder.storage(null)).hasMessage("storage == null");
    assertThatThrownBy(() -> builder.clock(null)).hasMessage("clock == null");
    assertThatThrownBy(() -> builder.cacheMaximumSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cacheMaximumSize (0) must be >= 1");
    assertThatThrownBy(() -> builder.cacheMaximumSize(Long.MIN_VALUE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.cacheExpireAfterWrite(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cacheExpireAfterWrite (PT0S) must be > 0");
    assertThatThrownBy(() -> builder.cacheExpireAfterWrite(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.cacheExpireAfterWrite(null))
        .hasMessage("cacheExpireAfterWrite == null");
  }

  @Test
  void build_boundaries_accepted() {
    TenantSdk sdk =
        TenantSdk.builder()
            .storage(Stores.inMemory())
            .cacheMaximumSize(1)
            .cacheExpireAfterWrite(Duration.ofNanos(1))
            .build();
    TenantSdk large =
        TenantSdk.builder()
            .storage(Stores.inMemory())
            .cacheMaximumSize(Long.MAX_VALUE)
            .cacheExpireAfterWrite(Duration.ofDays(365))
            .build();

    Tenant tenant = sdk.createTenant(Fixtures.acme());
    assertThat(sdk.tenant(tenant.id())).contains(tenant);
    assertThat(large.createTenant(Fixtures.acme()).slug()).isEqualTo("acme-electronics");
  }

  @Test
  void inMemory_worksOnItsOwnStorage() {
    TenantSdk first = TenantSdk.inMemory();
    TenantSdk second = TenantSdk.inMemory();

    Tenant tenant = first.createTenant(Fixtures.acme());

    assertThat(first.findByWhatsappNumber("+254712345678")).contains(tenant);
    assertThat(second.findByWhatsappNumber("+254712345678")).isEmpty();
  }

  @Test
  void usageCounters_areGuarded() {
    TenantSdk sdk = TenantSdk.builder().storage(Stores.inMemory()).build();
    UsageCounters counters = sdk.usageCounters();

    assertThat(counters).isSameAs(sdk.usageCounters());
    assertThat(counters.getClass().getPackageName()).isEqualTo("com.wabotiq.store.internal");
    assertThatThrownBy(() -> counters.addIfWithinLimits("t", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void storage_alreadyGuarded_notGuardedTwice() {
    StorageProvider guarded = GuardedStorage.of(Stores.inMemory());
    TenantSdk sdk = TenantSdk.builder().storage(guarded).build();

    assertThat(sdk.usageCounters()).isSameAs(guarded.counters());
  }

  @Test
  void publicSurface_finalNoPublicConstructorNoCaffeineOrInternalTypes() {
    assertThat(Modifier.isFinal(TenantSdk.class.getModifiers())).isTrue();
    assertThat(TenantSdk.class.getConstructors()).isEmpty();
    assertThat(TenantSdk.Builder.class.getConstructors()).isEmpty();
    List<String> leaks = new ArrayList<>();
    for (Class<?> type :
        List.of(
            TenantSdk.class,
            TenantSdk.Builder.class,
            Versioned.class,
            NewTenant.class,
            NewTenant.Builder.class,
            TenantCacheStats.class,
            TenantNotFoundException.class)) {
      for (Method method : type.getMethods()) {
        List<Type> types = new ArrayList<>(List.of(method.getGenericParameterTypes()));
        types.add(method.getGenericReturnType());
        for (Type t : types) {
          String name = t.getTypeName();
          if (name.contains("benmanes") || name.contains(".internal.")) {
            leaks.add(type.getSimpleName() + "." + method.getName() + ": " + name);
          }
        }
      }
      for (Constructor<?> constructor : type.getConstructors()) {
        for (Type t : constructor.getGenericParameterTypes()) {
          if (t.getTypeName().contains("benmanes") || t.getTypeName().contains(".internal.")) {
            leaks.add(type.getSimpleName() + ".<init>: " + t.getTypeName());
          }
        }
      }
    }
    assertThat(leaks).isEmpty();
  }
}
