package com.wabotiq.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.spi.crypto.KeyEncryption;
import com.wabotiq.spi.storage.WrappedKeys;
import com.wabotiq.store.InMemoryStorage;
import com.wabotiq.store.JdbcStorage;
import com.wabotiq.types.SealedSecret;
import com.wabotiq.types.TenantId;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two vaults on one shared storage, as two instances of a host application are: after one shreds a
 * tenant, the other may still open the tenant's credentials from its cache until its revalidation
 * interval has passed since it last checked storage (the documented bound), and refuses them with
 * a {@link CredentialException} from then on; re-checking costs a storage read, never an unwrap;
 * a seal never uses a shredded key; sealing again after the shred works on both. Run on the
 * in-memory store and on the JDBC store (H2 in PostgreSQL mode). Time moves by hand.
 */
class ShredAcrossVaultsTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final String FIELD = "twilio_token";
  private static final String TOKEN = "0123456789abcdef0123456789abcdef";
  private static final Duration INTERVAL = Duration.ofSeconds(30);

  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final LocalKeyEncryption master = LocalKeyEncryption.generate("k1");

  static Stream<Arguments> stores() {
    return Stream.of(
        Arguments.of(Named.of("in-memory", (Supplier<WrappedKeys>) () ->
            InMemoryStorage.create().wrappedKeys())),
        Arguments.of(Named.of("JDBC on H2", (Supplier<WrappedKeys>) () -> {
          JdbcDataSource h2 = new JdbcDataSource();
          h2.setURL("jdbc:h2:mem:shred-" + UUID.randomUUID()
              + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
          JdbcStorage storage = JdbcStorage.h2(h2);
          storage.applySchema();
          return storage.wrappedKeys();
        })));
  }

  private CredentialVault vault(KeyEncryption kek, WrappedKeys store, Duration revalidateAfter) {
    return CredentialVault.builder(kek, store).revalidateAfter(revalidateAfter)
        .ticker(now::get).build();
  }

  private void advance(Duration d) {
    now.addAndGet(d.toNanos());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void aShredReachesTheOtherVault_withinTheRevalidationInterval(Supplier<WrappedKeys> stores) {
    WrappedKeys store = stores.get();
    CountingKeyEncryption kekA = new CountingKeyEncryption(master);
    CountingKeyEncryption kekB = new CountingKeyEncryption(master);
    CredentialVault a = vault(kekA, store, INTERVAL);
    CredentialVault b = vault(kekB, store, INTERVAL);
    SealedSecret sealed = a.seal(ACME, FIELD, Secret.of(TOKEN));
    assertThat(b.open(ACME, FIELD, sealed).reveal()).isEqualTo(TOKEN);
    assertThat(kekB.unwraps()).isOne();

    // Past the interval with the key still stored: one storage read confirms it, no unwrap.
    advance(INTERVAL.plusSeconds(1));
    assertThat(b.open(ACME, FIELD, sealed).reveal()).isEqualTo(TOKEN);
    assertThat(kekB.unwraps()).as("revalidation never unwraps").isOne();

    assertThat(a.shred(ACME)).isEqualTo(1);
    assertThatThrownBy(() -> a.open(ACME, FIELD, sealed))
        .as("the shredding vault refuses at once").isInstanceOf(CredentialException.class);

    // Within the interval since b last checked, b may still open from its cache (documented).
    advance(INTERVAL.minusNanos(1));
    assertThat(b.open(ACME, FIELD, sealed).reveal()).isEqualTo(TOKEN);

    // Once the interval has passed, b asks storage and refuses, and keeps refusing.
    advance(Duration.ofNanos(1));
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> b.open(ACME, FIELD, sealed))
          .isInstanceOf(CredentialException.class)
          .hasMessageContaining("was shredded or never existed")
          .hasMessageNotContaining(TOKEN);
    }

    // Sealing again after the shred makes a new data key; both vaults use it, neither revives the
    // old one.
    SealedSecret again = a.seal(ACME, FIELD, Secret.of("after-" + TOKEN));
    assertThat(b.open(ACME, FIELD, again).reveal()).isEqualTo("after-" + TOKEN);
    SealedSecret fromB = b.seal(ACME, FIELD, Secret.of("from-b"));
    assertThat(a.open(ACME, FIELD, fromB).reveal()).isEqualTo("from-b");
    assertThat(store.versions(ACME.value())).containsExactly(1);
    for (CredentialVault v : new CredentialVault[] {a, b}) {
      assertThatThrownBy(() -> v.open(ACME, FIELD, sealed)).isInstanceOf(CredentialException.class);
    }
  }

  /**
   * A new data key stored at the shredded key's version (versions start again at 1) is not taken
   * for the old one: revalidation compares the data key id, not only the version.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void aNewKeyAtTheShreddedKeysVersion_doesNotReviveTheOldOne(Supplier<WrappedKeys> stores) {
    WrappedKeys store = stores.get();
    CredentialVault a = vault(master, store, INTERVAL);
    CredentialVault b = vault(master, store, INTERVAL);
    SealedSecret sealed = a.seal(ACME, FIELD, Secret.of(TOKEN));
    assertThat(b.open(ACME, FIELD, sealed).reveal()).isEqualTo(TOKEN);
    a.shred(ACME);
    SealedSecret fresh = a.seal(ACME, FIELD, Secret.of("fresh"));
    assertThat(store.versions(ACME.value())).containsExactly(1);
    advance(INTERVAL);
    assertThatThrownBy(() -> b.open(ACME, FIELD, sealed)).isInstanceOf(CredentialException.class);
    assertThat(b.open(ACME, FIELD, fresh).reveal()).isEqualTo("fresh");
  }

  /**
   * Within the interval a vault may still open a shredded tenant's credentials from its cache, but
   * it never seals under the shredded key: a seal reads storage first, so what it seals opens
   * everywhere.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void aSealAfterAShredElsewhere_neverUsesTheShreddedKey(Supplier<WrappedKeys> stores) {
    WrappedKeys store = stores.get();
    CredentialVault a = vault(master, store, INTERVAL);
    CredentialVault b = vault(master, store, INTERVAL);
    b.seal(ACME, FIELD, Secret.of(TOKEN));
    a.shred(ACME);
    SealedSecret sealedByB = b.seal(ACME, FIELD, Secret.of("sealed-after-the-shred"));
    assertThat(vault(master, store, INTERVAL).open(ACME, FIELD, sealedByB).reveal())
        .isEqualTo("sealed-after-the-shred");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void aZeroInterval_checksStorageOnEveryOpen(Supplier<WrappedKeys> stores) {
    WrappedKeys store = stores.get();
    CountingKeyEncryption kekB = new CountingKeyEncryption(master);
    CredentialVault a = vault(master, store, INTERVAL);
    CredentialVault b = vault(kekB, store, Duration.ZERO);
    SealedSecret sealed = a.seal(ACME, FIELD, Secret.of(TOKEN));
    for (int i = 0; i < 3; i++) {
      assertThat(b.open(ACME, FIELD, sealed).reveal()).isEqualTo(TOKEN);
    }
    assertThat(kekB.unwraps()).as("checked, not unwrapped, on each open").isOne();
    a.shred(ACME);
    assertThatThrownBy(() -> b.open(ACME, FIELD, sealed)).isInstanceOf(CredentialException.class);
  }

  @Test
  void theIntervalIsCheckedAndStated() {
    WrappedKeys store = InMemoryStorage.create().wrappedKeys();
    assertThat(CredentialVault.DEFAULT_REVALIDATE_AFTER).isLessThanOrEqualTo(Duration.ofSeconds(30));
    assertThatThrownBy(() -> CredentialVault.builder(master, store)
        .revalidateAfter(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("revalidateAfter (PT-1S) must be >= 0");
    assertThatThrownBy(() -> CredentialVault.builder(master, store).cacheMaximumSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cacheMaximumSize (0) must be >= 1");
    assertThatThrownBy(() -> CredentialVault.builder(master, store)
        .cacheExpireAfterWrite(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cacheExpireAfterWrite (PT0S) must be > 0");
  }
}
