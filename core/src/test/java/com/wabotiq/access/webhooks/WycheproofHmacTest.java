package com.wabotiq.access.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import com.wabotiq.credentials.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Project Wycheproof's HMAC vectors (C2SP/wycheproof, Apache-2.0; resources {@code webhooks/}):
 * full-length tags through the public verifier (SHA-256 as Shopify's base64 header, SHA-512 as
 * Paystack's hex header; SHA-1 through the MAC underneath, since Twilio signs a URL, not raw
 * bytes): a valid tag verifies, an invalid one does not match. A truncated tag is refused as
 * malformed: no provider sends one.
 */
class WycheproofHmacTest {
  private static final HexFormat HEX = HexFormat.of();

  /** One vector; a class, not a record, since its components are arrays. */
  static final class Case {
    final String file;
    final int tcId;
    final byte[] key;
    final byte[] msg;
    final byte[] tag;
    final boolean valid;
    final boolean full;

    Case(String file, int tcId, byte[] key, byte[] msg, byte[] tag, boolean valid, boolean full) {
      this.file = file;
      this.tcId = tcId;
      this.key = key;
      this.msg = msg;
      this.tag = tag;
      this.valid = valid;
      this.full = full;
    }

    @Override
    public String toString() {
      return file + " #" + tcId;
    }
  }

  @SuppressWarnings("unchecked")
  static List<Case> cases(String file) {
    try (InputStream in = WycheproofHmacTest.class.getResourceAsStream("/webhooks/" + file)) {
      Map<String, Object> root = new Moshi.Builder().build()
          .<Map<String, Object>>adapter(
              Types.newParameterizedType(Map.class, String.class, Object.class))
          .fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      List<Case> out = new ArrayList<>();
      for (Map<String, Object> group : (List<Map<String, Object>>) root.get("testGroups")) {
        int tagBits = ((Number) group.get("tagSize")).intValue();
        int macBits = file.contains("sha1") ? 160 : file.contains("sha256") ? 256 : 512;
        for (Map<String, Object> t : (List<Map<String, Object>>) group.get("tests")) {
          out.add(new Case(file, ((Number) t.get("tcId")).intValue(),
              HEX.parseHex((String) t.get("key")), HEX.parseHex((String) t.get("msg")),
              HEX.parseHex((String) t.get("tag")), t.get("result").equals("valid"),
              tagBits == macBits));
        }
      }
      return out;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static Stream<Arguments> sha256() {
    return cases("hmac_sha256_test.json").stream().map(Arguments::of);
  }

  static Stream<Arguments> sha512() {
    return cases("hmac_sha512_test.json").stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sha256")
  void sha256_asShopifyHeader(Case c) {
    WebhookVerifier verifier =
        WebhookVerifier.builder(WebhookProvider.SHOPIFY).secret(Secret.ofUtf8(c.key)).build();
    VerificationCode code = verifier.verify(Signing.request("X-Shopify-Hmac-Sha256",
        Base64.getEncoder().encodeToString(c.tag), c.msg)).code();
    assertThat(code).isEqualTo(expected(c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sha512")
  void sha512_asPaystackHeader(Case c) {
    WebhookVerifier verifier =
        WebhookVerifier.builder(WebhookProvider.PAYSTACK).secret(Secret.ofUtf8(c.key)).build();
    VerificationCode code = verifier.verify(
        Signing.request("x-paystack-signature", HEX.formatHex(c.tag), c.msg)).code();
    assertThat(code).isEqualTo(expected(c));
  }

  @Test
  void sha1_fullTags_matchTheMacUnderneath() {
    int full = 0;
    for (Case c : cases("hmac_sha1_test.json")) {
      if (!c.full) {
        continue;
      }
      full++;
      byte[] mac = new Hmac("HmacSHA1", c.key).of(c.msg);
      assertThat(Hmac.matches(mac, c.tag)).as(c.toString()).isEqualTo(c.valid);
    }
    assertThat(full).isGreaterThan(80);
  }

  private static VerificationCode expected(Case c) {
    if (!c.full) {
      return VerificationCode.MALFORMED_HEADER;
    }
    return c.valid ? VerificationCode.VERIFIED : VerificationCode.NO_SIGNATURE_MATCH;
  }
}
