package com.wabotiq.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.spi.storage.WrappedKeys;
import com.wabotiq.store.InMemoryStorage;
import com.wabotiq.types.SealedSecret;
import com.wabotiq.types.TenantId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Envelope encryption end to end on the in-memory store and real AES-256-GCM: every encrypted
 * field of the reference round-trips; any flipped byte, another tenant or another field, a wrong
 * or retired master key, or a shredded tenant fails with a {@link CredentialException}; rotation
 * keeps old ciphertexts readable and a rewrap (idempotent, resumable) lets the old key retire.
 */
class CredentialVaultTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId BETA = TenantId.of("beta");
  private static final String TOKEN = "0123456789abcdef0123456789abcdef";

  private final WrappedKeys store = InMemoryStorage.create().wrappedKeys();
  private final LocalKeyEncryption k1 = LocalKeyEncryption.generate("k1");
  private final CredentialVault vault = CredentialVault.create(k1, store);

  @ParameterizedTest
  @ValueSource(strings = {"twilio_sid", "twilio_token", "webhook_secret", "openai_api_key",
      "gemini_api_key", "together_api_key", "anthropic_api_key", "woo_consumer_key",
      "woo_consumer_secret", "woo_webhook_secret", "shopify_access_token",
      "shopify_webhook_secret", "mpesa_consumer_key", "mpesa_consumer_secret", "mpesa_passkey",
      "paystack_secret_key", "pesapal_consumer_key", "pesapal_consumer_secret",
      "stripe_secret_key", "stripe_webhook_secret", "pinecone_api_key"})
  void everyEncryptedField_roundTrips(String field) {
    String plaintext = field + "-value-" + TOKEN;
    SealedSecret sealed = vault.seal(ACME, field, Secret.of(plaintext));
    assertThat(sealed.ciphertext()).startsWith("wbq1.").doesNotContain(plaintext).doesNotContain(TOKEN);
    assertThat(vault.open(ACME, field, sealed).reveal()).isEqualTo(plaintext);
  }

  @Test
  void sealingTwice_neverRepeatsACiphertext() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      assertThat(seen.add(vault.seal(ACME, "twilio_token", Secret.of(TOKEN)).ciphertext())).isTrue();
    }
  }

  @Test
  void flippingAnyByte_failsWithATypedError() {
    SealedSecret sealed = vault.seal(ACME, "twilio_token", Secret.of(TOKEN));
    byte[] bytes = Base64.getUrlDecoder().decode(sealed.ciphertext().substring(5));
    for (int i = 0; i < bytes.length; i++) {
      byte[] flipped = bytes.clone();
      flipped[i] ^= 0x01;
      SealedSecret tampered = SealedSecret.of(
          "wbq1." + Base64.getUrlEncoder().withoutPadding().encodeToString(flipped));
      int at = i;
      assertThatThrownBy(() -> vault.open(ACME, "twilio_token", tampered))
          .as("byte %d flipped", at)
          .isInstanceOf(CredentialException.class)
          .hasMessageNotContaining(TOKEN);
    }
    assertThatThrownBy(() -> vault.open(ACME, "twilio_token", SealedSecret.of("plain-text")))
        .isInstanceOf(CredentialException.class).hasMessage("the twilio_token value is not a sealed credential");
    assertThatThrownBy(() -> vault.open(ACME, "twilio_token", SealedSecret.of("wbq1.AAAA")))
        .isInstanceOf(CredentialException.class)
        .hasMessageContaining("truncated or in an unknown format version");
  }

  @Test
  void aCiphertextMovedToAnotherTenantOrField_failsToOpen() {
    vault.seal(BETA, "twilio_token", Secret.of("beta's own"));
    SealedSecret sealed = vault.seal(ACME, "twilio_token", Secret.of(TOKEN));
    assertThatThrownBy(() -> vault.open(BETA, "twilio_token", sealed))
        .isInstanceOf(CredentialException.class)
        .hasMessageContaining("tenant beta");
    assertThatThrownBy(() -> vault.open(ACME, "stripe_secret_key", sealed))
        .isInstanceOf(CredentialException.class)
        .hasMessage("the stripe_secret_key credential of tenant acme does not authenticate"
            + " (tampered, or sealed for another tenant or field)");
  }

  @Test
  void aWrongMasterKey_failsClearly() {
    SealedSecret sealed = vault.seal(ACME, "twilio_token", Secret.of(TOKEN));
    CredentialVault other = CredentialVault.create(LocalKeyEncryption.generate("k1"), store);
    assertThatThrownBy(() -> other.open(ACME, "twilio_token", sealed))
        .isInstanceOf(CredentialException.class)
        .hasMessageContaining("cannot be unwrapped")
        .hasMessageContaining("does not authenticate");
    CredentialVault unknown = CredentialVault.create(LocalKeyEncryption.generate("k9"), store);
    assertThatThrownBy(() -> unknown.open(ACME, "twilio_token", sealed))
        .isInstanceOf(CredentialException.class)
        .hasMessageContaining("master key k1 is unknown or retired");
  }

  @Test
  void rotation_oldCiphertextsStillOpen_rewrapLetsTheOldKeyRetire() {
    SealedSecret old = vault.seal(ACME, "twilio_token", Secret.of(TOKEN));
    LocalKeyEncryption k2 = k1.rotatedTo("k2");
    CredentialVault rotated = CredentialVault.create(k2, store);
    assertThat(rotated.open(ACME, "twilio_token", old).reveal()).isEqualTo(TOKEN);

    // Retiring k1 before the rewrap loses the tenant's key...
    CredentialVault early = CredentialVault.create(k2.retiring("k1"), store);
    assertThatThrownBy(() -> early.open(ACME, "twilio_token", old))
        .isInstanceOf(CredentialException.class);

    // ...after it, not.
    assertThat(rotated.rewrap(ACME)).isEqualTo(1);
    assertThat(rotated.rewrap(ACME)).as("idempotent").isZero();
    assertThat(store.versions(ACME.value())).containsExactly(1, 2);
    CredentialVault retired = CredentialVault.create(k2.retiring("k1"), store);
    assertThat(retired.open(ACME, "twilio_token", old).reveal()).isEqualTo(TOKEN);
    SealedSecret fresh = retired.seal(ACME, "twilio_token", Secret.of("new"));
    assertThat(retired.open(ACME, "twilio_token", fresh).reveal()).isEqualTo("new");
  }

  @Test
  void rewrap_resumesAfterACrashWithoutDoubleWrapping() {
    List<TenantId> tenants = new ArrayList<>();
    List<SealedSecret> sealed = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      TenantId t = TenantId.of("t" + i);
      tenants.add(t);
      sealed.add(vault.seal(t, "mpesa_passkey", Secret.of("passkey-" + i + "-" + TOKEN)));
    }
    LocalKeyEncryption k2 = k1.rotatedTo("k2");
    CredentialVault rotated = CredentialVault.create(k2, store);
    for (int i = 0; i < 4; i++) {
      assertThat(rotated.rewrap(tenants.get(i))).isEqualTo(1); // then the run "crashes"
    }
    int rewrapped = 0;
    for (TenantId t : tenants) {
      rewrapped += rotated.rewrap(t);
    }
    assertThat(rewrapped).as("only the six not done before").isEqualTo(6);
    for (TenantId t : tenants) {
      assertThat(store.versions(t.value())).as(t.value()).containsExactly(1, 2);
    }
    CredentialVault retired = CredentialVault.create(k2.retiring("k1"), store);
    for (int i = 0; i < tenants.size(); i++) {
      assertThat(retired.open(tenants.get(i), "mpesa_passkey", sealed.get(i)).reveal())
          .isEqualTo("passkey-" + i + "-" + TOKEN);
    }
  }

  @Test
  void rewrapAllAndShredAll_reportEachTenant_andResume() {
    List<TenantId> tenants = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      TenantId t = TenantId.of("bulk" + i);
      tenants.add(t);
      vault.seal(t, "stripe_secret_key", Secret.of("sk_test_" + i + TOKEN));
    }
    CredentialVault rotated = CredentialVault.create(k1.rotatedTo("k2"), store);
    assertThat(rotated.rewrap(tenants.get(1))).isEqualTo(1); // a crashed run got this far
    List<String> lines = new ArrayList<>();
    int rewrapped = rotated.rewrapAll(tenants,
        (done, total, tenant, changed) -> lines.add(done + "/" + total + " " + tenant.value() + " " + changed));
    assertThat(rewrapped).isEqualTo(4);
    assertThat(lines).containsExactly("1/5 bulk0 1", "2/5 bulk1 0", "3/5 bulk2 1", "4/5 bulk3 1",
        "5/5 bulk4 1");
    assertThat(rotated.rewrapAll(tenants, Progress.NONE)).as("a second run changes nothing").isZero();

    lines.clear();
    assertThat(rotated.shredAll(tenants.subList(0, 2),
        (done, total, tenant, changed) -> lines.add(done + "/" + total + " " + changed)))
        .isEqualTo(4);
    assertThat(lines).containsExactly("1/2 2", "2/2 2");
    assertThat(store.versions("bulk0")).isEmpty();
    assertThat(store.versions("bulk2")).containsExactly(1, 2);
  }

  @Test
  void shred_makesEveryCiphertextUnreadableForGood() {
    SealedSecret a = vault.seal(ACME, "twilio_token", Secret.of(TOKEN));
    SealedSecret b = vault.seal(ACME, "stripe_secret_key", Secret.of("sk_live_" + TOKEN));
    SealedSecret beta = vault.seal(BETA, "twilio_token", Secret.of("beta"));
    assertThat(vault.shred(ACME)).isEqualTo(1);
    for (SealedSecret s : List.of(a, b)) {
      assertThatThrownBy(() -> vault.open(ACME, "twilio_token", s))
          .isInstanceOf(CredentialException.class);
    }
    assertThatThrownBy(() -> CredentialVault.create(k1, store).open(ACME, "twilio_token", a))
        .isInstanceOf(CredentialException.class)
        .hasMessageContaining("was shredded or never existed");
    assertThat(vault.open(BETA, "twilio_token", beta).reveal()).isEqualTo("beta");
    SealedSecret again = vault.seal(ACME, "twilio_token", Secret.of("after"));
    assertThat(vault.open(ACME, "twilio_token", again).reveal()).isEqualTo("after");
  }

  @Test
  void manyThreadsSealingForANewTenant_shareOneDataKey() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch gate = new CountDownLatch(1);
    List<Future<SealedSecret>> futures = new ArrayList<>();
    List<CredentialVault> vaults = List.of(vault, CredentialVault.create(k1, store));
    try {
      for (int t = 0; t < 8; t++) {
        CredentialVault v = vaults.get(t % 2);
        int n = t;
        futures.add(pool.submit(() -> {
          gate.await();
          return v.seal(ACME, "twilio_token", Secret.of("thread-" + n));
        }));
      }
      gate.countDown();
      for (int t = 0; t < 8; t++) {
        SealedSecret s = futures.get(t).get(30, TimeUnit.SECONDS);
        assertThat(CredentialVault.create(k1, store).open(ACME, "twilio_token", s).reveal())
            .isEqualTo("thread-" + t);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.versions(ACME.value())).containsExactly(1);
  }

  @Test
  void nothingPrintsKeyMaterial() {
    assertThat(vault.toString()).isEqualTo("CredentialVault[kek primary=k1]");
    assertThat(k1.toString()).isEqualTo("LocalKeyEncryption[primary=k1, keys=[k1]]");
    String exported = k1.exportText();
    LocalKeyEncryption reloaded = LocalKeyEncryption.fromText(exported);
    SealedSecret sealed = vault.seal(ACME, "twilio_token", Secret.of(TOKEN));
    assertThat(CredentialVault.create(reloaded, store).open(ACME, "twilio_token", sealed).reveal())
        .isEqualTo(TOKEN);
    String key = exported.lines().filter(l -> l.startsWith("k1=")).findFirst().orElseThrow()
        .substring(3);
    assertThatThrownBy(() -> LocalKeyEncryption.fromText("k1=" + key + "\nk1=" + key))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("master keys line 2 must name a key id no earlier line names");
    assertThatThrownBy(() -> LocalKeyEncryption.fromText("k1=" + key.substring(4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(key.substring(4));
  }
}
