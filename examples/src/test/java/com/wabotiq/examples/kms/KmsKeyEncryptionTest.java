package com.wabotiq.examples.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.credentials.CredentialException;
import com.wabotiq.credentials.CredentialVault;
import com.wabotiq.credentials.Secret;
import com.wabotiq.spi.crypto.KeyEncryptionException;
import com.wabotiq.spi.storage.WrappedKeys;
import com.wabotiq.store.InMemoryStorage;
import com.wabotiq.types.SealedSecret;
import com.wabotiq.types.TenantId;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The worked KMS adapter under the SDK's vault: credentials round-trip with the key material only
 * in the KMS; a wrapped key moved to another tenant is refused by the KMS's context check; the KMS
 * being down or a disabled key give typed errors; rotating to a new KMS key and rewrapping lets the
 * old key be disabled.
 */
class KmsKeyEncryptionTest {
  private static final TenantId ACME = TenantId.of("acme");
  private final InProcessKms kms = new InProcessKms();
  private final WrappedKeys store = InMemoryStorage.create().wrappedKeys();

  @Test
  void credentialsRoundTripThroughTheKms() {
    kms.createKey("alias/wabotiq-2026");
    CredentialVault vault =
        CredentialVault.create(new KmsKeyEncryption(kms, "alias/wabotiq-2026"), store);
    SealedSecret sealed = vault.seal(ACME, "shopify_access_token", Secret.of("shpat_0a1b2c3d4e5f"));
    assertThat(vault.open(ACME, "shopify_access_token", sealed).reveal())
        .isEqualTo("shpat_0a1b2c3d4e5f");
    assertThat(new KmsKeyEncryption(kms, "alias/wabotiq-2026").toString())
        .isEqualTo("KmsKeyEncryption[primary=alias/wabotiq-2026]");
  }

  @Test
  void aWrappedKeyUnderAnotherTenantsContext_isRefusedByTheKms() {
    kms.createKey("k");
    KmsKeyEncryption kek = new KmsKeyEncryption(kms, "k");
    byte[] acme = "wabotiq/dek/v1|acme|00".getBytes(StandardCharsets.UTF_8);
    byte[] beta = "wabotiq/dek/v1|beta|00".getBytes(StandardCharsets.UTF_8);
    var wrapped = kek.wrap(new byte[32], acme);
    assertThatThrownBy(() -> kek.unwrap(wrapped, beta))
        .isInstanceOf(KeyEncryptionException.class)
        .hasMessageContaining("another tenant's context");
  }

  @Test
  void theKmsDownOrAKeyDisabled_areTypedErrors() {
    kms.createKey("k");
    CredentialVault vault = CredentialVault.create(new KmsKeyEncryption(kms, "k"), store);
    SealedSecret sealed = vault.seal(ACME, "twilio_token", Secret.of("0123456789abcdef"));
    kms.setDown(true);
    CredentialVault cold = CredentialVault.create(new KmsKeyEncryption(kms, "k"), store);
    assertThatThrownBy(() -> cold.open(ACME, "twilio_token", sealed))
        .isInstanceOf(CredentialException.class)
        .hasMessageContaining("the KMS is unavailable");
    kms.setDown(false);
    kms.disableKey("k");
    assertThatThrownBy(() -> cold.open(ACME, "twilio_token", sealed))
        .isInstanceOf(CredentialException.class)
        .hasMessageContaining("the KMS refused");
  }

  @Test
  void rotatingToANewKmsKey_thenRewrapping_letsTheOldKeyBeDisabled() {
    kms.createKey("old");
    SealedSecret sealed = CredentialVault.create(new KmsKeyEncryption(kms, "old"), store)
        .seal(ACME, "paystack_secret_key", Secret.of("sk_live_9f8e7d6c5b4a"));
    kms.createKey("new");
    CredentialVault rotated = CredentialVault.create(new KmsKeyEncryption(kms, "new"), store);
    assertThat(rotated.rewrap(ACME)).isEqualTo(1);
    kms.disableKey("old");
    CredentialVault fresh = CredentialVault.create(new KmsKeyEncryption(kms, "new"), store);
    assertThat(fresh.open(ACME, "paystack_secret_key", sealed).reveal())
        .isEqualTo("sk_live_9f8e7d6c5b4a");
  }
}
