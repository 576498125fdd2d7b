package com.wabotiq.validation;

import org.jspecify.annotations.Nullable;

/** Ordering rules between two values of one document (timestamps, dates, clock times). */
final class Order {
  /** The rule code of every ordering between two fields. */
  static final String TIME_ORDER = "time_order";

  private Order() {}

  /**
   * Reports {@code field} unless it is strictly after {@code other}; nothing when either is absent.
   */
  static <T extends Comparable<? super T>> void after(
      Report r, String field, @Nullable T value, String otherField, @Nullable T other) {
    if (value != null && other != null && value.compareTo(other) <= 0) {
      r.add(field, TIME_ORDER, "must be after " + otherField + " (" + other + ")", value);
    }
  }

  /** Reports {@code field} if it is before {@code other}; nothing when either is absent. */
  static <T extends Comparable<? super T>> void notBefore(
      Report r, String field, @Nullable T value, String otherField, @Nullable T other) {
    if (value != null && other != null && value.compareTo(other) < 0) {
      r.add(field, TIME_ORDER, "must not be before " + otherField + " (" + other + ")", value);
    }
  }

  /** Reports {@code field} if it is after {@code other}; nothing when either is absent. */
  static <T extends Comparable<? super T>> void notAfter(
      Report r, String field, @Nullable T value, String otherField, @Nullable T other) {
    if (value != null && other != null && value.compareTo(other) > 0) {
      r.add(field, TIME_ORDER, "must not be after " + otherField + " (" + other + ")", value);
    }
  }
}
