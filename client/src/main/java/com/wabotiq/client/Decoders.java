package com.wabotiq.client;

import com.squareup.moshi.JsonReader;
import com.wabotiq.access.keys.ApiKeyFormat;
import com.wabotiq.access.keys.ApiKeyInfo;
import com.wabotiq.access.keys.IssuedApiKey;
import com.wabotiq.access.webhooks.WebhookEndpoint;
import com.wabotiq.analytics.DailyAnalytics;
import com.wabotiq.analytics.PerformanceMetrics;
import com.wabotiq.billing.Subscription;
import com.wabotiq.credentials.Credential;
import com.wabotiq.tenant.AgentConfiguration;
import com.wabotiq.tenant.ApiKey;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.types.TenantId;
import com.wabotiq.types.TierId;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** How each operation's success body is read. */
final class Decoders {

  private static final Map<String, WebhookEndpoint> ENDPOINTS = Arrays.stream(
          WebhookEndpoint.values())
      .collect(Collectors.toUnmodifiableMap(e -> e.name().toLowerCase(Locale.ROOT), e -> e));

  private Decoders() {}

  /**
   * Refuses an answer about another tenant than the client's: a misrouted request or a shared
   * cache in between must never hand one tenant's data to another's code.
   */
  static void requireTenant(Object value, String tenant) throws Wire.MalformedBody {
    if (value instanceof Page<?> page) {
      for (Object item : page.items()) {
        requireTenant(item, tenant);
      }
      return;
    }
    TenantId found = null;
    if (value instanceof Tenant t) {
      found = t.id();
    } else if (value instanceof MaskedSettings m) {
      found = m.settings().tenantId();
    } else if (value instanceof AgentConfiguration c) {
      found = c.tenantId();
    } else if (value instanceof Subscription s) {
      found = s.tenantId();
    } else if (value instanceof DailyAnalytics d) {
      found = d.tenantId();
    } else if (value instanceof PerformanceMetrics p) {
      found = p.tenantId();
    }
    if (found != null && !found.value().equals(tenant)) {
      throw new Wire.MalformedBody("the answer is about another tenant than the client's", null);
    }
  }

  static <T> Transport.Decoder<T> model(Class<T> type) {
    return body -> Wire.model(body, type);
  }

  /**
   * The tenant record. The API shows its three sealed Twilio fields as hints, which are no sealed
   * values: they are left out (null), and their hints come with {@link #settings}.
   */
  static Tenant tenant(String body) throws Wire.MalformedBody {
    Tenant tenant = Wire.model(body, Tenant.class);
    return tenant.toBuilder().twilioSid(null).twilioToken(null).webhookSecret(null).build();
  }

  /**
   * The masked settings, read once: the codec takes each hint for a sealed value (both are opaque
   * strings), and each is then moved out into the hints, leaving the credential absent.
   */
  static MaskedSettings settings(String body) throws Wire.MalformedBody {
    TenantSettings settings = Wire.model(body, TenantSettings.class);
    Map<Credential, String> hints = new EnumMap<>(Credential.class);
    for (Credential credential : Credential.values()) {
      java.util.Optional<com.wabotiq.types.SealedSecret> shown = credential.in(settings);
      if (shown.isPresent()) {
        hints.put(credential, shown.get().ciphertext());
      }
    }
    return new MaskedSettings(
        hints.isEmpty() ? settings : Credential.withoutAny(settings), hints);
  }

  /** {@code {"data": [...]}}. */
  static <T> Transport.Decoder<List<T>> list(Class<T> type) {
    return body -> {
      List<List<T>> found = new ArrayList<>();
      Wire.object(body, (name, reader) -> {
        if (name.equals("data")) {
          found.add(Wire.array(reader, type));
        } else {
          reader.skipValue();
        }
      });
      if (found.isEmpty()) {
        throw new Wire.MalformedBody("no data member", null);
      }
      return List.copyOf(found.get(0));
    };
  }

  /** {@code {"data": [...], "next_cursor": "...", "has_more": true}}. */
  static <T> Transport.Decoder<Page<T>> page(Class<T> type) {
    return body -> {
      List<T> items = new ArrayList<>();
      @Nullable String[] cursor = new String[1];
      boolean[] seen = new boolean[2];
      boolean[] more = new boolean[1];
      Wire.object(body, (name, reader) -> {
        switch (name) {
          case "data" -> {
            items.addAll(Wire.array(reader, type));
            seen[0] = true;
          }
          case "next_cursor" -> cursor[0] = Wire.string(reader);
          case "has_more" -> {
            more[0] = reader.nextBoolean();
            seen[1] = true;
          }
          default -> reader.skipValue();
        }
      });
      if (!seen[0]) {
        throw new Wire.MalformedBody("no data member", null);
      }
      String next = cursor[0];
      if (more[0] && (next == null || next.isEmpty())) {
        throw new Wire.MalformedBody("has_more without a next_cursor", null);
      }
      // has_more false is the last page, whatever cursor came with it
      boolean last = next == null || next.isEmpty() || (seen[1] && !more[0]);
      return new Page<>(items, last ? null : next);
    };
  }

  static Page<ApiKeyInfo> apiKeyInfos(Page<ApiKey> keys) {
    return new Page<>(keys.items().stream().map(k -> ApiKeyInfo.of(k, null)).toList(),
        keys.nextCursor());
  }

  /** {@code {"key": "wbq_…", "api_key": {...}}}. */
  static IssuedApiKey issued(String body) throws Wire.MalformedBody {
    @Nullable String[] key = new String[1];
    @Nullable ApiKey[] info = new ApiKey[1];
    Wire.object(body, (name, reader) -> {
      switch (name) {
        case "key" -> key[0] = Wire.string(reader);
        case "api_key" -> info[0] = Wire.model(Wire.raw(reader), ApiKey.class);
        default -> reader.skipValue();
      }
    });
    if (key[0] == null || info[0] == null) {
      throw new Wire.MalformedBody("an issued key needs key and api_key", null);
    }
    try {
      return new IssuedApiKey(ApiKeyFormat.parse(key[0]), ApiKeyInfo.of(info[0], null));
    } catch (IllegalArgumentException e) {
      throw new Wire.MalformedBody("key: " + e.getMessage(), null);
    }
  }

  static ApiKeyInfo apiKeyInfo(String body) throws Wire.MalformedBody {
    return ApiKeyInfo.of(Wire.model(body, ApiKey.class), null);
  }

  /** The usage report. */
  static UsageReport usage(String body) throws Wire.MalformedBody {
    @Nullable String[] tier = new String[1];
    @Nullable Instant[] period = new Instant[2];
    List<Quota> quotas = new ArrayList<>();
    Wire.object(body, (name, reader) -> {
      switch (name) {
        case "tier_id" -> tier[0] = Wire.string(reader);
        case "period_start" -> period[0] = instant(reader, name);
        case "period_end" -> period[1] = instant(reader, name);
        case "quotas" -> {
          reader.beginArray();
          while (reader.hasNext()) {
            quotas.add(quota(reader));
          }
          reader.endArray();
        }
        default -> reader.skipValue();
      }
    });
    if (tier[0] == null || period[0] == null || period[1] == null) {
      throw new Wire.MalformedBody("a usage report needs tier_id, period_start, period_end", null);
    }
    try {
      return new UsageReport(TierId.of(tier[0]), period[0], period[1], quotas);
    } catch (IllegalArgumentException e) {
      throw new Wire.MalformedBody("tier_id: " + e.getMessage(), null);
    }
  }

  private static Quota quota(JsonReader reader) throws IOException, Wire.MalformedBody {
    String metric = null;
    Long used = null;
    Long limit = null;
    Long remaining = null;
    Instant resets = null;
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      switch (name) {
        case "metric" -> metric = Wire.string(reader);
        case "used" -> used = count(reader, name);
        case "limit" -> limit = count(reader, name);
        case "remaining" -> remaining = count(reader, name);
        case "resets_at" -> resets = instant(reader, name);
        default -> reader.skipValue();
      }
    }
    reader.endObject();
    if (metric == null || used == null) {
      throw new Wire.MalformedBody("a quota needs metric and used", null);
    }
    return new Quota(metric, used, limit, remaining, resets);
  }

  private static @Nullable Long count(JsonReader reader, String name)
      throws IOException, Wire.MalformedBody {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    String raw = Wire.raw(reader);
    try {
      long value = Long.parseLong(raw);
      if (value < 0) {
        throw new Wire.MalformedBody(name + " is negative", null);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new Wire.MalformedBody(name + " is not a whole number", null);
    }
  }

  private static @Nullable Instant instant(JsonReader reader, String name)
      throws IOException, Wire.MalformedBody {
    String text = Wire.string(reader);
    if (text == null) {
      return null;
    }
    try {
      return Wire.model(Wire.quote(text), Instant.class);
    } catch (Wire.MalformedBody e) {
      throw new Wire.MalformedBody(name + ": " + e.getMessage(), null);
    }
  }

  /** The webhook URLs by endpoint; names a newer server added are skipped. */
  static Map<WebhookEndpoint, String> webhookUrls(String body) throws Wire.MalformedBody {
    Map<WebhookEndpoint, String> urls = new EnumMap<>(WebhookEndpoint.class);
    Wire.object(body, (name, reader) -> {
      WebhookEndpoint endpoint = ENDPOINTS.get(name);
      String url = Wire.string(reader);
      if (endpoint != null && url != null) {
        urls.put(endpoint, url);
      }
    });
    return java.util.Collections.unmodifiableMap(urls);
  }
}
