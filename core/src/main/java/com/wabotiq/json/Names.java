package com.wabotiq.json;

/** The naming rule of the model: a component's JSON name is its snake_case form. */
final class Names {
  private Names() {}

  /**
   * Inserts {@code _} before each upper-case letter and lower-cases it: {@code ragTopKResults}
   * gives {@code rag_top_k_results}.
   */
  static String snakeCase(String camel) {
    StringBuilder out = new StringBuilder(camel.length() + 8);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        out.append('_').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
