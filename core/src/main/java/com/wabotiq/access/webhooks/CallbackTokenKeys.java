package com.wabotiq.access.webhooks;

import com.wabotiq.access.webhooks.CallbackTokenCheck.Code;
import com.wabotiq.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's M-Pesa callback tokens: the current one, and during a rotation the previous one with
 * the instant until which it stays valid. M-Pesa (Daraja) does not sign its callbacks, so the
 * callback URL itself carries an unguessable token: {@value #TOKEN_LENGTH} Base62 characters from
 * {@link SecureRandom} (about 190 bits), checked in constant time.
 *
 * <p><b>Stored form</b> (the decrypted value of the tenant's {@code webhook_secret}), one line of
 * fields separated by single spaces:
 *
 * <pre>
 * cbk1 &lt;current&gt;
 * cbk1 &lt;current&gt; &lt;previous&gt; &lt;previous-valid-until&gt;
 * </pre>
 *
 * <p>where each token is {@value #MIN_TOKEN_LENGTH} to {@value #MAX_TOKEN_LENGTH} Base62
 * characters and the instant is ISO-8601 in UTC ({@code 2025-11-20T10:00:00Z}). {@link #parse}
 * accepts exactly this and nothing else; {@link #toStoredForm} writes it.
 *
 * <p>A generated token never contains, in any case, a word Safaricom's Daraja documentation asks
 * callers to keep out of callback URLs ({@code mpesa}, {@code safaricom}, {@code exe}, {@code cmd},
 * {@code sql}, {@code query}); such a draw is thrown away and drawn again, which costs well under
 * one bit of entropy.
 *
 * <p>Immutable and thread-safe. {@link #toString} never shows a token; {@link #revealCurrent} and
 * {@link #toStoredForm} are the only ways out.
 *
 * @since 0.1.0
 */
public final class CallbackTokenKeys {
  /** The length of a generated token, in Base62 characters. */
  public static final int TOKEN_LENGTH = 32;

  /** The shortest token accepted (about 131 bits). */
  public static final int MIN_TOKEN_LENGTH = 22;

  /** The longest token accepted. */
  public static final int MAX_TOKEN_LENGTH = 64;

  /** The first field of the stored form. */
  static final String VERSION = "cbk1";

  /** The longest stored form accepted, in characters. */
  static final int MAX_STORED_LENGTH = 256;

  private static final String ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  /** Words kept out of generated tokens (compared in lower case). */
  private static final List<String> AVOIDED =
      List.of("mpesa", "safaricom", "exe", "cmd", "sql", "query");

  private static final SecureRandom RANDOM = new SecureRandom();

  /** Compared against when there is no previous token, so a check costs the same either way. */
  private static final byte[] NO_PREVIOUS = new byte[32];

  private final String current;
  private final @Nullable String previous;
  private final @Nullable Instant previousValidUntil;
  private final byte[] currentHash;
  private final byte[] previousHash;

  private CallbackTokenKeys(
      String current, @Nullable String previous, @Nullable Instant previousValidUntil) {
    this.current = current;
    this.previous = previous;
    this.previousValidUntil = previousValidUntil;
    this.currentHash = sha256(current);
    this.previousHash = previous == null ? NO_PREVIOUS : sha256(previous);
  }

  /**
   * New keys with a fresh current token and no previous one.
   *
   * @return the keys
   */
  public static CallbackTokenKeys generate() {
    return new CallbackTokenKeys(newToken(RANDOM), null, null);
  }

  /** New keys drawn from {@code random}; for tests that need a known sequence. */
  static CallbackTokenKeys generate(Random random) {
    return new CallbackTokenKeys(newToken(random), null, null);
  }

  /**
   * Keys read from their stored form.
   *
   * @param stored the decrypted {@code webhook_secret}, e.g. {@code cbk1 <current>}
   * @return the keys
   * @throws CallbackTokenException if {@code stored} is not in the {@code cbk1} format; the
   *     message names the rule and shows none of the text
   * @throws NullPointerException if {@code stored} is null
   */
  public static CallbackTokenKeys parse(String stored) {
    Checks.notNull(stored, "stored");
    if (stored.length() > MAX_STORED_LENGTH) {
      throw malformed("it has " + stored.length() + " characters, more than " + MAX_STORED_LENGTH);
    }
    String[] fields = stored.split(" ", -1);
    if (!fields[0].equals(VERSION)) {
      throw malformed("it must start with '" + VERSION + " '");
    }
    if (fields.length != 2 && fields.length != 4) {
      throw malformed("it must have 2 or 4 fields separated by single spaces, not "
          + fields.length);
    }
    String current = token(fields[1], "current token");
    if (fields.length == 2) {
      return new CallbackTokenKeys(current, null, null);
    }
    String previous = token(fields[2], "previous token");
    return new CallbackTokenKeys(current, previous, instant(fields[3]));
  }

  /**
   * Whether a text has the shape of a callback token: {@value #MIN_TOKEN_LENGTH} to {@value
   * #MAX_TOKEN_LENGTH} Base62 characters. No secret is involved.
   *
   * @param text the text, may be null
   * @return true if it could be a token
   */
  public static boolean isWellFormed(@Nullable String text) {
    if (text == null || text.length() < MIN_TOKEN_LENGTH || text.length() > MAX_TOKEN_LENGTH) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Keys with a fresh current token, the current one becoming the previous one, valid until
   * {@code previousValidUntil} (inclusive). An older previous token is dropped. To end the old
   * token at once, pass an instant that has passed.
   *
   * @param previousValidUntil the last instant at which the current token is still accepted
   * @return the rotated keys; these are unchanged
   * @throws NullPointerException if {@code previousValidUntil} is null
   */
  public CallbackTokenKeys rotate(Instant previousValidUntil) {
    Checks.notNull(previousValidUntil, "previousValidUntil");
    return new CallbackTokenKeys(newToken(RANDOM), current, previousValidUntil);
  }

  /**
   * Checks a presented token in constant time: both the current and the previous token are
   * compared (by their SHA-256, with {@link MessageDigest#isEqual}) whatever the first comparison
   * gives, so the time taken tells nothing of which, or how much, matched.
   *
   * @param presented the token from the callback URL, may be null
   * @param now the time of the check; the previous token is valid while {@code now} is not after
   *     its valid-until instant
   * @return the check: {@link Code#VALID}, {@link Code#VALID_PREVIOUS}, {@link Code#MISSING},
   *     {@link Code#MALFORMED}, {@link Code#MISMATCH} or {@link Code#EXPIRED_PREVIOUS}
   * @throws NullPointerException if {@code now} is null
   */
  public CallbackTokenCheck check(@Nullable String presented, Instant now) {
    Checks.notNull(now, "now");
    if (presented == null || presented.isEmpty()) {
      return CallbackTokenCheck.of(Code.MISSING);
    }
    if (!isWellFormed(presented)) {
      return CallbackTokenCheck.of(Code.MALFORMED);
    }
    byte[] hash = sha256(presented);
    boolean isCurrent = MessageDigest.isEqual(hash, currentHash);
    boolean previousMatches = MessageDigest.isEqual(hash, previousHash); // always computed
    boolean isPrevious = previousMatches && previous != null;
    if (isCurrent) {
      return CallbackTokenCheck.of(Code.VALID);
    }
    if (isPrevious) {
      Instant until = previousValidUntil;
      return CallbackTokenCheck.of(until != null && !now.isAfter(until)
          ? Code.VALID_PREVIOUS : Code.EXPIRED_PREVIOUS);
    }
    return CallbackTokenCheck.of(Code.MISMATCH);
  }

  /**
   * The current token, to build the callback URL; a secret: keep it out of logs.
   *
   * @return the current token
   */
  public String revealCurrent() {
    return current;
  }

  /**
   * Whether there is a previous token (whether or not its window has ended).
   *
   * @return true during or after a rotation, until the next one
   */
  public boolean hasPrevious() {
    return previous != null;
  }

  /**
   * The last instant at which the previous token is accepted.
   *
   * @return the instant, or empty when there is no previous token
   */
  public Optional<Instant> previousValidUntil() {
    return Optional.ofNullable(previousValidUntil);
  }

  /**
   * The stored form, to be sealed into the tenant's {@code webhook_secret}; a secret.
   *
   * @return e.g. {@code cbk1 <current>}
   */
  public String toStoredForm() {
    return previous == null
        ? VERSION + ' ' + current
        : VERSION + ' ' + current + ' ' + previous + ' ' + previousValidUntil;
  }

  /**
   * A description without any token.
   *
   * @return e.g. {@code CallbackTokenKeys[current=(hidden), previous=(hidden) valid until
   *     2025-11-20T10:00:00Z]}
   */
  @Override
  public String toString() {
    return previous == null
        ? "CallbackTokenKeys[current=(hidden)]"
        : "CallbackTokenKeys[current=(hidden), previous=(hidden) valid until "
            + previousValidUntil + "]";
  }

  private static String newToken(Random random) {
    while (true) {
      String token = draw(random);
      if (!hasAvoidedWord(token)) {
        return token;
      }
    }
  }

  /** {@value #TOKEN_LENGTH} characters, each uniform over Base62 (bytes >= 248 are redrawn). */
  private static String draw(Random random) {
    char[] out = new char[TOKEN_LENGTH];
    byte[] buffer = new byte[TOKEN_LENGTH * 2];
    int filled = 0;
    while (filled < TOKEN_LENGTH) {
      random.nextBytes(buffer);
      for (int i = 0; i < buffer.length && filled < TOKEN_LENGTH; i++) {
        int b = buffer[i] & 0xff;
        if (b < 248) {
          out[filled++] = ALPHABET.charAt(b % 62);
        }
      }
    }
    return new String(out);
  }

  static boolean hasAvoidedWord(String token) {
    String lower = token.toLowerCase(Locale.ROOT);
    for (String word : AVOIDED) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static String token(String field, String name) {
    if (!isWellFormed(field)) {
      throw malformed("its " + name + " must be " + MIN_TOKEN_LENGTH + " to " + MAX_TOKEN_LENGTH
          + " Base62 characters (it has " + field.length() + " characters)");
    }
    return field;
  }

  private static Instant instant(String field) {
    if (field.isEmpty() || field.charAt(field.length() - 1) != 'Z') {
      throw malformed("its previous-valid-until must be an ISO-8601 instant in UTC ending in 'Z'");
    }
    try {
      return Instant.parse(field);
    } catch (DateTimeParseException e) {
      throw malformed("its previous-valid-until must be an ISO-8601 instant in UTC");
    }
  }

  private static CallbackTokenException malformed(String rule) {
    return new CallbackTokenException("stored callback token keys (webhook_secret) are malformed: "
        + rule);
  }

  private static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
