package com.wabotiq.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.spi.crypto.KeyEncryption;
import com.wabotiq.spi.crypto.KeyEncryptionException;
import com.wabotiq.spi.crypto.WrappedDataKey;
import com.wabotiq.spi.storage.WrappedKeys;
import com.wabotiq.store.InMemoryStorage;
import com.wabotiq.types.SealedSecret;
import com.wabotiq.types.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The edges of the credential rules: field names are checked when sealing and when opening, cache
 * bounds at their limits, data keys, master keys and nonces are random, a data key made by another
 * vault after a shred opens at once, a data key cut down to its id in storage is no longer trusted
 * once the cache revalidates, a live secret never equals a wiped one, a hint shows a known
 * prefix from exactly eight characters after it, and the AES-GCM helper refuses a nonce out of
 * bounds.
 */
class CredentialEdgesTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId BETA = TenantId.of("beta");
  private static final String FIELD = "twilio_token";
  private static final String TOKEN = "0123456789abcdef0123456789abcdef";

  private final WrappedKeys store = InMemoryStorage.create().wrappedKeys();
  private final LocalKeyEncryption k1 = LocalKeyEncryption.generate("k1");
  private final CredentialVault vault = CredentialVault.create(k1, store);

  @ParameterizedTest
  @ValueSource(strings = {"Twilio-Token", "twilio token", "", "a.b.c"})
  void aFieldThatIsNotSnakeCase_isRefusedWhenSealingAndWhenOpening(String field) {
    SealedSecret sealed = vault.seal(ACME, FIELD, Secret.of(TOKEN));
    assertThatThrownBy(() -> vault.seal(ACME, field, Secret.of(TOKEN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("field (" + field + ") must be a snake_case name (optionally with one dotted prefix)");
    assertThatThrownBy(() -> vault.open(ACME, field, sealed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("field (" + field + ") must be a snake_case name");
  }

  @Test
  void cacheBounds_atTheirLimits() {
    CredentialVault.Builder builder = CredentialVault.builder(k1, store);
    assertThatThrownBy(() -> builder.cacheExpireAfterWrite(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cacheExpireAfterWrite (PT0S) must be > 0");
    assertThatThrownBy(() -> builder.cacheExpireAfterWrite(Duration.ofNanos(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be > 0");
    assertThatThrownBy(() -> builder.cacheMaximumSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cacheMaximumSize (0) must be >= 1");

    CredentialVault smallest =
        builder.cacheExpireAfterWrite(Duration.ofNanos(1)).cacheMaximumSize(1).build();
    SealedSecret acme = smallest.seal(ACME, FIELD, Secret.of(TOKEN));
    SealedSecret beta = smallest.seal(BETA, FIELD, Secret.of(TOKEN + "b"));
    assertThat(smallest.open(ACME, FIELD, acme).reveal()).isEqualTo(TOKEN);
    assertThat(smallest.open(BETA, FIELD, beta).reveal()).isEqualTo(TOKEN + "b");
  }

  @Test
  void everyTenantGetsItsOwnRandomDataKey() {
    List<byte[]> dataKeys = new ArrayList<>();
    KeyEncryption recording = new KeyEncryption() {
      @Override
      public String primaryKeyId() {
        return k1.primaryKeyId();
      }

      @Override
      public WrappedDataKey wrap(byte[] dataKey, byte[] associatedData) {
        dataKeys.add(dataKey.clone());
        return k1.wrap(dataKey, associatedData);
      }

      @Override
      public byte[] unwrap(WrappedDataKey wrapped, byte[] associatedData) {
        return k1.unwrap(wrapped, associatedData);
      }
    };
    CredentialVault recorded = CredentialVault.create(recording, store);
    recorded.seal(ACME, FIELD, Secret.of(TOKEN));
    recorded.seal(BETA, FIELD, Secret.of(TOKEN));

    assertThat(dataKeys).hasSize(2);
    assertThat(dataKeys.get(0)).hasSize(32).isNotEqualTo(dataKeys.get(1)).isNotEqualTo(new byte[32]);
    assertThat(dataKeys.get(1)).isNotEqualTo(new byte[32]);
  }

  @Test
  void aDataKeyMadeByAnotherVaultAfterAShred_opensAtOnce() {
    CredentialVault other = CredentialVault.create(k1, store);
    SealedSecret old = vault.seal(ACME, FIELD, Secret.of(TOKEN));
    assertThat(vault.open(ACME, FIELD, old).reveal()).isEqualTo(TOKEN); // cached in this vault

    other.shred(ACME);
    SealedSecret fresh = other.seal(ACME, FIELD, Secret.of(TOKEN + "2"));

    // Within the revalidation interval this vault still caches the shredded key; the new value
    // carries another data key id, so it is read from storage, not mistaken for the cached one.
    assertThat(vault.open(ACME, FIELD, fresh).reveal()).isEqualTo(TOKEN + "2");
  }

  @Test
  void aDataKeyCutDownToItsIdInStorage_isNoLongerTrustedOnRevalidation() {
    AtomicLong now = new AtomicLong(1_000_000_000L);
    CredentialVault timed = CredentialVault.builder(k1, store)
        .revalidateAfter(Duration.ofSeconds(30)).ticker(now::get).build();
    SealedSecret sealed = timed.seal(ACME, FIELD, Secret.of(TOKEN));
    byte[] blob = store.get("acme", 1).orElseThrow();
    store.deleteAll("acme");
    store.put("acme", 1, Arrays.copyOf(blob, 9)); // the format byte and the data key id, no key

    now.addAndGet(Duration.ofSeconds(31).toNanos());
    assertThatThrownBy(() -> timed.open(ACME, FIELD, sealed))
        .isInstanceOf(CredentialException.class)
        .hasMessageContaining("cannot be opened")
        .hasMessageNotContaining(TOKEN);
  }

  @Test
  void wrappingAndRotating_useFreshRandomBytes() {
    byte[] dataKey = new byte[32];
    byte[] aad = "acme".getBytes(StandardCharsets.UTF_8);
    assertThat(k1.wrap(dataKey, aad).ciphertext())
        .as("a fresh nonce per wrap")
        .isNotEqualTo(k1.wrap(dataKey, aad).ciphertext());

    LocalKeyEncryption one = k1.rotatedTo("k2");
    LocalKeyEncryption another = k1.rotatedTo("k2");
    WrappedDataKey wrapped = one.wrap(dataKey, aad);
    assertThat(one.unwrap(wrapped, aad)).isEqualTo(dataKey);
    assertThatThrownBy(() -> another.unwrap(wrapped, aad))
        .as("two rotations make two different master keys under the same id")
        .isInstanceOf(KeyEncryptionException.class);
  }

  @Test
  void masterKeys_badIdsAreTypedErrors() {
    String key = Base64.getEncoder().encodeToString(new byte[32]);
    assertThatThrownBy(() -> LocalKeyEncryption.fromText("=" + key + "\nprimary=k1\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("master keys line 1 must read <key-id>=<base64 key>");
    assertThatThrownBy(() -> k1.rotatedTo("k2").retiring("k3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("keyId (k3) must be the id of a master key");
  }

  @Test
  void aLiveSecret_neverEqualsAWipedOne() {
    Secret live = Secret.of(TOKEN);
    Secret wiped = Secret.of(TOKEN);
    assertThat(live.isWiped()).isFalse();
    wiped.wipe();
    assertThat(live.equals(wiped)).isFalse();
    assertThat(wiped.equals(live)).isFalse();
    assertThat(live.equals(Secret.of(TOKEN))).isTrue();
  }

  @Test
  void hint_showsAKnownPrefixFromExactlyEightCharactersAfterIt() {
    assertThat(Secret.of("sk_live_12345678").hint()).isEqualTo("sk_live_…5678");
    assertThat(Secret.of("sk_live_1234567").hint()).isEqualTo("sk_…4567");
  }

  @Test
  void aesGcm_refusesANonceOutOfBounds() {
    byte[] key = new byte[AesGcm.KEY_BYTES];
    byte[] nonce = new byte[AesGcm.NONCE_BYTES];
    byte[] sealed = AesGcm.seal(key, nonce, new byte[] {1, 2, 3}, new byte[0]);
    assertThat(AesGcm.open(key, nonce, 0, sealed, 0, sealed.length, new byte[0]))
        .containsExactly(1, 2, 3);
    assertThatThrownBy(() -> AesGcm.open(key, nonce, 1, sealed, 0, sealed.length, new byte[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("must leave 12 nonce bytes within the source (12 bytes)");
    assertThatThrownBy(() -> AesGcm.open(key, nonce, -1, sealed, 0, sealed.length, new byte[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("must leave 12 nonce bytes within the source (12 bytes)");
  }
}
