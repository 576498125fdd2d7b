package com.wabotiq.validation;

import com.wabotiq.types.FlatGroup;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Snake_case JSON paths: conversion from Hibernate Validator property paths, and ordering. */
final class Paths {
  /** Orders violations by path (indices as numbers), then rule, message and rejected value. */
  static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::path, Paths::comparePaths)
          .thenComparing(Violation::rule)
          .thenComparing(Violation::message)
          .thenComparing(f -> Objects.toString(f.rejectedValue(), ""));

  private Paths() {}

  /**
   * The snake_case form of a camelCase name: {@code _} before each upper-case letter, which is
   * lowered ({@code ragTopKResults} gives {@code rag_top_k_results}).
   *
   * @param camel a Java component name
   * @return its JSON name
   */
  static String snake(String camel) {
    StringBuilder sb = new StringBuilder(camel.length() + 8);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        sb.append('_').append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * The snake_case JSON path of a property path: property names in snake_case, a flattened group's
   * name left out, an index in brackets after its list ({@code settings.llm.llmTemperature} gives
   * {@code llm_temperature}, {@code apiKeys[0].keyHash} gives {@code api_keys[0].key_hash}, {@code
   * allowedOrigins[1].<list element>} gives {@code allowed_origins[1]}).
   *
   * @param path the property path, from the validated root
   * @return the JSON path
   */
  static String jsonPath(Path path) {
    StringBuilder sb = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
        sb.append('[').append(position).append(']');
      }
      if (node.getKind() == ElementKind.PROPERTY && !isFlatGroup(node)) {
        sb.append(sb.length() == 0 ? "" : ".").append(snake(node.getName()));
      }
    }
    return sb.toString();
  }

  private static boolean isFlatGroup(Path.Node node) {
    return node.as(org.hibernate.validator.path.PropertyNode.class).getValue() instanceof FlatGroup;
  }

  /** Compares two JSON paths segment by segment, indices numerically. */
  static int comparePaths(String a, String b) {
    List<String> x = tokens(a);
    List<String> y = tokens(b);
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      String s = x.get(i);
      String t = y.get(i);
      int c =
          isIndex(s) && isIndex(t)
              ? Long.compare(Long.parseLong(s), Long.parseLong(t))
              : s.compareTo(t);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.size(), y.size());
  }

  private static List<String> tokens(String path) {
    List<String> tokens = new ArrayList<>();
    for (String part : path.split("[.\\[\\]]", -1)) {
      if (!part.isEmpty()) {
        tokens.add(part);
      }
    }
    return tokens;
  }

  private static boolean isIndex(String token) {
    if (token.isEmpty() || token.length() > 18) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
