package com.wabotiq.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.json.JsonCodec;
import com.wabotiq.json.JsonDecodingException;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.testing.ReferenceExamples;
import com.wabotiq.testing.Snippets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs every Java snippet of {@code docs/model.md} on the data reference's own tenant example:
 * each snippet is the text between a {@code // [snippet:name]} and a {@code // [end]} line here,
 * and {@link #theDocShowsExactlyTheseSnippets} checks that the document's {@code java} blocks,
 * each after a {@code <!-- snippet:name -->} line, are these texts.
 */
class ModelDocSnippetsTest {
  private static final Path DOC = Path.of("../docs/model.md");
  private static final Path SOURCE =
      Path.of("src/test/java/com/wabotiq/docs/ModelDocSnippetsTest.java");

  /** The reference's tenant example, its {@code //} comments removed. */
  private final String json = ReferenceExamples.examples().get(0);

  @Test
  void decodeReadChangeEncode() {
    // [snippet:decode]
    JsonCodec codec = JsonCodec.lenient();
    Tenant tenant = codec.fromJson(json, Tenant.class);  // the reference's tenant document

    String name = tenant.name();                         // "Acme Electronics"
    ZoneId zone = tenant.timezone();                     // Africa/Nairobi
    boolean active = tenant.status().value() == TenantStatus.Value.ACTIVE;  // true
    int keys = tenant.apiKeys().size();                  // 1: hashes only, never a key
    // [end]
    assertThat(name).isEqualTo("Acme Electronics");
    assertThat(zone).isEqualTo(ZoneId.of("Africa/Nairobi"));
    assertThat(active).isTrue();
    assertThat(keys).isOne();
    assertThat(tenant.twilioToken()).hasToString("SealedSecret[redacted]");

    // [snippet:change]
    Tenant suspended = tenant.withStatus(TenantStatus.SUSPENDED);  // the lifecycle is checked
    Tenant moved = tenant.toBuilder()                              // a changed copy
        .contactEmail("ops@acme.com")
        .build();
    String out = codec.toJson(moved);   // the reference's shape: "contact_email":"ops@acme.com"
    Tenant back = codec.fromJson(out, Tenant.class);               // equals moved
    // [end]
    assertThat(suspended.status()).isEqualTo(TenantStatus.SUSPENDED);
    assertThat(tenant.status()).isEqualTo(TenantStatus.ACTIVE);
    assertThat(moved.contactEmail()).isEqualTo("ops@acme.com");
    assertThat(tenant.contactEmail()).isEqualTo("admin@acme.com");
    assertThat(out).contains("\"contact_email\":\"ops@acme.com\"")
        .doesNotContain("admin@acme.com");
    assertThat(back).isEqualTo(moved);
  }

  @Test
  void lenientIgnoresAnUnknownFieldStrictRefusesIt() {
    // [snippet:lenient]
    String newer = "{\"id\":\"uuid\",\"name\":\"Acme\",\"slug\":\"acme\","
        + "\"status\":\"active\",\"plan\":\"gold\"}";   // a field this SDK does not know
    Tenant kept = JsonCodec.lenient().fromJson(newer, Tenant.class);   // "plan" is ignored
    // [end]
    assertThat(kept.name()).isEqualTo("Acme");
    assertThat(JsonCodec.lenient().toJson(kept)).doesNotContain("plan");
    assertThatThrownBy(() -> {
      // [snippet:strict]
      JsonCodec.strict().fromJson(newer, Tenant.class);
      // throws JsonDecodingException: Unknown field 'plan' at path $.plan; e.path() is "$.plan"
      // [end]
    }).isInstanceOf(JsonDecodingException.class)
        .hasMessage("Unknown field 'plan' at path $.plan")
        .satisfies(e -> assertThat(((JsonDecodingException) e).path()).isEqualTo("$.plan"));
  }

  @Test
  void theDocShowsExactlyTheseSnippets() throws IOException {
    Map<String, String> inCode = Snippets.regions(Files.readString(SOURCE));
    String doc = Files.readString(DOC);
    Map<String, String> inDoc = Snippets.blocks(doc);
    assertThat(inCode).containsOnlyKeys("decode", "change", "lenient", "strict");
    assertThat(inDoc).isEqualTo(inCode);
    assertThat(doc).doesNotContainIgnoringCase("in progress").doesNotContainPattern("issue \\d")
        .doesNotContain("TODO");
  }
}
