package com.wabotiq.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.NewTenant;
import com.wabotiq.TenantCredentials;
import com.wabotiq.TenantSdk;
import com.wabotiq.credentials.Credential;
import com.wabotiq.credentials.CredentialException;
import com.wabotiq.credentials.CredentialVault;
import com.wabotiq.credentials.LocalKeyEncryption;
import com.wabotiq.credentials.Progress;
import com.wabotiq.credentials.RecordCredential;
import com.wabotiq.credentials.Secret;
import com.wabotiq.spi.crypto.KeyEncryption;
import com.wabotiq.spi.crypto.KeyEncryptionException;
import com.wabotiq.spi.crypto.WrappedDataKey;
import com.wabotiq.spi.storage.StorageProvider;
import com.wabotiq.store.InMemoryStorage;
import com.wabotiq.testing.Snippets;
import com.wabotiq.types.TenantId;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every Java snippet of {@code docs/security.md}: each snippet is the text between a {@code
 * // [snippet:name]} and a {@code // [end]} line here, and {@link #theDocShowsExactlyTheseSnippets}
 * checks that the document's {@code java} blocks, each after a {@code <!-- snippet:name -->} line,
 * are these texts, so the page cannot drift from code that compiles and runs.
 */
class SecurityDocSnippetsTest {
  private static final Path DOC = Path.of("../docs/security.md");
  private static final Path SOURCE =
      Path.of("src/test/java/com/wabotiq/docs/SecurityDocSnippetsTest.java");

  private final StorageProvider storage = InMemoryStorage.create();
  private final List<String> twilioCalls = new ArrayList<>();

  @Test
  void configureFromAFile(@TempDir Path secrets) throws IOException {
    Files.writeString(secrets.resolve("wabotiq-master.keys"),
        LocalKeyEncryption.generate("master-2026-11").exportText());
    // [snippet:configure-file]
    LocalKeyEncryption masterKeys =
        LocalKeyEncryption.fromFile(secrets.resolve("wabotiq-master.keys"));
    TenantSdk sdk = TenantSdk.builder()
        .storage(storage)
        .keyEncryption(masterKeys)
        .build();
    // [end]
    assertThat(sdk.credentials().vault().toString()).contains("master-2026-11");
  }

  @Test
  void configureFromTheEnvironment() {
    if (System.getenv("WABOTIQ_MASTER_KEYS") != null) {
      return; // the snippet would read a real variable: nothing to check here
    }
    assertThatThrownBy(() -> {
      // [snippet:configure-env]
      LocalKeyEncryption masterKeys = LocalKeyEncryption.fromEnvironment("WABOTIQ_MASTER_KEYS");
      // [end]
      assertThat(masterKeys).isNull();
    }).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("variable (WABOTIQ_MASTER_KEYS) must name a set environment variable");
  }

  @Test
  void configureFromAKeystore(@TempDir Path secrets) throws Exception {
    char[] password = "keystore-password-from-your-secret-manager".toCharArray();
    KeyStore made = KeyStore.getInstance("PKCS12");
    made.load(null, password);
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    made.setEntry("master-2026-11", new KeyStore.SecretKeyEntry(new SecretKeySpec(key, "AES")),
        new KeyStore.PasswordProtection(password));
    try (OutputStream out = Files.newOutputStream(secrets.resolve("wabotiq-master.p12"))) {
      made.store(out, password);
    }
    // [snippet:configure-keystore]
    LocalKeyEncryption masterKeys = LocalKeyEncryption.fromKeyStore(
        secrets.resolve("wabotiq-master.p12"), password, "master-2026-11");
    // [end]
    assertThat(masterKeys.primaryKeyId()).isEqualTo("master-2026-11");
  }

  @Test
  void generateAndExportTheFirstKey() {
    // [snippet:generate]
    String text = LocalKeyEncryption.generate("master-2026-11").exportText();
    // store `text` in your secret manager; never in source code or the SDK's database
    // [end]
    assertThat(LocalKeyEncryption.fromText(text).keyIds()).containsExactly("master-2026-11");
  }

  @Test
  void putGetRevealOnceRemove() {
    TenantSdk sdk = TenantSdk.builder().storage(storage)
        .keyEncryption(LocalKeyEncryption.generate("master-2026-11")).build();
    TenantId tenantId =
        sdk.createTenant(NewTenant.builder("Acme", ZoneId.of("Africa/Nairobi")).build()).id();
    String tokenFromTheAdminForm = "9f8e7d6c5b4a39281706f5e4d3c2b1a0";
    // [snippet:use]
    TenantCredentials credentials = sdk.credentials(); // the same object each call: cheap per request
    credentials.put(tenantId, Credential.TWILIO_TOKEN, Secret.of(tokenFromTheAdminForm));

    Optional<Secret> token = credentials.get(tenantId, Credential.TWILIO_TOKEN);
    if (token.isPresent()) {
      Secret secret = token.get();
      try {
        callTwilio(secret.reveal()); // reveal once, at the call; never log it
      } finally {
        secret.wipe();
      }
    }

    credentials.remove(tenantId, Credential.TWILIO_TOKEN);
    // [end]
    assertThat(twilioCalls).containsExactly(tokenFromTheAdminForm);
    assertThat(credentials.get(tenantId, Credential.TWILIO_TOKEN)).isEmpty();
    assertThat(token.orElseThrow().isWiped()).isTrue();
  }

  @Test
  void recordCredentials() {
    TenantSdk sdk = TenantSdk.builder().storage(storage)
        .keyEncryption(LocalKeyEncryption.generate("master-2026-11")).build();
    TenantId tenantId =
        sdk.createTenant(NewTenant.builder("Acme", ZoneId.of("Africa/Nairobi")).build()).id();
    String secretFromTwilio = "whsec_0123456789abcdef";
    // [snippet:record]
    sdk.credentials().put(tenantId, RecordCredential.WEBHOOK_SECRET, Secret.of(secretFromTwilio));
    Optional<Secret> webhookSecret = sdk.credentials().get(tenantId, RecordCredential.WEBHOOK_SECRET);
    // [end]
    assertThat(webhookSecret.orElseThrow().reveal()).isEqualTo(secretFromTwilio);
    assertThat(sdk.credentials().get(tenantId, Credential.WEBHOOK_SECRET)).isEmpty();
  }

  @Test
  void rotateRewrapRetire() {
    LocalKeyEncryption masterKeys = LocalKeyEncryption.generate("master-2026-11");
    TenantSdk before = TenantSdk.builder().storage(storage).keyEncryption(masterKeys).build();
    List<TenantId> allTenantIds = new ArrayList<>();
    for (String name : List.of("Acme", "Beta", "Gamma")) {
      TenantId id = before.createTenant(NewTenant.builder(name, ZoneId.of("UTC")).build()).id();
      before.credentials().put(id, Credential.MPESA_PASSKEY, Secret.of("passkey-of-" + name));
      allTenantIds.add(id);
    }
    // [snippet:rotate]
    // 1. Add a key and make it primary; save it to your secret store and deploy it everywhere.
    LocalKeyEncryption rotated = masterKeys.rotatedTo("master-2026-12");
    String saveThis = rotated.exportText();

    // 2. Wrap every tenant's data key again under the new primary. Idempotent: after a crash,
    //    run it again; tenants already done are skipped.
    TenantSdk sdk = TenantSdk.builder().storage(storage).keyEncryption(rotated).build();
    int rewrapped = sdk.credentials().vault().rewrapAll(allTenantIds,
        (done, total, tenant, changed) -> System.out.printf("rewrap %d/%d %s%n", done, total, tenant));

    // 3. Only then retire the old key, save and deploy again.
    LocalKeyEncryption retired = rotated.retiring("master-2026-11");
    // [end]
    assertThat(saveThis).contains("master-2026-12");
    assertThat(rewrapped).isEqualTo(3);
    TenantSdk after = TenantSdk.builder().storage(storage).keyEncryption(retired).build();
    for (TenantId id : allTenantIds) {
      assertThat(after.credentials().get(id, Credential.MPESA_PASSKEY)).isPresent();
    }
  }

  @Test
  void shred() {
    TenantSdk sdk = TenantSdk.builder().storage(storage)
        .keyEncryption(LocalKeyEncryption.generate("master-2026-11"))
        .dataKeyRevalidateAfter(Duration.ofSeconds(10)).build();
    TenantId tenantId =
        sdk.createTenant(NewTenant.builder("Acme", ZoneId.of("UTC")).build()).id();
    sdk.credentials().put(tenantId, Credential.STRIPE_SECRET_KEY, Secret.of("sk_live_0123456789"));
    List<TenantId> leavingTenants = List.of(tenantId);
    // [snippet:shred]
    CredentialVault vault = sdk.credentials().vault();
    int deleted = vault.shredAll(leavingTenants, Progress.NONE);
    // [end]
    assertThat(deleted).isOne();
    assertThatThrownBy(() -> sdk.credentials().get(tenantId, Credential.STRIPE_SECRET_KEY))
        .isInstanceOf(CredentialException.class);
  }

  @Test
  void revalidationInterval() {
    LocalKeyEncryption masterKeys = LocalKeyEncryption.generate("master-2026-11");
    // [snippet:revalidate]
    TenantSdk sdk = TenantSdk.builder()
        .storage(storage)
        .keyEncryption(masterKeys)
        .dataKeyRevalidateAfter(Duration.ofSeconds(5)) // 30 s by default; ZERO checks every open
        .build();
    // [end]
    assertThat(sdk.credentials().vault()).isNotNull();
  }

  @Test
  void plugAKms() {
    FakeKms kms = new FakeKms();
    // [snippet:kms-use]
    TenantSdk sdk = TenantSdk.builder()
        .storage(storage)
        .keyEncryption(new MyKmsKeyEncryption(kms, "alias/wabotiq-2026"))
        .build();
    // [end]
    TenantId tenantId =
        sdk.createTenant(NewTenant.builder("Acme", ZoneId.of("UTC")).build()).id();
    sdk.credentials().put(tenantId, Credential.OPENAI_API_KEY, Secret.of("sk-proj-0123456789"));
    assertThat(sdk.credentials().get(tenantId, Credential.OPENAI_API_KEY).orElseThrow().reveal())
        .isEqualTo("sk-proj-0123456789");
    kms.down = true;
    TenantSdk cold = TenantSdk.builder().storage(storage)
        .keyEncryption(new MyKmsKeyEncryption(kms, "alias/wabotiq-2026")).build();
    assertThatThrownBy(() -> cold.credentials().get(tenantId, Credential.OPENAI_API_KEY))
        .isInstanceOf(CredentialException.class)
        .hasMessageContaining("the KMS refused to unwrap");
  }

  /** Stands for your KMS's client (AWS KMS, Google Cloud KMS, Vault transit ...). */
  interface KmsClient {
    /** Encrypts under a KMS key, bound to a context; throws {@link KmsException} on failure. */
    byte[] encrypt(String keyId, byte[] plaintext, Map<String, String> context);

    /** Decrypts, checking the context; throws {@link KmsException} on failure. */
    byte[] decrypt(String keyId, byte[] ciphertext, Map<String, String> context);
  }

  /** Your KMS client's failure, with an error code and no key material. */
  static final class KmsException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String code;

    KmsException(String code) {
      super(code);
      this.code = code;
    }

    String code() {
      return code;
    }
  }

  // [snippet:kms]
  /** Wraps the SDK's data keys with a KMS key; the key material never leaves the KMS. */
  static final class MyKmsKeyEncryption implements KeyEncryption {
    private final KmsClient kms;
    private final String keyId;

    MyKmsKeyEncryption(KmsClient kms, String keyId) {
      this.kms = kms;
      this.keyId = keyId;
    }

    @Override
    public String primaryKeyId() {
      return keyId;
    }

    @Override
    public WrappedDataKey wrap(byte[] dataKey, byte[] associatedData) {
      try {
        return new WrappedDataKey(keyId, kms.encrypt(keyId, dataKey, context(associatedData)));
      } catch (KmsException e) {
        throw new KeyEncryptionException("the KMS refused to wrap under " + keyId + ": " + e.code());
      }
    }

    @Override
    public byte[] unwrap(WrappedDataKey wrapped, byte[] associatedData) {
      try {
        return kms.decrypt(wrapped.keyId(), wrapped.ciphertext(), context(associatedData));
      } catch (KmsException e) {
        throw new KeyEncryptionException(
            "the KMS refused to unwrap under " + wrapped.keyId() + ": " + e.code());
      }
    }

    /** The SDK's associated data as the KMS's encryption context: a moved key does not decrypt. */
    private static Map<String, String> context(byte[] associatedData) {
      return Map.of("wabotiq", new String(associatedData, StandardCharsets.UTF_8));
    }
  }
  // [end]

  /** A stand-in KMS: keeps each plaintext under a handle, checks the key and context. */
  static final class FakeKms implements KmsClient {
    private final Map<String, Object[]> blobs = new HashMap<>();
    volatile boolean down;

    @Override
    public synchronized byte[] encrypt(String keyId, byte[] plaintext, Map<String, String> context) {
      if (down) {
        throw new KmsException("ServiceUnavailable");
      }
      String handle = "blob-" + blobs.size();
      blobs.put(handle, new Object[] {keyId, plaintext.clone(), Map.copyOf(context)});
      return handle.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public synchronized byte[] decrypt(String keyId, byte[] ciphertext, Map<String, String> context) {
      Object[] blob = blobs.get(new String(ciphertext, StandardCharsets.US_ASCII));
      if (down) {
        throw new KmsException("ServiceUnavailable");
      }
      if (blob == null || !blob[0].equals(keyId) || !blob[2].equals(context)) {
        throw new KmsException("InvalidCiphertext");
      }
      return ((byte[]) blob[1]).clone();
    }
  }

  private void callTwilio(String token) {
    twilioCalls.add(token);
  }

  @Test
  void theDocShowsExactlyTheseSnippets() throws IOException {
    Map<String, String> inCode = Snippets.regions(Files.readString(SOURCE));
    String doc = Files.readString(DOC);
    Map<String, String> inDoc = Snippets.blocks(doc);
    assertThat(inCode).containsOnlyKeys("configure-file", "configure-env", "configure-keystore",
        "generate", "use", "record", "rotate", "shred", "revalidate", "kms", "kms-use");
    assertThat(inDoc).isEqualTo(inCode);
    assertThat(doc).doesNotContainIgnoringCase("in progress").doesNotContainPattern("issue \\d");
  }
}
