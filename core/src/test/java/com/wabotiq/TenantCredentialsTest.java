package com.wabotiq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.credentials.CountingKeyEncryption;
import com.wabotiq.credentials.Credential;
import com.wabotiq.credentials.CredentialException;
import com.wabotiq.credentials.LocalKeyEncryption;
import com.wabotiq.credentials.RecordCredential;
import com.wabotiq.credentials.Secret;
import com.wabotiq.json.JsonCodec;
import com.wabotiq.store.InMemoryStorage;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.types.TenantId;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The facade's credentials by name: every encrypted field is put and got back through the
 * settings document, whose JSON at rest holds only the sealed value; a tenant's sealed value
 * copied into another tenant's settings does not open; shredding makes them unreadable. One vault
 * per facade and key encryption: calling {@code credentials} per request unwraps a data key once.
 */
class TenantCredentialsTest {
  private final InMemoryStorage storage = InMemoryStorage.create();
  private final TenantSdk sdk = TenantSdk.builder().storage(storage).build();
  private final TenantCredentials credentials =
      sdk.credentials(LocalKeyEncryption.generate("k1"));
  private final Tenant acme = sdk.createTenant(
      NewTenant.builder("Acme Electronics", ZoneId.of("Africa/Nairobi")).build());

  @ParameterizedTest
  @EnumSource(Credential.class)
  void everyCredential_putAndGetByName_settingsHoldOnlyCiphertext(Credential credential) {
    String plaintext = "sk_live_" + credential.fieldName() + "_0123456789";
    credentials.put(acme.id(), credential, Secret.of(plaintext));

    assertThat(credentials.get(acme.id(), credential)).hasValueSatisfying(
        s -> assertThat(s.reveal()).isEqualTo(plaintext));
    TenantSettings stored = sdk.settings(acme.id()).value();
    String json = JsonCodec.strict().toJson(stored);
    assertThat(json).contains("\"" + credential.fieldName() + "\":\"wbq1.")
        .doesNotContain(plaintext).doesNotContain("0123456789");
    for (Credential other : Credential.values()) {
      if (other != credential) {
        assertThat(credentials.get(acme.id(), other)).as(other.fieldName()).isEmpty();
      }
    }
    credentials.remove(acme.id(), credential);
    assertThat(credentials.get(acme.id(), credential)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(RecordCredential.class)
  void everyRecordCredential_putAndGetByName_recordHoldsOnlyCiphertext(RecordCredential credential) {
    String plaintext = "AC" + credential.name().toLowerCase(Locale.ROOT) + "0123456789";
    credentials.put(acme.id(), credential, Secret.of(plaintext));
    assertThat(credentials.get(acme.id(), credential)).hasValueSatisfying(
        s -> assertThat(s.reveal()).isEqualTo(plaintext));
    Tenant stored = sdk.tenant(acme.id()).orElseThrow();
    String json = JsonCodec.strict().toJson(stored);
    assertThat(json).contains("\"" + credential.binding().substring(7) + "\":\"wbq1.")
        .doesNotContain(plaintext);
    // Sealed for the record, it does not open as the settings' field of the same name.
    var sealed = credential.in(stored).orElseThrow();
    Credential sameName = Credential.valueOf(credential.name());
    sdk.updateSettings(acme.id(), s -> sameName.with(s, sealed));
    assertThatThrownBy(() -> credentials.get(acme.id(), sameName))
        .isInstanceOf(CredentialException.class);
    credentials.remove(acme.id(), credential);
    assertThat(credentials.get(acme.id(), credential)).isEmpty();
  }

  @Test
  void aSealedValueCopiedToAnotherTenant_doesNotOpen() {
    Tenant beta = sdk.createTenant(NewTenant.builder("Beta Shop", ZoneId.of("UTC")).build());
    var sealed = credentials.put(acme.id(), Credential.TWILIO_TOKEN, Secret.of("acme-token-1234"));
    credentials.put(beta.id(), Credential.TWILIO_SID, Secret.of("beta-sid-5678"));
    sdk.updateSettings(beta.id(), s -> Credential.TWILIO_TOKEN.with(s, sealed));
    assertThatThrownBy(() -> credentials.get(beta.id(), Credential.TWILIO_TOKEN))
        .isInstanceOf(CredentialException.class)
        .hasMessageContaining("twilio_token")
        .hasMessageNotContaining("acme-token-1234");
  }

  @Test
  void shreddingATenant_makesItsCredentialsUnreadable() {
    credentials.put(acme.id(), Credential.MPESA_PASSKEY, Secret.of("bfb279f9aa9bdbcf158e97dd71a467cd"));
    credentials.vault().shred(acme.id());
    assertThatThrownBy(() -> credentials.get(acme.id(), Credential.MPESA_PASSKEY))
        .isInstanceOf(CredentialException.class)
        .hasMessageContaining("shredded");
  }

  @Test
  void anUnknownTenant_isATypedError() {
    assertThatThrownBy(() -> credentials.put(TenantId.of("nobody"), Credential.TWILIO_TOKEN,
        Secret.of("x-1234567890")))
        .isInstanceOf(TenantNotFoundException.class);
    assertThat(storage.wrappedKeys().versions("nobody"))
        .as("no data key is made for a tenant that is not there").isEmpty();
  }

  @Test
  void credentialsPerRequest_reuseOneVault_andUnwrapOnce() {
    LocalKeyEncryption master = LocalKeyEncryption.generate("k1");
    TenantSdk.builder().storage(storage).keyEncryption(master).build().credentials()
        .put(acme.id(), Credential.TWILIO_TOKEN, Secret.of("token-0123456789"));

    // Another instance on the same storage, key encryption given to the builder.
    CountingKeyEncryption configured = new CountingKeyEncryption(master);
    TenantSdk other = TenantSdk.builder().storage(storage).keyEncryption(configured).build();
    for (int request = 0; request < 50; request++) {
      assertThat(other.credentials().get(acme.id(), Credential.TWILIO_TOKEN).orElseThrow().reveal())
          .isEqualTo("token-0123456789");
      assertThat(other.credentials(configured).get(acme.id(), Credential.TWILIO_TOKEN)).isPresent();
    }
    assertThat(configured.unwraps()).as("one unwrap for 100 requests").isOne();
    assertThat(other.credentials()).isSameAs(other.credentials(configured));
    assertThat(other.credentials().vault()).isSameAs(other.credentials(configured).vault());

    // A key encryption passed per call is cached per instance.
    CountingKeyEncryption passed = new CountingKeyEncryption(master);
    for (int request = 0; request < 50; request++) {
      assertThat(other.credentials(passed).get(acme.id(), Credential.TWILIO_TOKEN)).isPresent();
    }
    assertThat(passed.unwraps()).isOne();
    assertThat(other.credentials(passed)).isSameAs(other.credentials(passed))
        .isNotSameAs(other.credentials());
    assertThat(other.credentials(new CountingKeyEncryption(master)))
        .as("another instance, another vault").isNotSameAs(other.credentials(passed));
  }

  @Test
  void noKeyEncryptionConfigured_credentialsIsAClearError() {
    assertThatThrownBy(sdk::credentials)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no key encryption was configured: call keyEncryption(kek) on the builder,"
            + " or use credentials(kek)");
    assertThatThrownBy(() -> sdk.credentials(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> TenantSdk.builder().dataKeyRevalidateAfter(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dataKeyRevalidateAfter (PT-0.001S) must be >= 0");
  }

  @Test
  void aShredThroughOneFacade_reachesAnotherWithinItsRevalidationInterval() {
    LocalKeyEncryption master = LocalKeyEncryption.generate("k1");
    TenantSdk first = TenantSdk.builder().storage(storage).keyEncryption(master).build();
    TenantSdk second = TenantSdk.builder().storage(storage).keyEncryption(master)
        .dataKeyRevalidateAfter(Duration.ZERO).build();
    first.credentials().put(acme.id(), RecordCredential.TWILIO_TOKEN, Secret.of("rec-0123456789"));
    assertThat(second.credentials().get(acme.id(), RecordCredential.TWILIO_TOKEN)).isPresent();
    first.credentials().vault().shred(acme.id());
    assertThatThrownBy(() -> second.credentials().get(acme.id(), RecordCredential.TWILIO_TOKEN))
        .isInstanceOf(CredentialException.class)
        .hasMessageContaining("shredded");
  }
}
