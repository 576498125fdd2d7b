package com.wabotiq.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.spi.crypto.KeyEncryptionException;
import com.wabotiq.spi.crypto.WrappedDataKey;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local key-encryption key: master keys from text, a file, the environment or a PKCS#12
 * keystore; wraps bound to their associated data; clear, typed, key-free errors.
 */
class LocalKeyEncryptionTest {
  private static final byte[] DATA_KEY = new byte[32];
  private static final byte[] AAD = "wabotiq/dek/v1|acme|00".getBytes(StandardCharsets.UTF_8);

  @Test
  void fromFile_wrapsAndUnwraps_boundToItsAssociatedData(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("master.keys");
    String text = LocalKeyEncryption.generate("k1").rotatedTo("k2").exportText();
    Files.writeString(file, "# master keys\n\n" + text);
    LocalKeyEncryption kek = LocalKeyEncryption.fromFile(file);
    assertThat(kek.primaryKeyId()).isEqualTo("k2");
    assertThat(kek.keyIds()).containsExactly("k1", "k2");
    WrappedDataKey wrapped = kek.wrap(DATA_KEY, AAD);
    assertThat(wrapped.keyId()).isEqualTo("k2");
    assertThat(kek.unwrap(wrapped, AAD)).isEqualTo(DATA_KEY);
    byte[] otherTenant = "wabotiq/dek/v1|beta|00".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> kek.unwrap(wrapped, otherTenant))
        .isInstanceOf(KeyEncryptionException.class)
        .hasMessageContaining("does not authenticate");
    assertThatThrownBy(() -> kek.unwrap(new WrappedDataKey("k2", new byte[5]), AAD))
        .isInstanceOf(KeyEncryptionException.class).hasMessage("the wrapped data key is truncated");
    assertThatThrownBy(() -> LocalKeyEncryption.fromFile(dir.resolve("missing")))
        .isInstanceOf(java.io.UncheckedIOException.class);
  }

  @Test
  void fromKeyStore_readsAes256SecretKeyEntries(@TempDir Path dir) throws Exception {
    char[] password = "changeit-2026".toCharArray();
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, password);
    SecureRandom random = new SecureRandom();
    for (String alias : new String[] {"master-2025", "master-2026"}) {
      byte[] key = new byte[32];
      random.nextBytes(key);
      store.setEntry(alias, new KeyStore.SecretKeyEntry(new SecretKeySpec(key, "AES")),
          new KeyStore.PasswordProtection(password));
    }
    Path file = dir.resolve("master.p12");
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, password);
    }
    LocalKeyEncryption kek = LocalKeyEncryption.fromKeyStore(file, password, "master-2026");
    assertThat(kek.keyIds()).containsExactlyInAnyOrder("master-2025", "master-2026");
    assertThat(kek.primaryKeyId()).isEqualTo("master-2026");
    assertThat(kek.unwrap(kek.wrap(DATA_KEY, AAD), AAD)).isEqualTo(DATA_KEY);
    assertThatThrownBy(() -> LocalKeyEncryption.fromKeyStore(file, "wrong".toCharArray(), "x"))
        .isInstanceOf(KeyEncryptionException.class)
        .hasMessageContaining("cannot open the keystore");
    assertThatThrownBy(() -> LocalKeyEncryption.fromKeyStore(file, password, "absent"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("primary (absent) must be the id of one of the keys");
  }

  @Test
  void fromEnvironment_anUnsetVariable_isNamed() {
    assertThatThrownBy(() -> LocalKeyEncryption.fromEnvironment("WABOTIQ_NO_SUCH_VARIABLE_42"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("variable (WABOTIQ_NO_SUCH_VARIABLE_42) must name a set environment variable");
  }

  @Test
  void fromText_badLinesNameTheLineAndRuleNeverTheKey() {
    String key = java.util.Base64.getEncoder().encodeToString(new byte[32]);
    assertThatThrownBy(() -> LocalKeyEncryption.fromText("no equals sign"))
        .hasMessage("master keys line 1 must read <key-id>=<base64 key>");
    assertThatThrownBy(() -> LocalKeyEncryption.fromText("k1=" + key + "\nk2=!!!"))
        .hasMessage("master keys line 2 must hold a base64 key after its key id");
    assertThatThrownBy(() -> LocalKeyEncryption.fromText("k1=AAAA"))
        .hasMessage("master keys line 1 (3 key bytes) must hold a 32-byte key");
    assertThatThrownBy(() -> LocalKeyEncryption.fromText("primary=k9\nk1=" + key))
        .hasMessage("primary (k9) must be the id of one of the keys");
    // A bare key (no id) ends in '=': the text before it is key material and never shown.
    String bare = java.util.Base64.getEncoder().encodeToString(new byte[] {7, 7, 7, 7, 7, 7, 7, 7,
        7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7});
    assertThatThrownBy(() -> LocalKeyEncryption.fromText(bare))
        .hasMessage("master keys line 1 (0 key bytes) must hold a 32-byte key")
        .hasMessageNotContaining(bare.substring(0, 8));
    assertThatThrownBy(() -> LocalKeyEncryption.fromText("# nothing"))
        .hasMessage("keys (none) must hold at least one master key");
    assertThatThrownBy(() -> LocalKeyEncryption.generate("k1").retiring("k1"))
        .hasMessage("keyId (k1) must not be the primary key");
    assertThatThrownBy(() -> LocalKeyEncryption.generate("k1").rotatedTo("k1"))
        .hasMessage("keyId (k1) must be an id no master key has");
  }
}
