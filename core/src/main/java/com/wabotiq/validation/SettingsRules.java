package com.wabotiq.validation;

import com.wabotiq.tenant.AgentConfiguration;
import com.wabotiq.tenant.BusinessHours;
import com.wabotiq.tenant.BusinessSettings;
import com.wabotiq.tenant.DayHours;
import com.wabotiq.tenant.LanguageSettings;
import com.wabotiq.tenant.PineconeSettings;
import com.wabotiq.tenant.RagSettings;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.types.TenantId;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Cross-field rules of tenant settings, their groups and agent configurations. */
final class SettingsRules {
  /** How far the RAG weights' sum may be from 1, for binary floating-point error. */
  static final double WEIGHT_TOLERANCE = 1e-9;

  private static final BigDecimal TOLERANCE = BigDecimal.valueOf(WEIGHT_TOLERANCE);

  private SettingsRules() {}

  static void settings(TenantSettings s, Report r) {
    rag(s.rag(), r);
    language(s.language(), r);
    business(s.business(), r);
    handoffNotAboveConfidence(
        r, s.handoff().handoffConfidenceThreshold(), s.agent().confidenceThreshold());
    namespace(s.pinecone(), s.tenantId(), r);
    TenantRules.timestamps(r, s.createdAt(), s.updatedAt());
  }

  static void agentConfiguration(AgentConfiguration a, Report r) {
    rag(a.rag(), r);
    handoffNotAboveConfidence(
        r, a.handoff().handoffConfidenceThreshold(), a.behavior().confidenceThreshold());
    TenantRules.timestamps(r, a.createdAt(), a.updatedAt());
  }

  /**
   * The two retrieval weights, when both are set and finite, sum to 1 within {@link
   * #WEIGHT_TOLERANCE}. The sum is taken of the weights' shortest decimal forms ({@code 0.7 + 0.3}
   * is exactly 1), so the message shows {@code 0.9}, not {@code 0.8999999999999999}.
   */
  static void rag(RagSettings g, Report r) {
    Double semantic = g.ragSemanticWeight();
    Double keyword = g.ragKeywordWeight();
    if (semantic == null
        || keyword == null
        || !Double.isFinite(semantic)
        || !Double.isFinite(keyword)) {
      return;
    }
    BigDecimal sum = BigDecimal.valueOf(semantic).add(BigDecimal.valueOf(keyword));
    if (sum.subtract(BigDecimal.ONE).abs().compareTo(TOLERANCE) > 0) {
      r.add(
          "rag_semantic_weight",
          "weights_sum_to_one",
          "must sum to 1 (within 1e-9) with rag_keyword_weight ("
              + keyword
              + "); the sum is "
              + Decimals.render(sum),
          semantic);
    }
  }

  /**
   * Supported languages are unique; a set default language needs a non-empty list containing it.
   */
  static void language(LanguageSettings g, Report r) {
    List<String> languages = g.supportedLanguages();
    Map<String, Integer> firstIndex = new HashMap<>();
    Report list = r.at("supported_languages");
    for (int i = 0; i < languages.size(); i++) {
      Integer first = firstIndex.putIfAbsent(languages.get(i), i);
      if (first != null) {
        list.add(
            "[" + i + "]",
            "unique",
            "must be unique: supported_languages[" + first + "] is the same",
            languages.get(i));
      }
    }
    String defaultLanguage = g.defaultLanguage();
    if (defaultLanguage == null) {
      return;
    }
    if (languages.isEmpty()) {
      r.add(
          "supported_languages",
          "not_empty",
          "must list at least one language when default_language is set",
          languages);
    } else if (!languages.contains(defaultLanguage)) {
      r.add(
          "default_language",
          "default_language_supported",
          "must be one of supported_languages " + languages,
          defaultLanguage);
    }
  }

  static void business(BusinessSettings g, Report r) {
    BusinessHours hours = g.businessHours();
    if (hours != null) {
      businessHours(hours, r.at("business_hours"));
    }
  }

  /** Each day has open before close and is not closed, or is closed with no times. */
  static void businessHours(BusinessHours hours, Report r) {
    for (Map.Entry<DayOfWeek, DayHours> e : hours.days().entrySet()) {
      Report day = r.at(e.getKey().name().toLowerCase(Locale.ROOT));
      DayHours h = e.getValue();
      LocalTime open = h.open();
      LocalTime close = h.close();
      if (h.isClosed()) {
        if (open != null) {
          day.add("open", "business_hours", "must be absent on a closed day", open);
        }
        if (close != null) {
          day.add("close", "business_hours", "must be absent on a closed day", close);
        }
        continue;
      }
      if (open == null) {
        day.add("open", "business_hours", "must be set unless the day is closed", null);
      }
      if (close == null) {
        day.add("close", "business_hours", "must be set unless the day is closed", null);
      }
      if (open != null && close != null && !open.isBefore(close)) {
        day.add("close", "business_hours", "must be after open (" + open + ")", close);
      }
    }
  }

  /** The handoff threshold is not above the confidence threshold, when both are set. */
  static void handoffNotAboveConfidence(
      Report r, @Nullable Double handoffThreshold, @Nullable Double confidenceThreshold) {
    if (handoffThreshold != null
        && confidenceThreshold != null
        && handoffThreshold > confidenceThreshold) {
      r.add(
          "handoff_confidence_threshold",
          "handoff_not_above_confidence",
          "must not be above confidence_threshold (" + confidenceThreshold + ")",
          handoffThreshold);
    }
  }

  /** The Pinecone namespace, when set, is the tenant's id: no two tenants share one. */
  static void namespace(PineconeSettings g, TenantId tenantId, Report r) {
    String namespace = g.pineconeNamespace();
    if (namespace != null && !namespace.equals(tenantId.value())) {
      r.add(
          "pinecone_namespace",
          "tenant_namespace",
          "must equal tenant_id ("
              + tenantId.value()
              + "), so that no two tenants share a vector namespace",
          namespace);
    }
  }
}
