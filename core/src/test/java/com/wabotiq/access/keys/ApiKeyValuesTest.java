package com.wabotiq.access.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.tenant.ApiKey;
import com.wabotiq.tenant.ApiScope;
import com.wabotiq.types.TenantId;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The value types: digests against a published vector, masking, codes and their HTTP answers. */
class ApiKeyValuesTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Instant T0 = Instant.parse("2025-11-01T10:00:00Z");

  @Test
  void digest_matchesThePublishedSha256Vector() {
    // FIPS 180-2, Appendix B.1: SHA-256("abc").
    String abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    assertThat(ApiKeyDigest.of("abc").hex()).isEqualTo(abc);
    assertThat(ApiKeyDigest.parse(abc)).isEqualTo(ApiKeyDigest.of("abc"));
    assertThat(ApiKeyDigest.of("abc").matches(abc)).isTrue();
    assertThat(ApiKeyDigest.of("abd").matches(abc)).isFalse();
  }

  @Test
  void digest_ofAKey_isTheSha256OfItsAscii() throws Exception {
    String key = ApiKeyFormat.generate(ApiKeyEnvironment.LIVE, new SecureRandom()).reveal();
    byte[] expected =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(key.getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    assertThat(ApiKeyDigest.of(key).hex()).isEqualTo(java.util.HexFormat.of().formatHex(expected));
    assertThat(ApiKeyDigest.of(java.nio.CharBuffer.wrap(key))).isEqualTo(ApiKeyDigest.of(key));
    assertThat(ApiKeyDigest.of(key).hashCode()).isEqualTo(ApiKeyDigest.of(key).hashCode());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a",
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ag",
        "sha256_hash_of_key"
      })
  void digest_parse_refusesAnythingButSixtyFourLowercaseHexDigits(String hex) {
    assertThat(ApiKeyDigest.isHex(hex)).isFalse();
    assertThat(ApiKeyDigest.of("abc").matches(hex)).isFalse();
    assertThatThrownBy(() -> ApiKeyDigest.parse(hex))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key_hash (%d characters) must be 64 lowercase hex digits", hex.length());
  }

  @Test
  void toStrings_neverShowTheKey() {
    ApiKeySecret secret = ApiKeyFormat.generate(ApiKeyEnvironment.LIVE, new SecureRandom());
    String key = secret.reveal();
    String hash = secret.digest().hex();
    ApiKeyInfo info = new ApiKeyInfo(hash, "Prod", List.of(ApiScope.READ), T0, null, true, null);
    IssuedApiKey issued = new IssuedApiKey(secret, info);
    ApiKeyVerification valid = ApiKeyVerification.valid(ACME, info);

    for (Object value : List.of(secret, secret.digest(), info, issued, valid)) {
      assertThat(value.toString()).doesNotContain(key).doesNotContain(key.substring(9, 40))
          .doesNotContain(hash);
    }
    assertThat(secret.hint()).isEqualTo("wbq_live_…" + key.substring(44));
    assertThat(secret.toString()).isEqualTo("ApiKeySecret[" + secret.hint() + "]");
    assertThat(secret.digest().toString()).isEqualTo(
        "ApiKeyDigest[" + hash.substring(0, 8) + "…]");
    assertThat(info.toString()).contains(hash.substring(0, 8) + "…", "Prod");
    assertThat(valid.toString()).startsWith("ApiKeyVerification[code=valid, tenant_id=acme");
  }

  @Test
  void secret_equalityAndEnvironment() {
    byte[] bytes = new byte[24];
    ApiKeySecret a = ApiKeyFormat.generate(ApiKeyEnvironment.TEST, new FixedRandom(bytes));
    ApiKeySecret b = ApiKeyFormat.generate(ApiKeyEnvironment.TEST, new FixedRandom(bytes));
    ApiKeySecret c = ApiKeyFormat.generate(ApiKeyEnvironment.LIVE, new FixedRandom(bytes));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
    assertThat(a.environment()).isEqualTo(ApiKeyEnvironment.TEST);
    assertThat(c.environment()).isEqualTo(ApiKeyEnvironment.LIVE);
  }

  @Test
  void codes_every401_tellsTheClientTheSame() {
    for (ApiKeyCode code : ApiKeyCode.values()) {
      switch (code) {
        case VALID -> assertThat(code.httpStatus()).isEqualTo(200);
        case MALFORMED, BAD_CHECKSUM, UNKNOWN, REVOKED, EXPIRED -> {
          assertThat(code.httpStatus()).as("%s", code).isEqualTo(401);
          assertThat(code.clientMessage()).as("%s", code).isEqualTo("invalid API key");
        }
        default -> {
          assertThat(code.httpStatus()).as("%s", code).isEqualTo(403);
          assertThat(code.clientMessage()).isNotEqualTo("invalid API key");
        }
      }
    }
    assertThat(ApiKeyCode.BAD_CHECKSUM.wireValue()).isEqualTo("bad_checksum");
  }

  @ParameterizedTest
  @EnumSource(value = ApiKeyCode.class, names = "VALID", mode = EnumSource.Mode.EXCLUDE)
  void verification_refused_carriesCodeStatusAndMessage(ApiKeyCode code) {
    ApiKeyVerification refused = ApiKeyVerification.refused(code, ACME, null);

    assertThat(refused.isValid()).isFalse();
    assertThat(refused.code()).isEqualTo(code);
    assertThat(refused.httpStatus()).isEqualTo(code.httpStatus());
    assertThat(refused.clientMessage()).isEqualTo(code.clientMessage());
    assertThat(refused.tenantId()).contains(ACME);
    assertThat(refused.key()).isEmpty();
  }

  @Test
  void verification_refusedWithValid_isAProgrammingError() {
    assertThatThrownBy(() -> ApiKeyVerification.refused(ApiKeyCode.VALID, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code (VALID) must be a refusal");
  }

  @Test
  void info_of_prefersTheLaterLastUseAndTellsUsability() {
    ApiKey stored =
        new ApiKey(ApiKeyDigest.of("k").hex(), "n", List.of(ApiScope.READ), T0,
            T0.plusSeconds(60), T0.plusSeconds(3600), null);

    assertThat(ApiKeyInfo.of(stored, null).lastUsedAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(ApiKeyInfo.of(stored, T0.plusSeconds(30)).lastUsedAt())
        .isEqualTo(T0.plusSeconds(60));
    assertThat(ApiKeyInfo.of(stored, T0.plusSeconds(90)).lastUsedAt())
        .isEqualTo(T0.plusSeconds(90));
    ApiKeyInfo info = ApiKeyInfo.of(stored, null);
    assertThat(info.active()).isTrue();
    assertThat(info.isUsableAt(T0.plusSeconds(3599))).isTrue();
    assertThat(info.isUsableAt(T0.plusSeconds(3600))).as("expires_at is exclusive").isFalse();
    assertThat(info.hasScope(ApiScope.READ)).isTrue();
    assertThat(info.hasScope(ApiScope.WRITE)).isFalse();
  }

  @Test
  void exceptions_extendTheRootAndHideTheHash() {
    String hash = ApiKeyDigest.of("k").hex();
    ApiKeyNotFoundException notFound = new ApiKeyNotFoundException(ACME, hash);
    ApiKeyNotAllowedException notAllowed =
        new ApiKeyNotAllowedException(ACME, ApiKeyCode.TIER_FORBIDS, "read tier");

    assertThat(notFound).isInstanceOf(com.wabotiq.spi.WabotiqException.class)
        .hasMessage("tenant acme has no API key with hash " + hash.substring(0, 8) + "…");
    assertThat(notFound.tenantId()).isEqualTo(ACME);
    assertThat(notAllowed).isInstanceOf(com.wabotiq.spi.WabotiqException.class)
        .hasMessage("tenant acme may not hold this API key (tier_forbids): read tier");
    assertThat(notAllowed.code()).isEqualTo(ApiKeyCode.TIER_FORBIDS);
  }
}
