package com.wabotiq.tenant;

import com.wabotiq.types.OpenEnum;
import java.util.List;
import java.util.Map;

/**
 * The provider of the large language model a tenant's bot uses ({@code llm_provider}). One of
 * {@code openai}, {@code gemini}, {@code together}, {@code anthropic}, or an unknown value a newer
 * server sent.
 *
 * <p>Immutable and thread-safe; known constants are canonical.
 *
 * @since 0.1.0
 */
public final class LlmProvider extends OpenEnum<LlmProvider.Value> {
  /** The values this SDK knows, for {@code switch}; {@code UNKNOWN} for any other. */
  public enum Value {
    /** OpenAI. */
    OPENAI,
    /** Google Gemini. */
    GEMINI,
    /** Together AI. */
    TOGETHER,
    /** Anthropic; the reference stores an {@code anthropic_api_key}. */
    ANTHROPIC,
    /** A value this SDK does not know. */
    UNKNOWN
  }

  /** OpenAI. */
  public static final LlmProvider OPENAI = new LlmProvider("openai", Value.OPENAI);
  /** Google Gemini. */
  public static final LlmProvider GEMINI = new LlmProvider("gemini", Value.GEMINI);
  /** Together AI. */
  public static final LlmProvider TOGETHER = new LlmProvider("together", Value.TOGETHER);
  /** Anthropic; the reference stores an {@code anthropic_api_key}. */
  public static final LlmProvider ANTHROPIC = new LlmProvider("anthropic", Value.ANTHROPIC);

  private static final Map<String, LlmProvider> KNOWN = index(OPENAI, GEMINI, TOGETHER, ANTHROPIC);

  private LlmProvider(String wireValue, Value value) {
    super(wireValue, value);
  }

  /**
   * The value for a wire string: a known constant, or an unknown value carrying {@code value}.
   *
   * @param value the wire string, e.g. {@code "openai"}
   * @return the value, never null
   * @throws NullPointerException if {@code value} is null
   */
  public static LlmProvider of(String value) {
    return lookup(KNOWN, value, LlmProvider::new, Value.UNKNOWN);
  }

  /**
   * The known values, in declaration order.
   *
   * @return an immutable list of the 4 known constants
   */
  public static List<LlmProvider> values() {
    return valuesOf(KNOWN);
  }
}
