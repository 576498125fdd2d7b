package com.wabotiq.access.keys;

import com.wabotiq.internal.Checks;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;

/**
 * The format of an API key, made and checked without any I/O: a prefix that says the environment
 * ({@code wbq_live_} or {@code wbq_test_}), 33 Base62 characters ({@code 0-9A-Za-z}) that encode 24
 * random bytes from {@link SecureRandom} (192 bits, left-padded so the width never varies), and 6
 * Base62 characters of the CRC32 of everything before them: 48 characters in all ({@code
 * wbq_live_} + 33 + 6).
 *
 * <p>The checksum lets the SDK, and any secret scanner, reject a mistyped or made-up key before
 * it is looked up: CRC32 detects every change of one character and every swap of two neighbours
 * in the part it covers (a burst of at most 32 bits), and a random string passes it once in about
 * four billion tries. It is not a signature: anyone can compute it, so it proves nothing about
 * who made a key; only the lookup of the key's hash does.
 *
 * @since 0.1.0
 */
public final class ApiKeyFormat {
  /** The length of every key, in characters. */
  public static final int LENGTH = 48;

  /** The random bytes a key encodes. */
  public static final int RANDOM_BYTES = 24;

  static final int PREFIX_LENGTH = 9;
  static final int BODY_LENGTH = 33;
  static final int CHECKSUM_LENGTH = 6;
  static final int CHECKED_LENGTH = PREFIX_LENGTH + BODY_LENGTH;

  private static final ApiKeyEnvironment[] ENVIRONMENTS = ApiKeyEnvironment.values();

  /** Each thread's buffer for the checked characters and its CRC32 engine. */
  private static final ThreadLocal<Crc> CRC = ThreadLocal.withInitial(Crc::new);

  private ApiKeyFormat() {}

  /**
   * What an offline check of a presented key found; only {@link #WELL_FORMED} passes.
   *
   * @since 0.1.0
   */
  public enum Check {
    /** The key has the format and its checksum matches. */
    WELL_FORMED(ApiKeyCode.VALID),
    /** The key is not 48 characters long. */
    WRONG_LENGTH(ApiKeyCode.MALFORMED),
    /** The key does not start with {@code wbq_live_} or {@code wbq_test_}. */
    WRONG_PREFIX(ApiKeyCode.MALFORMED),
    /** A character after the prefix is not Base62. */
    NOT_BASE62(ApiKeyCode.MALFORMED),
    /** The checksum does not match: a mistyped or made-up key. */
    BAD_CHECKSUM(ApiKeyCode.BAD_CHECKSUM);

    private final ApiKeyCode code;

    Check(ApiKeyCode code) {
      this.code = code;
    }

    /**
     * The code an authentication answers with for this finding.
     *
     * @return {@link ApiKeyCode#VALID} for a well-formed key (the lookup decides the rest), {@link
     *     ApiKeyCode#MALFORMED} or {@link ApiKeyCode#BAD_CHECKSUM} otherwise
     */
    public ApiKeyCode code() {
      return code;
    }
  }

  /**
   * Makes a new key: 24 bytes from {@code random}, the environment's prefix and the checksum.
   *
   * @param environment live or test
   * @param random the source of the key's randomness; a {@link SecureRandom}
   * @return the new key, well-formed
   * @throws NullPointerException if an argument is null
   */
  public static ApiKeySecret generate(ApiKeyEnvironment environment, SecureRandom random) {
    Checks.notNull(environment, "environment");
    Checks.notNull(random, "random");
    byte[] bytes = new byte[RANDOM_BYTES];
    random.nextBytes(bytes);
    char[] key = new char[LENGTH];
    environment.prefix().getChars(0, PREFIX_LENGTH, key, 0);
    Base62.encode(bytes, BODY_LENGTH, key, PREFIX_LENGTH);
    java.util.Arrays.fill(bytes, (byte) 0);
    Base62.encode(crc32(new String(key, 0, CHECKED_LENGTH)), CHECKSUM_LENGTH, key, CHECKED_LENGTH);
    return ApiKeySecret.wrap(new String(key));
  }

  /**
   * Checks a presented key offline: length, prefix, alphabet, then checksum, in that order.
   *
   * @param key the presented key, as the client sent it (not trimmed)
   * @return what the check found; {@link Check#WELL_FORMED} only if all four pass
   * @throws NullPointerException if {@code key} is null
   */
  public static Check check(CharSequence key) {
    Checks.notNull(key, "key");
    if (key.length() != LENGTH) {
      return Check.WRONG_LENGTH;
    }
    if (environmentOf(key) == null) {
      return Check.WRONG_PREFIX;
    }
    long computed = CRC.get().ofBase62(key);
    long stated = Base62.decode(key, CHECKED_LENGTH, CHECKSUM_LENGTH);
    if (computed < 0 || stated < 0) {
      return Check.NOT_BASE62;
    }
    return stated == computed ? Check.WELL_FORMED : Check.BAD_CHECKSUM;
  }

  /**
   * Takes a key received from elsewhere (the response that issued it, a configuration value) as an
   * {@link ApiKeySecret}, after the offline check: a mistyped key is refused here, before any use.
   *
   * @param key the key
   * @return the key, well-formed
   * @throws IllegalArgumentException if the check finds anything but {@link Check#WELL_FORMED}; the
   *     message names the finding and never shows the key
   * @throws NullPointerException if {@code key} is null
   */
  public static ApiKeySecret parse(CharSequence key) {
    Check found = check(key);
    if (found != Check.WELL_FORMED) {
      throw new IllegalArgumentException("not a WabotIQ API key: " + found);
    }
    return ApiKeySecret.wrap(key.toString());
  }

  /**
   * The environment a key's prefix names, whether or not the rest is well-formed.
   *
   * @param key the key
   * @return live or test, or empty when it starts with neither prefix
   * @throws NullPointerException if {@code key} is null
   */
  public static Optional<ApiKeyEnvironment> environment(CharSequence key) {
    return Optional.ofNullable(environmentOf(Checks.notNull(key, "key")));
  }

  static @Nullable ApiKeyEnvironment environmentOf(CharSequence key) {
    for (ApiKeyEnvironment environment : ENVIRONMENTS) {
      if (startsWith(key, environment.prefix())) {
        return environment;
      }
    }
    return null;
  }

  private static boolean startsWith(CharSequence key, String prefix) {
    if (key.length() < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (key.charAt(i) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The CRC32 of the first {@value #CHECKED_LENGTH} characters, all ASCII (checked before). */
  private static long crc32(CharSequence key) {
    return CRC.get().of(key);
  }

  /** A thread's CRC32 engine and input buffer: checking a key allocates nothing. */
  private static final class Crc {
    private final byte[] ascii = new byte[CHECKED_LENGTH];
    private final CRC32 crc = new CRC32();

    long of(CharSequence key) {
      for (int i = 0; i < CHECKED_LENGTH; i++) {
        ascii[i] = (byte) key.charAt(i);
      }
      return value();
    }

    /**
     * The CRC32 of a key whose prefix was checked, in one pass that also checks that every
     * character after the prefix is Base62; -1 when one is not.
     */
    long ofBase62(CharSequence key) {
      for (int i = 0; i < PREFIX_LENGTH; i++) {
        ascii[i] = (byte) key.charAt(i);
      }
      for (int i = PREFIX_LENGTH; i < CHECKED_LENGTH; i++) {
        char c = key.charAt(i);
        if (Base62.value(c) < 0) {
          return -1;
        }
        ascii[i] = (byte) c;
      }
      return value();
    }

    private long value() {
      crc.reset();
      crc.update(ascii, 0, CHECKED_LENGTH);
      return crc.getValue();
    }
  }
}
