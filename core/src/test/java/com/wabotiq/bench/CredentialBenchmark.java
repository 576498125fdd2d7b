package com.wabotiq.bench;

import com.wabotiq.credentials.CredentialVault;
import com.wabotiq.credentials.LocalKeyEncryption;
import com.wabotiq.credentials.Secret;
import com.wabotiq.spi.storage.WrappedKeys;
import com.wabotiq.store.InMemoryStorage;
import com.wabotiq.types.SealedSecret;
import com.wabotiq.types.TenantId;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Opening a cached tenant's 64-byte credential with {@link CredentialVault} against a bare {@code
 * javax.crypto} AES-256-GCM decrypt of the same size (the target: at most 1.3 ×), and the
 * first open of a tenant, whose data key must be read from the store and unwrapped (a fresh vault
 * per call, so nothing is cached). BouncyCastle's lightweight GCM decrypts the same bytes beside
 * them, to choose the backend by measurement.
 *
 * <p>Run: {@code mvn -B -Pbench -pl core -am verify -DskipTests -Djmh.args="CredentialBenchmark
 * -foe true -f 3 -wi 4 -w 1s -i 6 -r 1s -prof gc"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class CredentialBenchmark {
  private static final TenantId TENANT = TenantId.of("acme");

  private CredentialVault vault;
  private LocalKeyEncryption kek;
  private WrappedKeys store;
  private SealedSecret sealed;
  private byte[] key;
  private byte[] nonce;
  private byte[] aad;
  private byte[] ciphertext;

  @Setup
  public void setUp() throws Exception {
    SecureRandom random = new SecureRandom();
    String plaintext = "x".repeat(61) + "end"; // 64 bytes
    kek = LocalKeyEncryption.generate("k1");
    store = InMemoryStorage.create().wrappedKeys();
    vault = CredentialVault.builder(kek, store).cacheExpireAfterWrite(Duration.ofHours(1)).build();
    sealed = vault.seal(TENANT, "twilio_token", Secret.of(plaintext));
    if (!vault.open(TENANT, "twilio_token", sealed).reveal().equals(plaintext)) {
      throw new IllegalStateException("round trip");
    }
    key = new byte[32];
    nonce = new byte[12];
    random.nextBytes(key);
    random.nextBytes(nonce);
    aad = "header-and-binding|acme|twilio_token".getBytes(StandardCharsets.UTF_8);
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
    cipher.updateAAD(aad);
    ciphertext = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
  }

  @Benchmark
  public byte[] bareJavaxCryptoDecrypt() throws Exception {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
    cipher.updateAAD(aad);
    return cipher.doFinal(ciphertext);
  }

  /** The same decrypt with BouncyCastle's lightweight API (no provider installed). */
  @Benchmark
  public byte[] bouncyCastleGcmDecrypt() throws Exception {
    GCMModeCipher gcm = GCMBlockCipher.newInstance(AESEngine.newInstance());
    gcm.init(false, new AEADParameters(new KeyParameter(key), 128, nonce, aad));
    byte[] out = new byte[gcm.getOutputSize(ciphertext.length)];
    int n = gcm.processBytes(ciphertext, 0, ciphertext.length, out, 0);
    gcm.doFinal(out, n);
    return out;
  }

  @Benchmark
  public Secret vaultOpenCached() {
    return vault.open(TENANT, "twilio_token", sealed);
  }

  @Benchmark
  public Secret vaultOpenFirst() {
    return CredentialVault.create(kek, store).open(TENANT, "twilio_token", sealed);
  }
}
