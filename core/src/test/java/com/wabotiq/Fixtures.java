package com.wabotiq;

import java.time.Instant;
import java.time.ZoneId;

/** Shared values of the facade tests. */
final class Fixtures {
  static final Instant T0 = Instant.parse("2025-11-01T08:00:00Z");
  static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");

  private Fixtures() {}

  static NewTenant acme() {
    return NewTenant.builder("Acme Electronics", NAIROBI).whatsappNumber("+254712345678").build();
  }

  static NewTenant named(String name) {
    return NewTenant.builder(name, NAIROBI).build();
  }
}
