package com.wabotiq.tenant;

import com.wabotiq.internal.Checks;
import com.wabotiq.types.FlatGroup;
import org.jspecify.annotations.Nullable;

/**
 * The retrieval-augmented generation settings: which sources the agent retrieves from and how it
 * ranks them. Shared by tenant settings and agent configuration. Its fields appear flattened in the
 * parent's JSON object; each is null when absent from the document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param enableDocumentRetrieval whether the agent retrieves from uploaded documents; null when
 *     absent
 * @param enableDatabaseRetrieval whether the agent retrieves from the catalog database; null when
 *     absent
 * @param enableInternetEnrichment whether the agent may enrich answers from the internet; null when
 *     absent
 * @param enableSourceAttribution whether answers name their sources; null when absent
 * @param enableGroundedValidation whether answers are checked against the retrieved sources; null
 *     when absent
 * @param ragTopKResults how many retrieved passages the agent uses, positive; null when absent
 * @param ragSemanticWeight the weight of semantic similarity in ranking, 0.0 to 1.0; null when
 *     absent
 * @param ragKeywordWeight the weight of keyword match in ranking, 0.0 to 1.0; null when absent
 * @since 0.1.0
 */
public record RagSettings(
    @Nullable Boolean enableDocumentRetrieval,
    @Nullable Boolean enableDatabaseRetrieval,
    @Nullable Boolean enableInternetEnrichment,
    @Nullable Boolean enableSourceAttribution,
    @Nullable Boolean enableGroundedValidation,
    @Nullable Integer ragTopKResults,
    @Nullable Double ragSemanticWeight,
    @Nullable Double ragKeywordWeight)
    implements FlatGroup {
  /** The empty group: every field absent. */
  public static final RagSettings EMPTY =
      new RagSettings(null, null, null, null, null, null, null, null);

  /**
   * Checks that every number is finite: JSON has no form for NaN or an infinity.
   *
   * @param enableDocumentRetrieval whether the agent retrieves from uploaded documents; null when
   *     absent
   * @param enableDatabaseRetrieval whether the agent retrieves from the catalog database; null when
   *     absent
   * @param enableInternetEnrichment whether the agent may enrich answers from the internet; null
   *     when absent
   * @param enableSourceAttribution whether answers name their sources; null when absent
   * @param enableGroundedValidation whether answers are checked against the retrieved sources; null
   *     when absent
   * @param ragTopKResults how many retrieved passages the agent uses, positive; null when absent
   * @param ragSemanticWeight the weight of semantic similarity in ranking, 0.0 to 1.0; null when
   *     absent
   * @param ragKeywordWeight the weight of keyword match in ranking, 0.0 to 1.0; null when absent
   * @throws IllegalArgumentException naming the field if a number is NaN or infinite
   */
  public RagSettings {
    Checks.finite(ragSemanticWeight, "rag_semantic_weight");
    Checks.finite(ragKeywordWeight, "rag_keyword_weight");
  }

  /**
   * A builder with every field absent.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this record's values, to make a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds {@link RagSettings} values; not thread-safe. */
  public static final class Builder {
    private @Nullable Boolean enableDocumentRetrieval;
    private @Nullable Boolean enableDatabaseRetrieval;
    private @Nullable Boolean enableInternetEnrichment;
    private @Nullable Boolean enableSourceAttribution;
    private @Nullable Boolean enableGroundedValidation;
    private @Nullable Integer ragTopKResults;
    private @Nullable Double ragSemanticWeight;
    private @Nullable Double ragKeywordWeight;

    private Builder() {}

    private Builder(RagSettings source) {
      enableDocumentRetrieval = source.enableDocumentRetrieval();
      enableDatabaseRetrieval = source.enableDatabaseRetrieval();
      enableInternetEnrichment = source.enableInternetEnrichment();
      enableSourceAttribution = source.enableSourceAttribution();
      enableGroundedValidation = source.enableGroundedValidation();
      ragTopKResults = source.ragTopKResults();
      ragSemanticWeight = source.ragSemanticWeight();
      ragKeywordWeight = source.ragKeywordWeight();
    }

    /**
     * Sets {@code enable_document_retrieval}.
     *
     * @param enableDocumentRetrieval whether the agent retrieves from uploaded documents; null when
     *     absent
     * @return this builder
     */
    public Builder enableDocumentRetrieval(@Nullable Boolean enableDocumentRetrieval) {
      this.enableDocumentRetrieval = enableDocumentRetrieval;
      return this;
    }

    /**
     * Sets {@code enable_database_retrieval}.
     *
     * @param enableDatabaseRetrieval whether the agent retrieves from the catalog database; null
     *     when absent
     * @return this builder
     */
    public Builder enableDatabaseRetrieval(@Nullable Boolean enableDatabaseRetrieval) {
      this.enableDatabaseRetrieval = enableDatabaseRetrieval;
      return this;
    }

    /**
     * Sets {@code enable_internet_enrichment}.
     *
     * @param enableInternetEnrichment whether the agent may enrich answers from the internet; null
     *     when absent
     * @return this builder
     */
    public Builder enableInternetEnrichment(@Nullable Boolean enableInternetEnrichment) {
      this.enableInternetEnrichment = enableInternetEnrichment;
      return this;
    }

    /**
     * Sets {@code enable_source_attribution}.
     *
     * @param enableSourceAttribution whether answers name their sources; null when absent
     * @return this builder
     */
    public Builder enableSourceAttribution(@Nullable Boolean enableSourceAttribution) {
      this.enableSourceAttribution = enableSourceAttribution;
      return this;
    }

    /**
     * Sets {@code enable_grounded_validation}.
     *
     * @param enableGroundedValidation whether answers are checked against the retrieved sources;
     *     null when absent
     * @return this builder
     */
    public Builder enableGroundedValidation(@Nullable Boolean enableGroundedValidation) {
      this.enableGroundedValidation = enableGroundedValidation;
      return this;
    }

    /**
     * Sets {@code rag_top_k_results}.
     *
     * @param ragTopKResults how many retrieved passages the agent uses, positive; null when absent
     * @return this builder
     */
    public Builder ragTopKResults(@Nullable Integer ragTopKResults) {
      this.ragTopKResults = ragTopKResults;
      return this;
    }

    /**
     * Sets {@code rag_semantic_weight}.
     *
     * @param ragSemanticWeight the weight of semantic similarity in ranking, 0.0 to 1.0; null when
     *     absent
     * @return this builder
     */
    public Builder ragSemanticWeight(@Nullable Double ragSemanticWeight) {
      this.ragSemanticWeight = ragSemanticWeight;
      return this;
    }

    /**
     * Sets {@code rag_keyword_weight}.
     *
     * @param ragKeywordWeight the weight of keyword match in ranking, 0.0 to 1.0; null when absent
     * @return this builder
     */
    public Builder ragKeywordWeight(@Nullable Double ragKeywordWeight) {
      this.ragKeywordWeight = ragKeywordWeight;
      return this;
    }

    /**
     * Builds the record; collections are copied.
     *
     * @return the record
     */
    public RagSettings build() {
      return new RagSettings(
          enableDocumentRetrieval,
          enableDatabaseRetrieval,
          enableInternetEnrichment,
          enableSourceAttribution,
          enableGroundedValidation,
          ragTopKResults,
          ragSemanticWeight,
          ragKeywordWeight);
    }
  }
}
