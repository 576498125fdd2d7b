package com.wabotiq.credentials;

import com.wabotiq.internal.Checks;
import com.wabotiq.spi.crypto.KeyEncryption;
import com.wabotiq.spi.crypto.KeyEncryptionException;
import com.wabotiq.spi.crypto.WrappedDataKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.crypto.SecretKey;
import org.jspecify.annotations.Nullable;

/**
 * The default {@link KeyEncryption}: master keys held in this process, loaded from a file, an
 * environment variable or a PKCS#12 keystore, never from source code. A data key is wrapped with
 * AES-256-GCM under the primary master key, with a random 96-bit nonce and the caller's associated
 * data; the wrapped bytes are the nonce followed by the ciphertext and tag.
 *
 * <p>The text form (file or variable) is one key per line, {@code <key-id>=<base64 of 32 bytes>},
 * and optionally a line {@code primary=<key-id>}; without it the first key is primary. Blank lines
 * and lines starting with {@code #} are ignored. Rotation: add a key and make it primary; keep the
 * old ones until every tenant is rewrapped, then drop them.
 *
 * <p>Immutable and thread-safe; {@link #toString()} shows key ids only.
 *
 * @since 0.1.0
 */
public final class LocalKeyEncryption implements KeyEncryption {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, byte[]> keys;
  private final String primary;

  private LocalKeyEncryption(Map<String, byte[]> keys, String primary) {
    this.keys = keys;
    this.primary = primary;
  }

  /**
   * Master keys from their text form.
   *
   * @param text the lines described above
   * @return the key-encryption key
   * @throws IllegalArgumentException naming the line and the rule, never a key, when the text is
   *     malformed: no key, a key not 32 bytes of base64, a duplicate id, an unknown primary
   */
  public static LocalKeyEncryption fromText(String text) {
    Checks.notNull(text, "text");
    Map<String, byte[]> keys = new LinkedHashMap<>();
    String primary = null;
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      Checks.argument(eq > 0, "master keys line %d must read <key-id>=<base64 key>", i + 1);
      String id = line.substring(0, eq).strip();
      String value = line.substring(eq + 1).strip();
      if (id.equals("primary")) {
        primary = value;
        continue;
      }
      byte[] key;
      try {
        key = Base64.getDecoder().decode(value);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "master keys line " + (i + 1) + " must hold a base64 key after its key id");
      }
      Checks.argument(key.length == AesGcm.KEY_BYTES,
          "master keys line %d (%d key bytes) must hold a 32-byte key", i + 1, key.length);
      Checks.argument(keys.put(id, key) == null,
          "master keys line %d must name a key id no earlier line names", i + 1);
    }
    return of(keys, primary);
  }

  /**
   * Master keys from a file in the text form.
   *
   * @param file the file, readable only by the service's user
   * @return the key-encryption key
   * @throws IllegalArgumentException as {@link #fromText}
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static LocalKeyEncryption fromFile(Path file) {
    Checks.notNull(file, "file");
    try {
      return fromText(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read the master keys file " + file, e);
    }
  }

  /**
   * Master keys from an environment variable in the text form (lines separated by newlines).
   *
   * @param variable the variable's name, e.g. {@code WABOTIQ_MASTER_KEYS}
   * @return the key-encryption key
   * @throws IllegalArgumentException if the variable is not set, or as {@link #fromText}
   */
  public static LocalKeyEncryption fromEnvironment(String variable) {
    Checks.notNull(variable, "variable");
    String value = System.getenv(variable);
    Checks.argument(value != null, "variable (%s) must name a set environment variable", variable);
    return fromText(value);
  }

  /**
   * Master keys from a PKCS#12 keystore: every AES secret-key entry of 256 bits, its alias as key
   * id.
   *
   * @param keystore the keystore file
   * @param password the keystore's password (also each entry's); the caller wipes it
   * @param primaryAlias the alias of the primary key
   * @return the key-encryption key
   * @throws IllegalArgumentException if the primary alias holds no 256-bit AES key
   * @throws KeyEncryptionException if the keystore cannot be read or opened
   */
  public static LocalKeyEncryption fromKeyStore(Path keystore, char[] password, String primaryAlias) {
    Checks.notNull(keystore, "keystore");
    Checks.notNull(password, "password");
    Checks.notNull(primaryAlias, "primaryAlias");
    Map<String, byte[]> keys = new LinkedHashMap<>();
    try (InputStream in = Files.newInputStream(keystore)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      KeyStore.PasswordProtection protection = new KeyStore.PasswordProtection(password);
      for (String alias : Collections.list(store.aliases())) {
        if (store.entryInstanceOf(alias, KeyStore.SecretKeyEntry.class)) {
          SecretKey key = ((KeyStore.SecretKeyEntry) store.getEntry(alias, protection)).getSecretKey();
          byte[] encoded = key.getEncoded();
          if (key.getAlgorithm().equalsIgnoreCase("AES") && encoded.length == AesGcm.KEY_BYTES) {
            keys.put(alias, encoded);
          }
        }
      }
    } catch (IOException | GeneralSecurityException e) {
      throw new KeyEncryptionException(
          "cannot open the keystore " + keystore + " (" + e.getClass().getSimpleName() + ")", e);
    }
    return of(keys, primaryAlias);
  }

  /**
   * A fresh random master key in memory, for tests and the quickstart: its data keys die with the
   * process unless the key is saved with {@link #exportText()}.
   *
   * @param keyId the key's id
   * @return a key-encryption key with that one key as primary
   */
  public static LocalKeyEncryption generate(String keyId) {
    Checks.notNull(keyId, "keyId");
    byte[] key = new byte[AesGcm.KEY_BYTES];
    RANDOM.nextBytes(key);
    Map<String, byte[]> keys = new LinkedHashMap<>();
    keys.put(keyId, key);
    return of(keys, keyId);
  }

  /**
   * This key-encryption key with one more master key, made primary: the first step of a rotation.
   *
   * @param keyId the new key's id, not yet used
   * @return a new key-encryption key; this one is unchanged
   * @throws IllegalArgumentException if the id is taken
   */
  public LocalKeyEncryption rotatedTo(String keyId) {
    Checks.notNull(keyId, "keyId");
    Checks.argument(!keys.containsKey(keyId), "keyId (%s) must be an id no master key has", keyId);
    byte[] key = new byte[AesGcm.KEY_BYTES];
    RANDOM.nextBytes(key);
    Map<String, byte[]> more = new LinkedHashMap<>(keys);
    more.put(keyId, key);
    return of(more, keyId);
  }

  /**
   * This key-encryption key without a retired master key: data keys it wrapped can no longer be
   * unwrapped, so rewrap every tenant first.
   *
   * @param keyId the retired key's id, not the primary
   * @return a new key-encryption key; this one is unchanged
   * @throws IllegalArgumentException if the id is the primary or unknown
   */
  public LocalKeyEncryption retiring(String keyId) {
    Checks.argument(!primary.equals(keyId), "keyId (%s) must not be the primary key", keyId);
    Checks.argument(keys.containsKey(keyId), "keyId (%s) must be the id of a master key", keyId);
    Map<String, byte[]> fewer = new LinkedHashMap<>(keys);
    fewer.remove(keyId);
    return of(fewer, primary);
  }

  /**
   * The text form of these keys, to save in a secret store: it holds key material.
   *
   * @return the lines, primary first
   */
  public String exportText() {
    StringBuilder text = new StringBuilder("primary=").append(primary).append('\n');
    keys.forEach((id, key) ->
        text.append(id).append('=').append(Base64.getEncoder().encodeToString(key)).append('\n'));
    return text.toString();
  }

  /**
   * The ids of the keys held.
   *
   * @return an unmodifiable set in load order
   */
  public Set<String> keyIds() {
    return Collections.unmodifiableSet(keys.keySet());
  }

  @Override
  public String primaryKeyId() {
    return primary;
  }

  @Override
  public WrappedDataKey wrap(byte[] dataKey, byte[] associatedData) {
    Checks.notNull(dataKey, "dataKey");
    Checks.notNull(associatedData, "associatedData");
    byte[] nonce = new byte[AesGcm.NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    // of(...) checked that the primary id is among the keys.
    byte[] sealed =
        AesGcm.seal(Checks.notNull(keys.get(primary), "primary"), nonce, dataKey, associatedData);
    byte[] out = Arrays.copyOf(nonce, nonce.length + sealed.length);
    System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
    return new WrappedDataKey(primary, out);
  }

  @Override
  public byte[] unwrap(WrappedDataKey wrapped, byte[] associatedData) {
    Checks.notNull(wrapped, "wrapped");
    Checks.notNull(associatedData, "associatedData");
    byte[] key = keys.get(wrapped.keyId());
    if (key == null) {
      throw new KeyEncryptionException(
          "master key " + wrapped.keyId() + " is unknown or retired: the data key cannot be unwrapped");
    }
    byte[] bytes = wrapped.ciphertext();
    if (bytes.length < AesGcm.NONCE_BYTES + AesGcm.TAG_BYTES) {
      throw new KeyEncryptionException("the wrapped data key is truncated");
    }
    byte[] nonce = Arrays.copyOf(bytes, AesGcm.NONCE_BYTES);
    byte[] sealed = Arrays.copyOfRange(bytes, AesGcm.NONCE_BYTES, bytes.length);
    try {
      return AesGcm.open(key, nonce, sealed, associatedData);
    } catch (CredentialException e) {
      throw new KeyEncryptionException("the data key wrapped under master key " + wrapped.keyId()
          + " does not authenticate (tampered, or bound to another tenant or version)");
    }
  }

  private static LocalKeyEncryption of(Map<String, byte[]> keys, @Nullable String primary) {
    Checks.argument(!keys.isEmpty(), "keys (none) must hold at least one master key");
    String chosen = primary != null ? primary : keys.keySet().iterator().next();
    Checks.argument(
        keys.containsKey(chosen), "primary (%s) must be the id of one of the keys", chosen);
    return new LocalKeyEncryption(Collections.unmodifiableMap(new LinkedHashMap<>(keys)), chosen);
  }

  /**
   * Key ids only.
   *
   * @return e.g. {@code LocalKeyEncryption[primary=k2, keys=[k1, k2]]}
   */
  @Override
  public String toString() {
    return "LocalKeyEncryption[primary=" + primary + ", keys=" + keys.keySet() + "]";
  }
}
