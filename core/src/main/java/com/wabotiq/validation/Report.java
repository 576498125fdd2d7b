package com.wabotiq.validation;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects violations under a path prefix. A child report shares its parent's violations and adds a
 * segment to the prefix, so a rule written for an API key reports {@code expires_at} on its own and
 * {@code api_keys[1].expires_at} inside a tenant. Not thread-safe: one per validation.
 */
final class Report {
  private final List<Violation> violations;
  private final String prefix;

  /** A new, empty report at the document's root. */
  Report() {
    this(new ArrayList<>(), "");
  }

  private Report(List<Violation> violations, String prefix) {
    this.violations = violations;
    this.prefix = prefix;
  }

  /**
   * A report for a nested object, e.g. {@code at("business_hours")}, {@code at("[2]")}.
   *
   * @param segment a property name or an index in brackets
   * @return the child report, sharing this report's violations
   */
  Report at(String segment) {
    return new Report(violations, join(prefix, segment));
  }

  /**
   * A report for the element {@code index} of the list {@code list}.
   *
   * @param list the list's snake_case name
   * @param index the element's index
   * @return the child report
   */
  Report at(String list, int index) {
    return at(list).at("[" + index + "]");
  }

  /**
   * Reports a broken rule of a field below this report's prefix.
   *
   * @param field the field's snake_case name, or an index in brackets
   * @param rule the rule code
   * @param message the message naming the bound; must not contain a secret (a URL in it is
   *     scrubbed as a rejected value is)
   * @param rejected the rejected value, rendered and masked here; null when absent
   */
  void add(String field, String rule, String message, @Nullable Object rejected) {
    String path = join(prefix, field);
    violations.add(new Violation(path, rule, Values.scrub(message), Values.render(path, rejected)));
  }

  /**
   * Adds a violation whose path is already complete (from Hibernate Validator).
   *
   * @param violation the violation
   */
  void addViolation(Violation violation) {
    violations.add(violation);
  }

  /**
   * The violations so far, deduplicated and sorted by path (indices as numbers), rule, message and
   * rejected value.
   *
   * @return a new sorted list
   */
  List<Violation> sorted() {
    return violations.stream().distinct().sorted(Paths.ORDER).toList();
  }

  private static String join(String prefix, String segment) {
    if (prefix.isEmpty()) {
      return segment;
    }
    return segment.startsWith("[") ? prefix + segment : prefix + "." + segment;
  }
}
