package com.wabotiq.json;

import com.wabotiq.billing.TierLimits;
import java.util.Set;

/**
 * The group records whose components are always written, null included, and required on reading:
 * where absence must not silently mean something (a tier limit's null means unlimited).
 */
final class ExplicitNulls {
  private ExplicitNulls() {}

  static final Set<Class<?>> GROUPS = Set.of(TierLimits.class);
}
