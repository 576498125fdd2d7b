package com.wabotiq.client;

import com.wabotiq.credentials.Credential;
import com.wabotiq.credentials.Secret;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.types.FlatGroup;
import com.wabotiq.types.TenantId;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A partial update of a tenant's settings, sent as a JSON merge patch (RFC 7396): only the fields
 * it names change. A group's non-null fields are set, its null fields left as they are; {@link
 * Builder#clear} removes a field; a credential is sent in plaintext over TLS, stored encrypted by
 * the server, and never returned (the answer shows its hint).
 *
 * <pre>{@code
 * SettingsPatch patch = SettingsPatch.builder()
 *     .group(settings.llm().toBuilder().llmModel("gpt-4o-mini").build())
 *     .credential(Credential.STRIPE_SECRET_KEY, Secret.of(stripeKey))
 *     .clear("woo_store_url")
 *     .build();
 * MaskedSettings updated = client.settings().update(patch);
 * }</pre>
 *
 * <p>Immutable. {@link #toString()} names the fields, never a credential's value. The credentials'
 * plaintext is read from their {@link Secret}s when the request is written; the request body is
 * zeroed once the call is over.
 *
 * @since 0.1.0
 */
public final class SettingsPatch {
  /** The settings groups, by type: a group of another record (agent configuration) is refused. */
  private static final Set<Class<?>> GROUPS = Arrays.stream(TenantSettings.class.getRecordComponents())
      .map(RecordComponent::getType)
      .filter(FlatGroup.class::isAssignableFrom)
      .collect(Collectors.toUnmodifiableSet());

  private static final Map<String, Credential> CREDENTIALS = Arrays.stream(Credential.values())
      .collect(Collectors.toUnmodifiableMap(Credential::fieldName, c -> c));

  /** Fields no patch may name: the server owns them. */
  private static final Set<String> OWNED = Set.of("id", "tenant_id", "created_at", "updated_at");

  private static final Pattern FIELD = Pattern.compile("[a-z][a-z0-9_]{0,99}");

  /** Each field: raw JSON text, a {@link Secret}, or null (clear). */
  private final Map<String, @Nullable Object> members;

  private SettingsPatch(Map<String, @Nullable Object> members) {
    this.members = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(members));
  }

  /**
   * An empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The fields the patch names, in the order given.
   *
   * @return the snake_case field names
   */
  public Set<String> fields() {
    return members.keySet();
  }

  /** The merge patch as UTF-8 bytes, credentials revealed into it: the caller zeroes it. */
  byte[] toJsonBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write('{');
    boolean first = true;
    for (Map.Entry<String, @Nullable Object> e : members.entrySet()) {
      if (!first) {
        out.write(',');
      }
      first = false;
      out.writeBytes(Wire.quote(e.getKey()).getBytes(StandardCharsets.UTF_8));
      out.write(':');
      Object value = e.getValue();
      if (value == null) {
        out.writeBytes("null".getBytes(StandardCharsets.US_ASCII));
      } else if (value instanceof Secret secret) {
        byte[] quoted = Wire.quote(secret.reveal()).getBytes(StandardCharsets.UTF_8);
        out.writeBytes(quoted);
        Arrays.fill(quoted, (byte) 0);
      } else {
        out.writeBytes(((String) value).getBytes(StandardCharsets.UTF_8));
      }
    }
    out.write('}');
    return out.toByteArray();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SettingsPatch p && p.members.equals(members);
  }

  @Override
  public int hashCode() {
    return members.hashCode();
  }

  /** Names the fields; a credential shows as {@code [credential]}, never its value. */
  @Override
  public String toString() {
    return members.entrySet().stream()
        .map(e -> e.getKey() + (e.getValue() == null ? "=null"
            : e.getValue() instanceof Secret ? "=[credential]" : "=" + e.getValue()))
        .collect(Collectors.joining(", ", "SettingsPatch[", "]"));
  }

  /**
   * Builds a {@link SettingsPatch}. Not thread-safe. A later call naming a field replaces what an
   * earlier one said about it.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final Map<String, @Nullable Object> members = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets every non-null field of one settings group (e.g. {@code settings.llm()} changed). Its
     * credentials must be absent: they are set with {@link #credential}.
     *
     * @param group a group of {@link TenantSettings} ({@code LlmSettings}, {@code StripeSettings},
     *     {@code BusinessSettings}...)
     * @return this builder
     * @throws IllegalArgumentException if it is not a settings group, or holds a credential
     */
    public Builder group(FlatGroup group) {
      Objects.requireNonNull(group, "group");
      if (!GROUPS.contains(group.getClass())) {
        throw new IllegalArgumentException(
            group.getClass().getSimpleName() + " is not a group of the tenant settings");
      }
      Map<String, String> fields = new LinkedHashMap<>();
      try {
        Wire.object(Wire.CODEC.toJson(group), (name, reader) -> fields.put(name, Wire.raw(reader)));
      } catch (Wire.MalformedBody e) {
        throw new IllegalStateException("the codec wrote what it cannot read", e);
      }
      for (String name : fields.keySet()) {
        if (CREDENTIALS.containsKey(name)) {
          throw new IllegalArgumentException(name + " is a credential: set it with credential("
              + CREDENTIALS.get(name) + ", secret), never as a sealed value");
        }
      }
      members.putAll(fields);
      return this;
    }

    /**
     * Sets a credential. Its plaintext is read when the request is written and never kept by the
     * client beyond the call.
     *
     * @param credential which one
     * @param plaintext its value
     * @return this builder
     * @throws IllegalStateException if the secret was wiped
     */
    public Builder credential(Credential credential, Secret plaintext) {
      Objects.requireNonNull(credential, "credential");
      Objects.requireNonNull(plaintext, "plaintext");
      if (plaintext.isWiped()) {
        throw new IllegalStateException("the secret for " + credential.fieldName() + " was wiped");
      }
      members.put(credential.fieldName(), plaintext);
      return this;
    }

    /**
     * Replaces the settings' metadata object (merged as RFC 7396 merges objects: members set to
     * null are removed).
     *
     * @param metadata free-form JSON values, as {@link TenantSettings#metadata()} holds them
     * @return this builder
     * @throws IllegalArgumentException if a value is not valid metadata
     */
    public Builder metadata(Map<String, Object> metadata) {
      Objects.requireNonNull(metadata, "metadata");
      TenantSettings carrier = TenantSettings.builder()
          .tenantId(TenantId.of("00000000-0000-0000-0000-000000000000"))
          .metadata(metadata)
          .build();
      String[] raw = {"{}"};
      try {
        Wire.object(Wire.CODEC.toJson(carrier), (name, reader) -> {
          if (name.equals("metadata")) {
            raw[0] = Wire.raw(reader);
          } else {
            reader.skipValue();
          }
        });
      } catch (Wire.MalformedBody e) {
        throw new IllegalStateException("the codec wrote what it cannot read", e);
      }
      members.put("metadata", raw[0]);
      return this;
    }

    /**
     * Clears a field (sent as {@code null}).
     *
     * @param field its snake_case name, e.g. {@code woo_store_url}
     * @return this builder
     * @throws IllegalArgumentException if it is not a snake_case name, or the server owns it
     *     ({@code id}, {@code tenant_id}, {@code created_at}, {@code updated_at})
     */
    public Builder clear(String field) {
      Objects.requireNonNull(field, "field");
      if (!FIELD.matcher(field).matches() || OWNED.contains(field)) {
        throw new IllegalArgumentException("not a settings field a patch may clear: "
            + Wire.mask(field, 100));
      }
      members.put(field, null);
      return this;
    }

    /**
     * Clears a credential.
     *
     * @param credential which one
     * @return this builder
     */
    public Builder clear(Credential credential) {
      members.put(Objects.requireNonNull(credential, "credential").fieldName(), null);
      return this;
    }

    /**
     * Builds the patch.
     *
     * @return the patch
     * @throws IllegalStateException if it names no field
     */
    public SettingsPatch build() {
      if (members.isEmpty()) {
        throw new IllegalStateException("a settings patch names at least one field");
      }
      return new SettingsPatch(members);
    }
  }
}
