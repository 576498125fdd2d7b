package com.wabotiq.server;

import com.sun.net.httpserver.HttpExchange;
import com.wabotiq.types.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One request as the operations see it: method, the path below the tenant, the query, headers, and
 * the body read at most once and only up to the server's limit.
 */
final class Call {
  private final HttpExchange exchange;
  private final String requestId;
  private final TenantId tenant;
  private final String rest;
  private final Map<String, String> query;
  private final int maxBodyBytes;
  private byte @Nullable [] body;

  Call(HttpExchange exchange, String requestId, TenantId tenant, String rest, int maxBodyBytes) {
    this.exchange = exchange;
    this.requestId = requestId;
    this.tenant = tenant;
    this.rest = rest;
    this.query = parseQuery(exchange.getRequestURI().getRawQuery());
    this.maxBodyBytes = maxBodyBytes;
  }

  String method() {
    return exchange.getRequestMethod();
  }

  String requestId() {
    return requestId;
  }

  TenantId tenant() {
    return tenant;
  }

  /** The path after {@code /v1/tenants/{tenant_id}}, e.g. {@code /settings}; empty for the tenant. */
  String rest() {
    return rest;
  }

  /** The route the request took, for the idempotency fingerprint: method and full path. */
  String route() {
    return method() + " " + exchange.getRequestURI().getRawPath();
  }

  @Nullable String header(String name) {
    return exchange.getRequestHeaders().getFirst(name);
  }

  @Nullable String query(String name) {
    return query.get(name);
  }

  /** A required query parameter. */
  String requiredQuery(String name) {
    String value = query.get(name);
    if (value == null || value.isEmpty()) {
      throw ApiError.malformed("the query parameter " + name + " is required");
    }
    return value;
  }

  /**
   * The body as UTF-8 text, after checking its media type: {@code application/json}, or {@code
   * application/merge-patch+json} when {@code mergePatch}; a charset, if given, must be UTF-8.
   */
  String jsonBody(boolean mergePatch) {
    String type = header("Content-Type");
    String expected = mergePatch ? "application/merge-patch+json" : "application/json";
    if (type == null || !mediaTypeIs(type, expected)) {
      throw ApiError.of(415, "unsupported_media_type",
          "the body must be " + expected + (type == null ? "; no Content-Type was given" : ""));
    }
    byte[] bytes = bodyBytes();
    if (bytes.length == 0) {
      throw ApiError.malformed("the request body is empty");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw ApiError.malformed("the request body is not UTF-8");
    }
  }

  /** The raw body, up to the limit (413 past it). */
  byte[] bodyBytes() {
    if (body != null) {
      return body;
    }
    String length = header("Content-Length");
    if (length != null) {
      try {
        if (Long.parseLong(length.strip()) > maxBodyBytes) {
          throw tooLarge();
        }
      } catch (NumberFormatException e) {
        throw ApiError.malformed("Content-Length is not a number");
      }
    }
    try {
      // not closed here: the dispatcher reads what is left before answering (see ApiHandler)
      InputStream in = exchange.getRequestBody();
      byte[] read = in.readNBytes(maxBodyBytes + 1);
      if (read.length > maxBodyBytes) {
        throw tooLarge();
      }
      body = read;
      return read;
    } catch (IOException e) {
      throw ApiError.malformed("the request body could not be read");
    }
  }

  private ApiError tooLarge() {
    return ApiError.of(413, "payload_too_large",
        "the request body is larger than " + maxBodyBytes + " bytes");
  }

  private static boolean mediaTypeIs(String contentType, String expected) {
    String[] parts = contentType.split(";", -1);
    if (!parts[0].strip().toLowerCase(Locale.ROOT).equals(expected)) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String[] parameter = parts[i].split("=", 2);
      if (parameter[0].strip().equalsIgnoreCase("charset")
          && (parameter.length < 2
              || !parameter[1].strip().replace("\"", "").equalsIgnoreCase("utf-8"))) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, String> parseQuery(@Nullable String raw) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return parameters;
    }
    for (String pair : raw.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      String[] parts = pair.split("=", 2);
      String name;
      String value;
      try {
        name = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
        value = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
      } catch (IllegalArgumentException e) {
        throw ApiError.malformed("the query is not properly percent-encoded");
      }
      if (parameters.putIfAbsent(name, value) != null) {
        throw ApiError.malformed("the query parameter " + name + " is given twice");
      }
    }
    return parameters;
  }
}
