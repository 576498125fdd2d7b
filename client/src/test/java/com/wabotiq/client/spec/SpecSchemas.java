package com.wabotiq.client.spec;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The JSON schemas of {@code docs/openapi.yaml}: validates a JSON document against {@code
 * #/components/schemas/<Name>} (JSON Schema 2020-12 with the OpenAPI 3.1 vocabulary), resolving
 * every {@code $ref} inside the spec document itself, never over the network.
 *
 * <p>Formats ({@code uuid}, {@code date-time}, ...) are annotations, as JSON Schema 2020-12 says by
 * default: the data reference's examples write placeholders such as {@code "uuid"} for ids.
 *
 * <p>Reusable to check live server answers: {@link #validate(String, String)} returns the errors,
 * an empty list when the document is valid. Immutable after construction; thread-safe.
 */
final class SpecSchemas {
  /** Where the spec lives, relative to the repository root. */
  static final String SPEC = "docs/openapi.yaml";

  /** The base IRI the spec is registered under; only ever resolved from memory. */
  private static final String BASE = "https://api.wabotiq.com/v1/openapi.json";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JsonNode spec;
  private final SchemaRegistry registry;
  private final Map<String, Schema> cache = new ConcurrentHashMap<>();

  private SpecSchemas(JsonNode spec) {
    this.spec = spec;
    String text = JSON.writeValueAsString(spec);
    this.registry =
        SchemaRegistry.withDefaultDialect(
            Dialects.getOpenApi31(), builder -> builder.schemas(Map.of(BASE, text)));
  }

  /**
   * The spec of this repository. Surefire runs in the module's directory ({@code client/}), so the
   * spec is {@code ../docs/openapi.yaml}; from the repository root it is {@code docs/openapi.yaml}.
   */
  static Path specPath() {
    for (Path candidate : List.of(Path.of("..", SPEC), Path.of(SPEC))) {
      if (Files.isRegularFile(candidate)) {
        return candidate.toAbsolutePath().normalize();
      }
    }
    throw new IllegalStateException(
        "missing "
            + SPEC
            + ": looked in "
            + Path.of("..").toAbsolutePath().normalize()
            + " and "
            + Path.of("").toAbsolutePath());
  }

  /** Loads {@link #specPath()}. */
  static SpecSchemas load() {
    return of(specPath());
  }

  /** Loads the spec at {@code path} (YAML or JSON). */
  static SpecSchemas of(Path path) {
    try {
      return new SpecSchemas(YAMLMapper.builder().build().readTree(Files.readString(path)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whole spec document. */
  JsonNode spec() {
    return spec;
  }

  /** The names under {@code #/components/schemas}, in document order. */
  List<String> schemaNames() {
    return new ArrayList<>(schemas().propertyNames());
  }

  /** The schema object {@code #/components/schemas/<name>}, failing clearly when absent. */
  JsonNode schema(String name) {
    JsonNode node = schemas().get(name);
    if (node == null) {
      throw new IllegalArgumentException("no schema #/components/schemas/" + name);
    }
    return node;
  }

  /**
   * The errors of {@code json} against {@code #/components/schemas/<name>}, each as {@code
   * "<instance location>: <message>"}; empty when valid.
   */
  List<String> validate(String name, String json) {
    schema(name);
    Schema schema =
        cache.computeIfAbsent(
            name, n -> registry.getSchema(SchemaLocation.of(BASE + "#/components/schemas/" + n)));
    List<String> messages = new ArrayList<>();
    for (Error error : schema.validate(json, InputFormat.JSON)) {
      messages.add(error.getInstanceLocation() + ": " + error.getMessage());
    }
    return messages;
  }

  /** As {@link #validate(String, String)}, for a tree. */
  List<String> validate(String name, JsonNode document) {
    return validate(name, JSON.writeValueAsString(document));
  }

  /**
   * The top-level property names of the object schema {@code name}, through {@code allOf} and
   * {@code $ref} to other component schemas.
   */
  Set<String> propertyNames(String name) {
    Set<String> names = new LinkedHashSet<>();
    collect(schema(name), "properties", names);
    return names;
  }

  /** The required top-level properties of {@code name}, through {@code allOf} and {@code $ref}. */
  Set<String> requiredProperties(String name) {
    Set<String> names = new LinkedHashSet<>();
    collect(schema(name), "required", names);
    return names;
  }

  private void collect(JsonNode schema, String keyword, Set<String> into) {
    JsonNode ref = schema.get("$ref");
    if (ref != null) {
      collect(schema(ref.asString().substring("#/components/schemas/".length())), keyword, into);
    }
    JsonNode value = schema.get(keyword);
    if (value != null && value.isObject()) {
      into.addAll(value.propertyNames());
    } else if (value != null && value.isArray()) {
      value.forEach(item -> into.add(item.asString()));
    }
    JsonNode allOf = schema.get("allOf");
    if (allOf != null) {
      allOf.forEach(part -> collect(part, keyword, into));
    }
  }

  private JsonNode schemas() {
    JsonNode schemas = spec.path("components").path("schemas");
    if (!schemas.isObject()) {
      throw new IllegalStateException(SPEC + " has no components.schemas");
    }
    return schemas;
  }

  /** Parses JSON text into a tree. */
  static JsonNode parse(String json) {
    return JSON.readTree(json);
  }

  /** Writes a tree as JSON text. */
  static String write(JsonNode node) {
    return JSON.writeValueAsString(node);
  }
}
