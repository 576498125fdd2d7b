package com.wabotiq.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The plaintext type: never shown by {@code toString}, revealed only on request, wiped for good,
 * compared in constant time, and hinted with a known prefix and the last four characters.
 */
class SecretTest {
  private static final String TWILIO = "0123456789abcdef0123456789abcdef";

  @Test
  void toString_neverShowsThePlaintext() {
    Secret secret = Secret.of(TWILIO);
    assertThat(secret.toString()).isEqualTo("Secret[redacted]");
    assertThat(String.valueOf(secret)).doesNotContain("cdef").doesNotContain("0123");
    assertThat(secret.reveal()).isEqualTo(TWILIO);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "sk_live_51HqLyjWDarjtT1zdp7dc4242, sk_live_…4242",
    "sk_test_4eC39HqLyjWDarjtT1zdp7dc, sk_test_…p7dc",
    "ACb1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6, AC…d5e6",
    "shpat_0a1b2c3d4e5f6a7b8c9d, shpat_…8c9d",
    "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw, whsec_…LaSw",
    "ck_9f8e7d6c5b4a39281706f5e4d3c2b1a0, ck_…b1a0",
    "AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY, AIza…MBWY",
    "0123456789abcdef0123456789abcdef, …cdef",
    "sk_12345, …2345",
    "short, …",
  })
  void hint_knownPrefixAndLastFour(String plaintext, String hint) {
    assertThat(Secret.of(plaintext).hint()).isEqualTo(hint);
  }

  @Test
  void hint_countsCharactersNotBytes() {
    assertThat(Secret.of("pässwörd-ünïcödé-€€€€").hint()).isEqualTo("…€€€€");
  }

  @Test
  @SuppressWarnings("SelfAssertion") // checks that equals stays reflexive after the wipe
  void wipe_overwritesAndForbidsRevealing() {
    byte[] source = TWILIO.getBytes(StandardCharsets.UTF_8);
    Secret secret = Secret.ofUtf8(source);
    source[0] = 'X';
    assertThat(secret.reveal()).as("a copy, not the caller's array").isEqualTo(TWILIO);
    byte[] revealed = secret.revealUtf8();
    revealed[0] = 'Y';
    assertThat(secret.reveal()).as("revealUtf8 hands out a copy").isEqualTo(TWILIO);

    secret.wipe();
    assertThat(secret.isWiped()).isTrue();
    assertThatThrownBy(secret::reveal).isInstanceOf(IllegalStateException.class)
        .hasMessage("the secret was wiped");
    assertThatThrownBy(secret::revealUtf8).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(secret::hint).isInstanceOf(IllegalStateException.class);
    assertThat(secret).isEqualTo(secret).isNotEqualTo(Secret.of(TWILIO));
  }

  @Test
  void equality_byContent_hashRevealsNothing() {
    assertThat(Secret.of(TWILIO)).isEqualTo(Secret.of(TWILIO));
    assertThat(Secret.of(TWILIO)).isNotEqualTo(Secret.of(TWILIO + "0"));
    assertThat(Secret.of(TWILIO)).isNotEqualTo(TWILIO);
    assertThat(Secret.of("a").hashCode()).isEqualTo(Secret.of(TWILIO).hashCode());
  }

  @Test
  void json_neverShowsThePlaintext() {
    Secret secret = Secret.of(TWILIO);
    assertThatThrownBy(() -> com.wabotiq.json.JsonCodec.strict().toJson(secret))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(TWILIO);
    String reflective = new com.squareup.moshi.Moshi.Builder().build().adapter(Secret.class)
        .toJson(secret);
    assertThat(reflective).isEqualTo("{}");
  }

  @Test
  void badInput_isATypedError() {
    assertThatThrownBy(() -> Secret.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("plaintext");
    assertThatThrownBy(() -> Secret.of("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plaintext must not be empty");
    assertThatThrownBy(() -> Secret.ofUtf8(new byte[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("utf8 must not be empty");
  }
}
