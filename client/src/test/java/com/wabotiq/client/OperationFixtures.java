package com.wabotiq.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.squareup.moshi.JsonReader;
import com.wabotiq.access.keys.ApiKeyEnvironment;
import com.wabotiq.access.keys.ApiKeyFormat;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.credentials.Credential;
import com.wabotiq.credentials.Secret;
import com.wabotiq.types.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * What the operation tests share: one tenant and key, a WireMock server over loopback, the data
 * reference's JSON examples (extracted from the verbatim copy in {@code
 * src/test/resources/reference/}, comments stripped, placeholders such as {@code "uuid"} and {@code
 * "sha256_hash_of_key"} given real values), the wire bodies the contract builds from them, and a
 * JSON comparison that ignores member order, number spelling ({@code 60} equals {@code 60.0}) and
 * null members (the codec omits them).
 */
public final class OperationFixtures {
  /** The tenant every client of these tests acts for. */
  public static final TenantId TENANT = TenantId.of("2f1c3a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b");

  /** A well-formed test key, new for each run. */
  public static final String KEY =
      ApiKeyFormat.generate(ApiKeyEnvironment.TEST, new SecureRandom()).reveal();

  /** The path of the tenant's resources under the server's root. */
  public static final String TENANT_PATH = "/v1/tenants/" + TENANT.value();

  /** The hash of the reference's first API key ("Production API Key"), as served. */
  public static final String KEY_HASH = sha256Hex("sha256_hash_of_key");

  private static final String RESOURCE = "/reference/tenant-data-reference.md";

  private static final Map<Example, String> EXAMPLES = loadExamples();

  private OperationFixtures() {}

  /**
   * The reference's JSON examples, in document order (20 of them).
   *
   * @since 0.1.0
   */
  public enum Example {
    /** Core tenant information. */
    TENANT,
    /** TenantSettings. */
    SETTINGS,
    /** The Starter tier. */
    TIER_STARTER,
    /** The Growth tier. */
    TIER_GROWTH,
    /** The Enterprise tier. */
    TIER_ENTERPRISE,
    /** Subscription. */
    SUBSCRIPTION,
    /** Twilio settings. */
    TWILIO,
    /** WooCommerce settings. */
    WOOCOMMERCE,
    /** Shopify settings. */
    SHOPIFY,
    /** M-Pesa settings. */
    MPESA,
    /** Paystack settings. */
    PAYSTACK,
    /** AgentConfiguration. */
    AGENT_CONFIGURATION,
    /** Product catalog summary. */
    CATALOG,
    /** Service catalog summary. */
    SERVICES,
    /** Customer summary. */
    CUSTOMERS,
    /** Order summary. */
    ORDERS,
    /** Daily analytics. */
    DAILY_ANALYTICS,
    /** Performance metrics. */
    PERFORMANCE,
    /** The api_keys list. */
    API_KEYS,
    /** CORS configuration. */
    CORS
  }

  // ---- server and client -------------------------------------------------------------------

  /**
   * A WireMock server on a loopback port; gzip off, so ETags come back as sent.
   *
   * @return the extension to register
   */
  public static WireMockExtension server() {
    return WireMockExtension.newInstance()
        .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").gzipDisabled(true))
        .build();
  }

  /**
   * A builder of the tenant's client against the server, with no retries.
   *
   * @param server the server
   * @return the builder
   */
  public static WabotiqClient.Builder builder(WireMockExtension server) {
    return WabotiqClient.builder(KEY, TENANT)
        .baseUrl(server.baseUrl() + "/v1")
        .retryPolicy(RetryPolicy.none());
  }

  /**
   * The tenant's client against the server, with no retries.
   *
   * @param server the server
   * @return the client
   */
  public static WabotiqClient client(WireMockExtension server) {
    return builder(server).build();
  }

  /**
   * A JSON answer with the headers every answer carries.
   *
   * @param status the status
   * @param body the body
   * @return the answer
   */
  public static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withHeader("X-Request-Id", "req_" + status + "_" + Integer.toHexString(body.hashCode()))
        .withHeader("X-RateLimit-Limit", "1000")
        .withHeader("X-RateLimit-Remaining", "999")
        .withHeader("X-RateLimit-Reset", "1764547200")
        .withBody(body);
  }

  /**
   * Every request the server received, oldest first.
   *
   * @param server the server
   * @return the requests
   */
  public static List<LoggedRequest> requests(WireMockExtension server) {
    return server.findAll(anyRequestedFor(anyUrl()));
  }

  // ---- the reference's examples ------------------------------------------------------------

  /**
   * One example as served: comments stripped, placeholders given values.
   *
   * @param example which
   * @return its JSON
   */
  public static String example(Example example) {
    return EXAMPLES.get(example);
  }

  /**
   * The tenant settings as the API shows them: each credential replaced by its hint.
   *
   * @return the JSON
   */
  public static String maskedSettingsJson() {
    String json = example(Example.SETTINGS);
    for (Map.Entry<Credential, String> hint : hints().entrySet()) {
      json = replaceMember(json, hint.getKey().fieldName(), quote(hint.getValue()));
    }
    return json;
  }

  /**
   * The settings example without any credential member.
   *
   * @return the JSON
   */
  public static String settingsWithoutCredentialsJson() {
    String json = example(Example.SETTINGS);
    for (Credential credential : Credential.values()) {
      json = json.replaceAll("\\s*\"" + credential.fieldName() + "\":\\s*\"[^\"]*\",", "");
    }
    return json;
  }

  /**
   * The hint served for each credential of the settings example: {@link Secret#hint()} of a
   * plaintext made from the example's placeholder (its prefix kept).
   *
   * @return the hints, by credential
   */
  public static Map<Credential, String> hints() {
    Map<Credential, String> hints = new EnumMap<>(Credential.class);
    String json = example(Example.SETTINGS);
    for (Credential credential : Credential.values()) {
      Matcher m = Pattern.compile("\"" + credential.fieldName() + "\":\\s*\"([^\"]*)\"")
          .matcher(json);
      if (m.find()) {
        String prefix = m.group(1).replace("...", "");
        String plaintext = prefix + "Zq8x7Kp" + credential.fieldName().length()
            + (1000 + Math.floorMod(credential.fieldName().hashCode(), 9000));
        hints.put(credential, Secret.of(plaintext).hint());
      }
    }
    return hints;
  }

  /**
   * The tier list: the three tier examples, each with the id of the built-in tier.
   *
   * @return the JSON
   */
  public static String tiersJson() {
    return "{\"data\": [" + withMember(example(Example.TIER_STARTER), "id",
        quote(SubscriptionTier.STARTER.id().value())) + ", "
        + withMember(example(Example.TIER_GROWTH), "id",
            quote(SubscriptionTier.GROWTH.id().value())) + ", "
        + withMember(example(Example.TIER_ENTERPRISE), "id",
            quote(SubscriptionTier.ENTERPRISE.id().value())) + "]}";
  }

  /**
   * The usage report of the contract.
   *
   * @return the JSON
   */
  public static String usageJson() {
    return """
        {"tier_id": "growth", "period_start": "2026-11-15T00:00:00Z",
         "period_end": "2026-12-15T00:00:00Z",
         "quotas": [
           {"metric": "monthly_messages", "used": 1200, "limit": 5000, "remaining": 3800,
            "resets_at": "2026-12-15T00:00:00Z"},
           {"metric": "max_daily_outbound", "used": 120, "limit": 500, "remaining": 380,
            "resets_at": "2026-12-03T21:00:00Z"},
           {"metric": "max_campaign_sends", "used": 40, "limit": null, "remaining": null,
            "resets_at": "2026-12-15T00:00:00Z"},
           {"metric": "max_products", "used": 150, "limit": 500, "remaining": 350},
           {"metric": "max_services", "used": 12}
         ]}
        """;
  }

  /**
   * A page envelope.
   *
   * @param items the items' JSON
   * @param nextCursor the next cursor, or null on the last page
   * @return the JSON
   */
  public static String pageJson(List<String> items, @Nullable String nextCursor) {
    return "{\"data\": [" + String.join(", ", items) + "]"
        + (nextCursor == null ? ", \"has_more\": false}"
            : ", \"next_cursor\": " + quote(nextCursor) + ", \"has_more\": true}");
  }

  /**
   * The elements of the reference's api_keys example.
   *
   * @return each key's JSON
   */
  public static List<String> apiKeyElements() {
    String json = example(Example.API_KEYS);
    List<String> elements = new ArrayList<>();
    int start = json.indexOf('[') + 1;
    int depth = 0;
    int open = -1;
    for (int i = start; i < json.lastIndexOf(']'); i++) {
      char c = json.charAt(i);
      if (c == '{') {
        if (depth++ == 0) {
          open = i;
        }
      } else if (c == '}' && --depth == 0) {
        elements.add(json.substring(open, i + 1));
      }
    }
    return elements;
  }

  /**
   * An issued key's answer.
   *
   * @param key the raw key
   * @param apiKey the key's listing JSON
   * @return the JSON
   */
  public static String issuedJson(String key, String apiKey) {
    return "{\"key\": " + quote(key) + ", \"api_key\": " + apiKey + "}";
  }

  /**
   * The tenant's webhook URLs, as the reference spells them.
   *
   * @return the JSON
   */
  public static String webhookUrlsJson() {
    String base = "https://api.wabotiq.com/v1/webhooks/";
    Map<String, String> urls = new LinkedHashMap<>();
    urls.put("twilio_inbound", base + "twilio/inbound/" + TENANT.value());
    urls.put("twilio_status", base + "twilio/status/" + TENANT.value());
    urls.put("mpesa", base + "mpesa/" + TENANT.value());
    urls.put("paystack", base + "paystack/" + TENANT.value());
    urls.put("stripe", base + "stripe/" + TENANT.value());
    urls.put("shopify", base + "shopify/" + TENANT.value());
    urls.put("woocommerce", base + "woocommerce/" + TENANT.value());
    urls.put("meta", base + "meta/" + TENANT.value());
    StringBuilder out = new StringBuilder("{");
    urls.forEach((k, v) -> out.append(out.length() > 1 ? ", " : "").append(quote(k)).append(": ")
        .append(quote(v)));
    return out.append('}').toString();
  }

  // ---- JSON --------------------------------------------------------------------------------

  /**
   * A JSON document as plain values: objects as maps without their null members, numbers as
   * doubles, for comparisons that ignore order and spelling.
   *
   * @param json the document
   * @return the tree
   */
  public static Object tree(String json) {
    return tree(json, false);
  }

  /**
   * A JSON document as plain values, numbers as doubles.
   *
   * @param json the document
   * @param keepNulls whether null members stay (a merge patch's nulls mean "clear")
   * @return the tree
   */
  public static Object tree(String json, boolean keepNulls) {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json))) {
      Object value = reader.readJsonValue();
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new IllegalArgumentException("content after the JSON value");
      }
      return keepNulls ? value : withoutNulls(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts two JSON documents are equal as trees.
   *
   * @param actual the document received
   * @param expected the document expected
   */
  public static void assertSameJson(String actual, String expected) {
    assertThat(tree(actual)).as("JSON %s", actual).isEqualTo(tree(expected));
  }

  private static Object withoutNulls(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> {
        if (v != null) {
          out.put(k, withoutNulls(v));
        }
      });
      return out;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(v -> v == null ? "<null>" : withoutNulls(v)).toList();
    }
    return value;
  }

  /**
   * A JSON string literal.
   *
   * @param text the text, plain ASCII without quotes or backslashes
   * @return the literal
   */
  public static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /**
   * The lowercase hex SHA-256 of a text.
   *
   * @param text the text
   * @return 64 hex digits
   */
  public static String sha256Hex(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String replaceMember(String json, String name, String value) {
    return json.replaceFirst("\"" + Pattern.quote(name) + "\":\\s*\"[^\"]*\"",
        Matcher.quoteReplacement("\"" + name + "\": " + value));
  }

  private static String withMember(String json, String name, String value) {
    int open = json.indexOf('{');
    return json.substring(0, open + 1) + "\n  \"" + name + "\": " + value + ","
        + json.substring(open + 1);
  }

  // ---- loading -----------------------------------------------------------------------------

  private static Map<Example, String> loadExamples() {
    String markdown;
    try (InputStream in = OperationFixtures.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + RESOURCE);
      }
      markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> examples = new ArrayList<>();
    StringBuilder block = null;
    for (String line : markdown.split("\n", -1)) {
      String fence = line.strip();
      if (block == null && fence.equals("```json")) {
        block = new StringBuilder();
      } else if (block != null && fence.equals("```")) {
        examples.add(placeholders(examples.size(), withoutComments(block.toString())));
        block = null;
      } else if (block != null) {
        block.append(line).append('\n');
      }
    }
    if (examples.size() != Example.values().length) {
      throw new IllegalStateException("the reference has " + examples.size()
          + " JSON examples, the fixtures name " + Example.values().length);
    }
    Map<Example, String> byName = new EnumMap<>(Example.class);
    for (Example example : Example.values()) {
      byName.put(example, examples.get(byName.size()));
    }
    return java.util.Collections.unmodifiableMap(byName);
  }

  /** Drops {@code //} comments outside string literals. */
  private static String withoutComments(String json) {
    StringBuilder out = new StringBuilder(json.length());
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        out.append(c);
        if (c == '\\' && i + 1 < json.length()) {
          out.append(json.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '/' && i + 1 < json.length() && json.charAt(i + 1) == '/') {
        int end = json.indexOf('\n', i);
        i = end < 0 ? json.length() : end - 1;
      } else {
        inString = c == '"';
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Gives the placeholders real values: {@code "uuid"} ids (the tenant's own for {@code
   * tenant_id}, the Growth tier's for tier ids, a fixed UUID per example otherwise) and key hashes
   * (the SHA-256 of the placeholder text).
   */
  private static String placeholders(int index, String json) {
    Matcher ids = Pattern.compile("\"(\\w+)\":(\\s*)\"uuid\"").matcher(json);
    StringBuilder out = new StringBuilder();
    while (ids.find()) {
      String field = ids.group(1);
      String value;
      if (field.equals("tenant_id") || (field.equals("id") && index == 0)) {
        value = TENANT.value();
      } else if (field.endsWith("tier_id")) {
        value = SubscriptionTier.GROWTH.id().value();
      } else {
        value = UUID.nameUUIDFromBytes((index + ":" + field).getBytes(StandardCharsets.UTF_8))
            .toString();
      }
      ids.appendReplacement(out, Matcher.quoteReplacement(
          "\"" + field + "\":" + ids.group(2) + "\"" + value + "\""));
    }
    ids.appendTail(out);
    Matcher hashes = Pattern.compile("\"key_hash\":(\\s*)\"([^\"]*)\"").matcher(out.toString());
    StringBuilder done = new StringBuilder();
    while (hashes.find()) {
      hashes.appendReplacement(done, Matcher.quoteReplacement(
          "\"key_hash\":" + hashes.group(1) + "\"" + sha256Hex(hashes.group(2)) + "\""));
    }
    hashes.appendTail(done);
    return done.toString();
  }
}
