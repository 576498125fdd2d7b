package com.wabotiq.tenant;

import com.wabotiq.types.OpenEnum;
import java.util.List;
import java.util.Map;

/**
 * The tone a tenant's bot speaks in ({@code bot_personality}). One of {@code friendly}, {@code
 * professional}, {@code casual}, {@code humorous}, or an unknown value a newer server sent.
 *
 * <p>Immutable and thread-safe; known constants are canonical.
 *
 * @since 0.1.0
 */
public final class BotPersonality extends OpenEnum<BotPersonality.Value> {
  /** The values this SDK knows, for {@code switch}; {@code UNKNOWN} for any other. */
  public enum Value {
    /** Warm and approachable. */
    FRIENDLY,
    /** Formal and concise. */
    PROFESSIONAL,
    /** Relaxed and informal. */
    CASUAL,
    /** Light-hearted, with some humour. */
    HUMOROUS,
    /** A value this SDK does not know. */
    UNKNOWN
  }

  /** Warm and approachable. */
  public static final BotPersonality FRIENDLY = new BotPersonality("friendly", Value.FRIENDLY);
  /** Formal and concise. */
  public static final BotPersonality PROFESSIONAL =
      new BotPersonality("professional", Value.PROFESSIONAL);
  /** Relaxed and informal. */
  public static final BotPersonality CASUAL = new BotPersonality("casual", Value.CASUAL);
  /** Light-hearted, with some humour. */
  public static final BotPersonality HUMOROUS = new BotPersonality("humorous", Value.HUMOROUS);

  private static final Map<String, BotPersonality> KNOWN =
      index(FRIENDLY, PROFESSIONAL, CASUAL, HUMOROUS);

  private BotPersonality(String wireValue, Value value) {
    super(wireValue, value);
  }

  /**
   * The value for a wire string: a known constant, or an unknown value carrying {@code value}.
   *
   * @param value the wire string, e.g. {@code "friendly"}
   * @return the value, never null
   * @throws NullPointerException if {@code value} is null
   */
  public static BotPersonality of(String value) {
    return lookup(KNOWN, value, BotPersonality::new, Value.UNKNOWN);
  }

  /**
   * The known values, in declaration order.
   *
   * @return an immutable list of the 4 known constants
   */
  public static List<BotPersonality> values() {
    return valuesOf(KNOWN);
  }
}
