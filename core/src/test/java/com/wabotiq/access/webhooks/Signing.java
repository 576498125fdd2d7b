package com.wabotiq.access.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The providers' signing side, written for the tests straight from each provider's documented
 * algorithm with {@code javax.crypto.Mac}, {@link HexFormat} and {@link Base64}: none of the
 * verifier's code, so a test that signs here and verifies there checks one against the other.
 */
final class Signing {
  private Signing() {}

  static byte[] hmac(String algorithm, String key, byte[] message) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Stripe: {@code t=<ts>,v1=<hex HMAC-SHA256 of "ts.body">}. */
  static String stripe(String secret, long timestamp, byte[] body) {
    return "t=" + timestamp + ",v1=" + stripeV1(secret, timestamp, body);
  }

  static String stripeV1(String secret, long timestamp, byte[] body) {
    byte[] prefix = utf8(timestamp + ".");
    byte[] message = new byte[prefix.length + body.length];
    System.arraycopy(prefix, 0, message, 0, prefix.length);
    System.arraycopy(body, 0, message, prefix.length, body.length);
    return HexFormat.of().formatHex(hmac("HmacSHA256", secret, message));
  }

  /** Meta: {@code sha256=<hex HMAC-SHA256 of body>}. */
  static String meta(String appSecret, byte[] body) {
    return "sha256=" + HexFormat.of().formatHex(hmac("HmacSHA256", appSecret, body));
  }

  /** Shopify and WooCommerce: base64 HMAC-SHA256 of the body. */
  static String base64Sha256(String secret, byte[] body) {
    return Base64.getEncoder().encodeToString(hmac("HmacSHA256", secret, body));
  }

  /** Paystack: hex HMAC-SHA512 of the body. */
  static String paystack(String secret, byte[] body) {
    return HexFormat.of().formatHex(hmac("HmacSHA512", secret, body));
  }

  /** Twilio: base64 HMAC-SHA1 of the URL and the fields sorted by name, name then value. */
  static String twilio(String token, String url, Map<String, String> fields) {
    StringBuilder signed = new StringBuilder(url);
    new TreeMap<>(fields).forEach((name, value) -> signed.append(name).append(value));
    return Base64.getEncoder().encodeToString(hmac("HmacSHA1", token, utf8(signed.toString())));
  }

  /** A form body of the fields, each name and value percent-encoded. */
  static byte[] form(Map<String, String> fields) {
    StringBuilder body = new StringBuilder();
    fields.forEach((name, value) -> {
      if (body.length() > 0) {
        body.append('&');
      }
      body.append(java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
          .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
    });
    return utf8(body.toString());
  }

  static WebhookRequest request(String header, String value, byte[] body) {
    return WebhookRequest.builder().body(body).header(header, value).build();
  }
}
