package com.wabotiq.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Idempotency keys of POSTs, per tenant: the first request with a key runs, and its successful
 * answer is kept for {@link #RETENTION}; a repeat with the same route and body gets that answer
 * again, byte for byte, without running; a repeat with another route or body is refused with 409
 * {@code idempotency_conflict}. A repeat that arrives while the first is still running waits for
 * it. An answer that is not a success (a refusal, a failure) is not kept, so a corrected or retried
 * request runs again, as Stripe's API does.
 */
final class Idempotency {
  /** How long an answer is kept. */
  static final Duration RETENTION = Duration.ofHours(24);

  /** The longest a repeat waits for the first request with its key. */
  private static final long WAIT_SECONDS = 30;

  @SuppressWarnings("ArrayRecordComponent") // compared with MessageDigest.isEqual, never equals
  private record Entry(byte[] fingerprint, CompletableFuture<Answer> answer) {}

  private final Cache<String, Entry> entries;

  Idempotency(long maximumSize) {
    this.entries = Caffeine.newBuilder()
        .maximumSize(maximumSize)
        .expireAfterWrite(RETENTION)
        .build();
  }

  /**
   * Runs {@code operation} once per key, or answers as the first request with the key did.
   *
   * @param tenant the tenant (keys are per tenant)
   * @param key the {@code Idempotency-Key} header
   * @param route method and path
   * @param body the request body
   */
  Answer run(String tenant, String key, String route, byte[] body, Supplier<Answer> operation) {
    if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
      throw ApiError.malformed("Idempotency-Key must be 1 to 255 printable ASCII characters");
    }
    byte[] fingerprint = fingerprint(route, body);
    String id = tenant + '\n' + key;
    while (true) {
      CompletableFuture<Answer> mine = new CompletableFuture<>();
      Entry entry = entries.asMap().computeIfAbsent(id, k -> new Entry(fingerprint, mine));
      if (!MessageDigest.isEqual(entry.fingerprint(), fingerprint)) {
        throw ApiError.of(409, "idempotency_conflict",
            "this Idempotency-Key was used with another request; use a new key for a new request");
      }
      if (entry.answer() != mine) {
        Answer first = earlier(entry.answer());
        if (first != null) {
          return first;
        }
        continue; // the first one did not succeed and was forgotten: this one runs
      }
      try {
        Answer answer = operation.get();
        if (answer.status() >= 300) {
          entries.asMap().remove(id, entry);
        }
        mine.complete(answer);
        return answer;
      } catch (RuntimeException e) {
        entries.asMap().remove(id, entry);
        mine.completeExceptionally(e);
        throw e;
      }
    }
  }

  /** The first request's answer when it succeeded; null when it did not (it is forgotten). */
  private static @Nullable Answer earlier(CompletableFuture<Answer> first) {
    try {
      Answer answer = first.get(WAIT_SECONDS, TimeUnit.SECONDS);
      return answer.status() >= 300 ? null : answer;
    } catch (ExecutionException e) {
      return null;
    } catch (TimeoutException e) {
      throw ApiError.of(409, "idempotency_conflict",
          "the first request with this Idempotency-Key is still running");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ApiError.of(503, "unavailable", "the server is stopping");
    }
  }

  private static byte[] fingerprint(String route, byte[] body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(route.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      return sha.digest(body);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
