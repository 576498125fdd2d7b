package com.wabotiq.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The AES-256-GCM layer against Project Wycheproof's AES-GCM vectors (copied with their licence
 * into {@code src/test/resources/wycheproof/}): every vector of the group with 256-bit keys,
 * 96-bit nonces and 128-bit tags encrypts to exactly the expected ciphertext and tag and decrypts
 * back, and every invalid one fails to open with a {@link CredentialException}; every vector of
 * the other groups (other key or nonce sizes) is refused before any cryptography.
 */
class AesGcmWycheproofTest {
  private static final HexFormat HEX = HexFormat.of();

  /** One Wycheproof test with its group's sizes. */
  record Vector(int keySize, int ivSize, int tagSize, Map<String, Object> test) {
    byte[] bytes(String name) {
      return HEX.parseHex((String) test.get(name));
    }

    String result() {
      return (String) test.get("result");
    }

    @Override
    public String toString() {
      return "tcId " + ((Number) test.get("tcId")).intValue() + " (" + keySize + "/" + ivSize + "/"
          + tagSize + ", " + result() + ", " + test.get("comment") + ")";
    }
  }

  static List<Vector> vectors() throws IOException {
    String json;
    try (InputStream in =
        AesGcmWycheproofTest.class.getResourceAsStream("/wycheproof/aes_gcm_test.json")) {
      assertThat(in).as("the Wycheproof vectors in test resources").isNotNull();
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    JsonAdapter<Map<String, Object>> adapter =
        new Moshi.Builder()
            .build()
            .adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
    Map<String, Object> root = adapter.fromJson(json);
    List<Vector> out = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> groups = (List<Map<String, Object>>) root.get("testGroups");
    for (Map<String, Object> group : groups) {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> tests = (List<Map<String, Object>>) group.get("tests");
      for (Map<String, Object> test : tests) {
        out.add(new Vector(((Number) group.get("keySize")).intValue(),
            ((Number) group.get("ivSize")).intValue(), ((Number) group.get("tagSize")).intValue(),
            test));
      }
    }
    return out;
  }

  static Stream<Vector> ours() throws IOException {
    return vectors().stream().filter(v -> v.keySize == 256 && v.ivSize == 96 && v.tagSize == 128);
  }

  static Stream<Vector> others() throws IOException {
    return vectors().stream().filter(v -> !(v.keySize == 256 && v.ivSize == 96));
  }

  @Test
  void theVectorsAreAllThere() throws IOException {
    assertThat(vectors()).hasSize(316);
    assertThat(ours().filter(v -> v.result().equals("valid")).count()).isGreaterThan(10);
    assertThat(ours().filter(v -> v.result().equals("invalid")).count()).isGreaterThan(10);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ours")
  void aes256Nonce96Tag128_matchesWycheproof(Vector v) {
    byte[] key = v.bytes("key");
    byte[] iv = v.bytes("iv");
    byte[] aad = v.bytes("aad");
    byte[] msg = v.bytes("msg");
    byte[] sealed = concat(v.bytes("ct"), v.bytes("tag"));
    if (v.result().equals("valid")) {
      assertThat(AesGcm.seal(key, iv, msg, aad)).isEqualTo(sealed);
      assertThat(AesGcm.open(key, iv, sealed, aad)).isEqualTo(msg);
    } else {
      assertThat(v.result()).isEqualTo("invalid");
      assertThatThrownBy(() -> AesGcm.open(key, iv, sealed, aad))
          .isInstanceOf(CredentialException.class)
          .hasMessage("the ciphertext does not authenticate (tampered, or sealed under another"
              + " key, tenant or field)");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("others")
  void otherKeyOrNonceSizes_areRefusedBeforeAnyCryptography(Vector v) {
    byte[] key = v.bytes("key");
    byte[] iv = v.bytes("iv");
    assertThatThrownBy(() -> AesGcm.seal(key, iv, v.bytes("msg"), v.bytes("aad")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageMatching("(key|nonce) \\(\\d+ bytes\\) must have \\d+ bytes.*");
    byte[] sealed = concat(v.bytes("ct"), v.bytes("tag"));
    assertThatThrownBy(() -> AesGcm.open(key, iv, sealed, v.bytes("aad")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(HEX.formatHex(key));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
