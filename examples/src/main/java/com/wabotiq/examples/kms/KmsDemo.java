package com.wabotiq.examples.kms;

import com.wabotiq.NewTenant;
import com.wabotiq.TenantCredentials;
import com.wabotiq.TenantSdk;
import com.wabotiq.credentials.Credential;
import com.wabotiq.credentials.Secret;
import com.wabotiq.spi.storage.WrappedKeys;
import com.wabotiq.store.InMemoryStorage;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.types.SealedSecret;
import com.wabotiq.types.TenantId;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tenant's credential kept under {@link KmsKeyEncryption}, the KMS-style key-encryption adapter,
 * over {@link InProcessKms}, printed step by step with what the store holds and what was asked of
 * the KMS.
 *
 * <ol>
 *   <li>Create a key in the KMS and build a {@link TenantSdk} whose credentials are wrapped by it.
 *   <li>Store a Shopify access token with {@code sdk.credentials().put(...)}: its hint; the
 *       settings hold only a sealed value, and the storage one data key, wrapped by the KMS key
 *       (named in the stored wrap); the data key's wrap was one {@code Encrypt}.
 *   <li>Read it back on the same facade: the unwrapped data key is cached, so the KMS is not asked.
 *   <li>Rotate: create a new KMS key, rewrap the tenant's data key under it (one {@code Decrypt}
 *       under the old key, one {@code Encrypt} under the new, no credential decrypted), and
 *       disable the old key.
 *   <li>Read the token again through a new facade on the same storage (nothing cached): one
 *       {@code Decrypt} under the new key, and the same value as stored.
 * </ol>
 *
 * <p>{@link InProcessKms} keeps no count of its calls; the demo counts them by handing the
 * adapter a {@link KmsClient} that counts each call and passes it on. The plaintext of the token
 * is never printed. {@code KmsDemoTest} runs this program in the build and checks what it prints.
 */
public final class KmsDemo {
  /** The Shopify access token the demo stores; it must never appear in the output. */
  static final String TOKEN = "shpat_0a1b2c3d4e5f6a7b8c9d";

  static final String OLD_KEY = "alias/wabotiq-2026";
  static final String NEW_KEY = "alias/wabotiq-2027";

  private final PrintStream out;

  KmsDemo(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the demo, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // Route Hibernate Validator's start-up line through SLF4J (quietened in simplelogger.properties).
    System.setProperty("org.jboss.logging.provider", "slf4j");
    new KmsDemo(System.out).run();
  }

  void run() {
    out.println("A tenant's credential under KmsKeyEncryption, a KMS-style key-encryption adapter");
    out.println();

    out.println("1. Create a key in the KMS and build the SDK with KmsKeyEncryption over it");
    InProcessKms inProcess = new InProcessKms();
    CountingKms kms = new CountingKms(inProcess);
    inProcess.createKey(OLD_KEY);
    InMemoryStorage storage = InMemoryStorage.create();
    KmsKeyEncryption kek = new KmsKeyEncryption(kms, OLD_KEY);
    TenantSdk sdk = TenantSdk.builder().storage(storage).keyEncryption(kek).build();
    Tenant acme = sdk.createTenant(
        NewTenant.builder("Acme Electronics", ZoneId.of("Africa/Nairobi")).build());
    TenantId id = acme.id();
    out.printf("   KMS key %s created; the SDK wraps data keys with %s%n", OLD_KEY, kek);
    out.printf("   tenant %s (%s) created%n", acme.name(), acme.slug());
    out.println();

    out.println("2. Store the tenant's Shopify access token");
    TenantCredentials credentials = sdk.credentials();
    SealedSecret sealed =
        credentials.put(id, Credential.SHOPIFY_ACCESS_TOKEN, Secret.of(TOKEN));
    Secret stored = credentials.get(id, Credential.SHOPIFY_ACCESS_TOKEN)
        .orElseThrow(() -> new IllegalStateException("the token must be stored"));
    out.printf("   stored; its hint %s, its toString %s%n", stored.hint(), stored);
    stored.wipe();
    SealedSecret inSettings = Credential.SHOPIFY_ACCESS_TOKEN.in(sdk.settings(id).value())
        .orElseThrow(() -> new IllegalStateException("the settings must hold the token"));
    out.printf("   the settings (version %d) hold it sealed: %s... (%d characters of ciphertext)%n",
        sdk.settings(id).version(), inSettings.ciphertext().substring(0, 5),
        inSettings.ciphertext().length());
    out.printf("   the storage holds %s; the data key itself is stored nowhere%n",
        wrappedKeys(storage.wrappedKeys(), id));
    out.printf("   KMS calls so far: %s (the new data key wrapped)%n", kms);
    out.println();

    out.println("3. Read it back on the same SDK");
    Secret again = credentials.get(id, Credential.SHOPIFY_ACCESS_TOKEN).orElseThrow();
    out.printf("   hint %s; KMS calls so far: %s (the data key was cached unwrapped)%n",
        again.hint(), kms);
    again.wipe();
    out.println();

    out.println("4. Rotate to a new KMS key and rewrap the tenant's data key");
    inProcess.createKey(NEW_KEY);
    KmsKeyEncryption rotated = new KmsKeyEncryption(kms, NEW_KEY);
    int rewrapped = sdk.credentials(rotated).vault().rewrap(id);
    out.printf("   KMS key %s created; rewrapped %d data key(s) with %s%n", NEW_KEY, rewrapped,
        rotated);
    out.printf("   the storage holds %s%n", wrappedKeys(storage.wrappedKeys(), id));
    out.printf("   the sealed token in the settings is unchanged: %s%n",
        Credential.SHOPIFY_ACCESS_TOKEN.in(sdk.settings(id).value())
            .map(s -> s.equals(sealed) ? "yes" : "no").orElse("no, it is gone"));
    out.printf("   KMS calls so far: %s (the old wrap opened, the data key wrapped again)%n", kms);
    inProcess.disableKey(OLD_KEY);
    out.printf("   KMS key %s disabled%n", OLD_KEY);
    out.println();

    out.println("5. Read it again, on a new SDK over the same storage (nothing cached)");
    TenantSdk fresh = TenantSdk.builder()
        .storage(storage)
        .keyEncryption(new KmsKeyEncryption(kms, NEW_KEY))
        .build();
    Secret read = fresh.credentials().get(id, Credential.SHOPIFY_ACCESS_TOKEN).orElseThrow();
    boolean same = read.reveal().equals(TOKEN);
    out.printf("   hint %s, the value stored in step 2: %s%n", read.hint(), same ? "yes" : "no");
    read.wipe();
    out.printf("   KMS calls in all: %s%n", kms);
    out.println();
    out.println("Done.");
  }

  /**
   * What the storage holds of a tenant's data keys: each stored version and the KMS key that
   * wrapped it, read from the stored wrap's documented layout (version byte, 8-byte data key id,
   * key id length, key id, wrapped bytes; see {@code CredentialVault} and docs/security.md).
   */
  private static String wrappedKeys(WrappedKeys keys, TenantId tenant) {
    List<Integer> versions = keys.versions(tenant.value());
    StringBuilder text = new StringBuilder();
    text.append(versions.size())
        .append(versions.size() == 1 ? " wrapped data key" : " wraps of the tenant's data key");
    String separator = " (";
    for (int version : versions) {
      byte[] blob = keys.get(tenant.value(), version).orElseThrow();
      int idLength = blob[9] & 0xff;
      String keyId = new String(blob, 10, idLength, StandardCharsets.US_ASCII);
      text.append(separator).append("version ").append(version).append(" wrapped by ")
          .append(keyId).append(", ").append(blob.length).append(" bytes");
      separator = "; ";
    }
    return versions.isEmpty() ? text.toString() : text.append(')').toString();
  }

  /** A KMS client that counts the calls it passes on, as a KMS's own metrics would. */
  private static final class CountingKms implements KmsClient {
    private final KmsClient kms;
    private final AtomicInteger encrypts = new AtomicInteger();
    private final AtomicInteger decrypts = new AtomicInteger();

    CountingKms(KmsClient kms) {
      this.kms = kms;
    }

    @Override
    public byte[] encrypt(String keyId, byte[] plaintext, Map<String, String> context) {
      encrypts.incrementAndGet();
      return kms.encrypt(keyId, plaintext, context);
    }

    @Override
    public byte[] decrypt(byte[] blob, Map<String, String> context) {
      decrypts.incrementAndGet();
      return kms.decrypt(blob, context);
    }

    /** {@return e.g. "1 Encrypt, 0 Decrypt"} */
    @Override
    public String toString() {
      return encrypts.get() + " Encrypt, " + decrypts.get() + " Decrypt";
    }
  }
}
