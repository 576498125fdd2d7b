package com.wabotiq.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an operation answers: a status, headers and a JSON body (or none). Immutable; kept whole by
 * the idempotency store to answer a repeated POST byte for byte.
 */
@SuppressWarnings("ArrayRecordComponent") // the body is never compared; kept as sent
record Answer(int status, Map<String, String> headers, byte @Nullable [] body) {
  Answer {
    headers = Map.copyOf(headers);
  }

  static Answer json(int status, String json) {
    return new Answer(status, Map.of(), json.getBytes(StandardCharsets.UTF_8));
  }

  /** A single resource, with its ETag: a strong validator over the exact bytes sent. */
  static Answer resource(String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    return new Answer(200, Map.of("ETag", etag(body)), body);
  }

  Answer withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Answer(status, more, body);
  }

  @Nullable String etag() {
    return headers.get("ETag");
  }

  /**
   * Whether an {@code If-Match} or {@code If-None-Match} list names this answer's ETag, or is
   * {@code *}: {@code weak} compares as {@code If-None-Match} does (a {@code W/} prefix ignored),
   * otherwise strongly, as {@code If-Match} does. False when the answer has no ETag.
   */
  boolean etagListed(String header, boolean weak) {
    String etag = etag();
    if (etag == null) {
      return false;
    }
    for (String candidate : header.split(",", -1)) {
      String tag = candidate.strip();
      if (weak && tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.equals("*") || tag.equals(etag)) {
        return true;
      }
    }
    return false;
  }

  static String etag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27)
          + '"';
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
