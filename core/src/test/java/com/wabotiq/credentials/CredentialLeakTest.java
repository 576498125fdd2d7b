package com.wabotiq.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.NewTenant;
import com.wabotiq.TenantCredentials;
import com.wabotiq.TenantSdk;
import com.wabotiq.spi.storage.Documents;
import com.wabotiq.spi.storage.StorageException;
import com.wabotiq.spi.storage.StorageProvider;
import com.wabotiq.spi.storage.TenantRecords;
import com.wabotiq.spi.storage.UsageCounters;
import com.wabotiq.spi.storage.WrappedKeys;
import com.wabotiq.store.InMemoryStorage;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.types.SealedSecret;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Drives the whole credential path (put, get, rotate, rewrap, retire, shred, and failures: a store
 * that throws with key bytes in its own message, tampering, a foreign tenant, a retired key, a
 * shred seen by another instance's revalidation, a garbled stored data key) with
 * the SDK's loggers at DEBUG (see {@code simplelogger.properties}) and standard output and error
 * captured, and finds no plaintext, master key, or wrapped or data key bytes in any log line,
 * exception message or {@code toString}.
 */
class CredentialLeakTest {
  private static final String TOKEN = "9f8e7d6c5b4a39281706f5e4d3c2b1a0";

  @Test
  void noSecretInAnyLogLineMessageOrToString() {
    assertThat(LoggerFactory.getLogger("com.wabotiq.store.internal.GuardedStorage").isDebugEnabled())
        .as("the SDK's loggers run at DEBUG here").isTrue();
    InMemoryStorage memory = InMemoryStorage.create();
    AtomicBoolean storeDown = new AtomicBoolean();
    AtomicInteger garbleAt = new AtomicInteger(-1);
    List<String> keyBytesSeen = new ArrayList<>();
    WrappedKeys leaky = new WrappedKeys() {
      @Override
      public void put(String tenantId, int version, byte[] wrappedKey) {
        keyBytesSeen.add(Base64.getEncoder().encodeToString(wrappedKey));
        if (storeDown.get()) {
          throw new IllegalStateException("disk full writing " + keyBytesSeen.get(keyBytesSeen.size() - 1));
        }
        memory.wrappedKeys().put(tenantId, version, wrappedKey);
      }

      @Override
      public Optional<byte[]> get(String tenantId, int version) {
        if (storeDown.get()) {
          throw new IllegalStateException("read failed near " + String.join(",", keyBytesSeen));
        }
        return memory.wrappedKeys().get(tenantId, version).map(b -> {
          int at = garbleAt.get();
          if (at >= 0) {
            b[at] ^= (byte) 0x80;
          }
          return b;
        });
      }

      @Override
      public List<Integer> versions(String tenantId) {
        return memory.wrappedKeys().versions(tenantId);
      }

      @Override
      public int deleteAll(String tenantId) {
        return memory.wrappedKeys().deleteAll(tenantId);
      }
    };
    StorageProvider provider = new StorageProvider() {
      @Override
      public TenantRecords tenants() {
        return memory.tenants();
      }

      @Override
      public Documents documents() {
        return memory.documents();
      }

      @Override
      public UsageCounters counters() {
        return memory.counters();
      }

      @Override
      public WrappedKeys wrappedKeys() {
        return leaky;
      }

      @Override
      public com.wabotiq.spi.storage.KeyActivity keyActivity() {
        return memory.keyActivity();
      }
    };

    List<String> seen = new ArrayList<>();
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    LocalKeyEncryption master = LocalKeyEncryption.generate("k1");
    String masterText = master.exportText();
    try {
      System.setOut(capture);
      System.setErr(capture);
      TenantSdk sdk = TenantSdk.builder().storage(provider).build();
      Tenant acme = sdk.createTenant(NewTenant.builder("Acme", ZoneId.of("UTC")).build());
      Tenant beta = sdk.createTenant(NewTenant.builder("Beta", ZoneId.of("UTC")).build());
      TenantCredentials credentials = sdk.credentials(master);
      SealedSecret sealed = credentials.put(acme.id(), Credential.TWILIO_TOKEN, Secret.of(TOKEN));
      Secret got = credentials.get(acme.id(), Credential.TWILIO_TOKEN).orElseThrow();
      seen.add(got.toString());
      seen.add(got.hint());
      seen.add(sealed.toString());
      seen.add(credentials.toString());
      seen.add(master.toString());

      // Failures: a foreign tenant, tampering, the store down (its own messages carry key bytes).
      sdk.updateSettings(beta.id(), s -> Credential.TWILIO_TOKEN.with(s, sealed));
      seen.add(message(() -> credentials.get(beta.id(), Credential.TWILIO_TOKEN)));
      storeDown.set(true);
      // A key-encryption instance of its own: a vault with a cold cache, which must read the store.
      seen.add(message(() -> sdk.credentials(LocalKeyEncryption.fromText(masterText))
          .get(acme.id(), Credential.TWILIO_TOKEN)));
      seen.add(message(() -> credentials.put(beta.id(), Credential.STRIPE_SECRET_KEY,
          Secret.of("sk_live_" + TOKEN))));
      storeDown.set(false);

      // Rotation, rewrap, retirement, and a retired key's failure.
      LocalKeyEncryption rotated = master.rotatedTo("k2");
      TenantCredentials after = sdk.credentials(rotated);
      seen.add(message(() -> sdk.credentials(LocalKeyEncryption.generate("k3"))
          .get(acme.id(), Credential.TWILIO_TOKEN)));
      after.vault().rewrap(acme.id());
      seen.add(after.get(acme.id(), Credential.TWILIO_TOKEN).orElseThrow().hint());
      seen.add(rotated.toString());
      // Another instance that checks storage on every open, refusing after the shred.
      TenantSdk other = TenantSdk.builder().storage(provider).keyEncryption(rotated)
          .dataKeyRevalidateAfter(Duration.ZERO).build();
      seen.add(other.credentials().get(acme.id(), Credential.TWILIO_TOKEN).orElseThrow().hint());
      after.vault().shred(acme.id());
      seen.add(message(() -> after.get(acme.id(), Credential.TWILIO_TOKEN)));
      seen.add(message(() -> other.credentials().get(acme.id(), Credential.TWILIO_TOKEN)));

      // A garbled stored data key (the key id, then the wrapped bytes) in every operation.
      SealedSecret betas = credentials.put(beta.id(), Credential.TWILIO_TOKEN, Secret.of(TOKEN));
      for (int at : new int[] {10, 30}) {
        garbleAt.set(at);
        LocalKeyEncryption cold = LocalKeyEncryption.fromText(rotated.exportText());
        seen.add(message(() -> sdk.credentials(cold).get(beta.id(), Credential.TWILIO_TOKEN)));
        seen.add(message(() -> CredentialVault.create(cold, leaky)
            .open(beta.id(), "twilio_token", betas)));
        seen.add(message(() -> CredentialVault.create(cold.rotatedTo("k4"), leaky).rewrap(beta.id())));
      }
      garbleAt.set(-1);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    String logs = captured.toString(StandardCharsets.UTF_8);
    assertThat(logs).as("the store's faults were logged").contains("Storage adapter fault");
    List<String> forbidden = new ArrayList<>(List.of(TOKEN, TOKEN.substring(0, 12)));
    masterText.lines().map(l -> l.substring(l.indexOf('=') + 1)).filter(v -> v.length() > 20)
        .forEach(forbidden::add);
    forbidden.addAll(keyBytesSeen);
    for (String secret : forbidden) {
      assertThat(logs).as("logs").doesNotContain(secret);
      for (String s : seen) {
        assertThat(s).doesNotContain(secret);
      }
    }
    assertThat(seen).allSatisfy(s -> assertThat(s).isNotBlank());
  }

  private static String message(Runnable call) {
    Throwable thrown = null;
    try {
      call.run();
    } catch (CredentialException | StorageException e) {
      thrown = e;
    }
    assertThat(thrown).as("the call fails with a typed error").isNotNull();
    StringBuilder all = new StringBuilder();
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof IllegalStateException && t.getMessage() != null
          && (t.getMessage().startsWith("disk full") || t.getMessage().startsWith("read failed"))) {
        break; // the adapter's own exception, attached as the cause: not the SDK's words
      }
      all.append(t).append('\n');
    }
    return all.toString();
  }

  @Test
  void theCredentialsPackageHasNoLogger() {
    assertThatThrownBy(() -> Class.forName("com.wabotiq.credentials.CredentialVault")
        .getDeclaredField("LOG")).isInstanceOf(NoSuchFieldException.class);
  }
}
