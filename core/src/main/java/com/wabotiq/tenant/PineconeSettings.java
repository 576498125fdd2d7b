package com.wabotiq.tenant;

import com.wabotiq.types.FlatGroup;
import com.wabotiq.types.SealedSecret;
import org.jspecify.annotations.Nullable;

/**
 * The tenant's Pinecone vector store, used for document retrieval. Its fields appear flattened in
 * the parent's JSON object; each is null when absent from the document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pineconeApiKey the Pinecone API key, encrypted; null when absent
 * @param pineconeIndexName the index name, e.g. {@code wabotiq-rag}; null when absent
 * @param pineconeNamespace the namespace inside the index, usually the tenant id; null when absent
 * @since 0.1.0
 */
public record PineconeSettings(
    @Nullable SealedSecret pineconeApiKey,
    @Nullable String pineconeIndexName,
    @Nullable String pineconeNamespace)
    implements FlatGroup {
  /** The empty group: every field absent. */
  public static final PineconeSettings EMPTY = new PineconeSettings(null, null, null);

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

  /** Builds {@link PineconeSettings} values; not thread-safe. */
  public static final class Builder {
    private @Nullable SealedSecret pineconeApiKey;
    private @Nullable String pineconeIndexName;
    private @Nullable String pineconeNamespace;

    private Builder() {}

    private Builder(PineconeSettings source) {
      pineconeApiKey = source.pineconeApiKey();
      pineconeIndexName = source.pineconeIndexName();
      pineconeNamespace = source.pineconeNamespace();
    }

    /**
     * Sets {@code pinecone_api_key}.
     *
     * @param pineconeApiKey the Pinecone API key, encrypted; null when absent
     * @return this builder
     */
    public Builder pineconeApiKey(@Nullable SealedSecret pineconeApiKey) {
      this.pineconeApiKey = pineconeApiKey;
      return this;
    }

    /**
     * Sets {@code pinecone_index_name}.
     *
     * @param pineconeIndexName the index name, e.g. {@code wabotiq-rag}; null when absent
     * @return this builder
     */
    public Builder pineconeIndexName(@Nullable String pineconeIndexName) {
      this.pineconeIndexName = pineconeIndexName;
      return this;
    }

    /**
     * Sets {@code pinecone_namespace}.
     *
     * @param pineconeNamespace the namespace inside the index, usually the tenant id; null when
     *     absent
     * @return this builder
     */
    public Builder pineconeNamespace(@Nullable String pineconeNamespace) {
      this.pineconeNamespace = pineconeNamespace;
      return this;
    }

    /**
     * Builds the record; collections are copied.
     *
     * @return the record
     */
    public PineconeSettings build() {
      return new PineconeSettings(pineconeApiKey, pineconeIndexName, pineconeNamespace);
    }
  }
}
