package com.wabotiq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The facade's credentials by name: every encrypted field is put and got back through the
 * settings document, whose JSON at rest holds only the sealed value; a tenant's sealed value
 * copied into another tenant's settings does not open; shredding makes them unreadable.
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
}
