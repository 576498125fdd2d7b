package com.wabotiq.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.NewTenant;
import com.wabotiq.TenantSdk;
import com.wabotiq.spi.storage.StorageException;
import com.wabotiq.spi.storage.WrappedKeys;
import com.wabotiq.store.ForwardingWrappedKeys;
import com.wabotiq.store.Stores;
import com.wabotiq.types.SealedSecret;
import com.wabotiq.types.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A stored wrapped data key that storage hands back garbled (every byte flipped in turn with three
 * masks, every truncation, wrong version and key-id fields) fails with a {@link
 * CredentialException} from each operation that reads it: open, the facade's get, seal and rewrap;
 * never another exception type, and never with the plaintext, a master key or the stored bytes in
 * the message.
 *
 * <p>Rewrap runs under a rotated key-encryption key (the stored key's own key still held), because
 * a data key already wrapped under the primary is by design not read at all by a rewrap.
 */
class GarbledDataKeyTest {
  private static final String TOKEN = "9f8e7d6c5b4a39281706f5e4d3c2b1a0";
  private static final String FIELD = "twilio_token";

  /** The length of a stored wrap made by {@code LocalKeyEncryption} with key id {@code k1}. */
  private static final int STORED_LENGTH = 1 + 8 + 1 + 2 + 12 + 32 + 16;

  // One fixture for the class (a facade is costly to build); each case sets how storage garbles.
  private static final LocalKeyEncryption kek = LocalKeyEncryption.generate("k1");
  private static final Stores memory = Stores.inMemory();
  private static volatile UnaryOperator<byte[]> garble = UnaryOperator.identity();
  private static final WrappedKeys garbling = new ForwardingWrappedKeys(memory.wrappedKeys()) {
    @Override
    public Optional<byte[]> get(String tenantId, int version) {
      return delegate.get(tenantId, version).map(garble);
    }
  };
  private static final TenantSdk sdk =
      TenantSdk.builder().storage(memory.withWrappedKeys(garbling)).build();
  private static final TenantId tenant =
      sdk.createTenant(NewTenant.builder("Acme", ZoneId.of("UTC")).build()).id();
  private static final SealedSecret sealed =
      sdk.credentials(kek).put(tenant, Credential.TWILIO_TOKEN, Secret.of(TOKEN));
  private static final byte[] stored = memory.wrappedKeys().get(tenant.value(), 1).orElseThrow();

  @AfterEach
  void untouched() {
    garble = UnaryOperator.identity();
    if (memory.wrappedKeys().versions(tenant.value()).size() > 1) {
      memory.wrappedKeys().deleteAll(tenant.value());
      memory.wrappedKeys().put(tenant.value(), 1, stored);
    }
  }

  static Stream<Arguments> garblings() {
    List<Arguments> all = new ArrayList<>();
    for (int i = 0; i < STORED_LENGTH; i++) {
      for (int mask : new int[] {0x01, 0x80, 0xff}) {
        int at = i;
        all.add(garbling("byte " + i + " ^ 0x" + Integer.toHexString(mask), b -> {
          byte[] c = b.clone();
          c[at] ^= (byte) mask;
          return c;
        }));
      }
    }
    for (int n = 1; n < STORED_LENGTH; n++) {
      int length = n;
      all.add(garbling("truncated to " + n + " bytes", b -> Arrays.copyOf(b, length)));
    }
    all.add(garbling("format version 0", b -> with(b, 0, 0)));
    all.add(garbling("format version 2", b -> with(b, 0, 2)));
    all.add(garbling("key id length 0", b -> with(b, 9, 0)));
    all.add(garbling("key id length 255", b -> with(b, 9, 255)));
    all.add(garbling("key id with a space", b -> with(b, 10, ' ')));
    all.add(garbling("key id with a control character", b -> with(b, 10, 0x07)));
    all.add(garbling("key id with DEL", b -> with(b, 11, 0x7f)));
    all.add(garbling("key id not ASCII", b -> with(b, 10, 0xc3)));
    all.add(garbling("key id covering all the wrapped bytes", b -> with(b, 9, b.length - 10)));
    all.add(garbling("only the header", b -> Arrays.copyOf(b, 12)));
    all.add(garbling("one byte appended", b -> Arrays.copyOf(b, b.length + 1)));
    return all.stream();
  }

  private static Arguments garbling(String name, UnaryOperator<byte[]> change) {
    return Arguments.of(Named.of(name, change));
  }

  private static byte[] with(byte[] b, int at, int value) {
    byte[] c = b.clone();
    c[at] = (byte) value;
    return c;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("garblings")
  void aGarbledStoredKey_isACredentialException_everywhere(UnaryOperator<byte[]> change) {
    assertThat(stored).hasSize(STORED_LENGTH);
    garble = change;
    List<Throwable> thrown = new ArrayList<>();
    thrown.add(failure(() -> CredentialVault.create(kek, garbling).open(tenant, FIELD, sealed)));
    // A key-encryption instance of its own gives the facade's get a vault with a cold cache.
    thrown.add(failure(() -> sdk.credentials(LocalKeyEncryption.fromText(kek.exportText()))
        .get(tenant, Credential.TWILIO_TOKEN)));
    thrown.add(failure(() -> CredentialVault.create(kek, garbling)
        .seal(tenant, FIELD, Secret.of("another-" + TOKEN))));
    thrown.add(failure(() -> CredentialVault.create(kek.rotatedTo("k2"), garbling).rewrap(tenant)));
    for (Throwable t : thrown) {
      assertThat(t).isInstanceOf(CredentialException.class);
      assertFreeOfSecrets(t);
    }
    assertThat(memory.wrappedKeys().versions(tenant.value()))
        .as("nothing garbled was wrapped again").containsExactly(1);
  }

  @Test
  void anUntouchedStoredKey_opensEverywhere() {
    assertThat(CredentialVault.create(kek, garbling).open(tenant, FIELD, sealed).reveal())
        .isEqualTo(TOKEN);
    assertThat(CredentialVault.create(kek.rotatedTo("k2"), garbling).rewrap(tenant)).isOne();
  }

  /**
   * An empty stored key breaks the storage contract itself (a store never accepts one), so the
   * storage guard reports the adapter's fault before the vault sees any bytes.
   */
  @Test
  void anEmptyStoredKey_isTheAdaptersFault() {
    garble = b -> new byte[0];
    assertThatThrownBy(() -> CredentialVault.create(kek, garbling).open(tenant, FIELD, sealed))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("an empty key");
  }

  /**
   * A garbled older version does not stop a credential from opening when a later wrap of the same
   * data key is intact (after a rewrap), and a rewrap then refuses to go on.
   */
  @Test
  void aGarbledOlderVersion_doesNotHideAnIntactNewerWrap() {
    LocalKeyEncryption k2 = kek.rotatedTo("k2");
    assertThat(CredentialVault.create(k2, garbling).rewrap(tenant)).isOne();
    garble = b -> Arrays.equals(b, stored) ? with(b, 0, 9) : b;
    assertThat(CredentialVault.create(k2, garbling).open(tenant, FIELD, sealed).reveal())
        .isEqualTo(TOKEN);
    assertThatThrownBy(() -> CredentialVault.create(k2.rotatedTo("k3"), garbling).rewrap(tenant))
        .isInstanceOf(CredentialException.class)
        .hasMessageContaining("version 1 is not in a known format");
  }

  private static Throwable failure(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("the call succeeded on a garbled stored key");
  }

  private void assertFreeOfSecrets(Throwable thrown) {
    List<String> secrets = new ArrayList<>(List.of(TOKEN,
        Base64.getEncoder().encodeToString(stored),
        Base64.getUrlEncoder().withoutPadding().encodeToString(stored),
        HexFormat.of().formatHex(Arrays.copyOfRange(stored, 12, stored.length))));
    kek.exportText().lines().filter(l -> l.startsWith("k1="))
        .forEach(l -> secrets.add(l.substring(3)));
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      String text = String.valueOf(t);
      for (String secret : secrets) {
        assertThat(text).doesNotContain(secret);
      }
      assertThat(text).doesNotContain(new String(stored, 12, 16, StandardCharsets.ISO_8859_1));
    }
  }
}
