package com.wabotiq.examples.multiinstance;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs the multi-instance demo against a real PostgreSQL (embedded), each instance on its own
 * connections, and checks what it prints and what it claims: the two instances together admit the
 * tenant's limit exactly, both take part, and the rest is refused.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class TwoInstancesDemoTest {
  @Test
  void twoInstancesTogetherAdmitTheLimitExactly() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      ByteArrayOutputStream printed = new ByteArrayOutputStream();
      TwoInstancesDemo.Outcome outcome;
      try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
        outcome = TwoInstancesDemo.run(
            postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", out);
      }

      assertThat(outcome.admitted()).isEqualTo(outcome.limit()).isEqualTo(1_000);
      assertThat(outcome.admittedByA()).isPositive();
      assertThat(outcome.admittedByB()).isPositive();
      assertThat(outcome.refused())
          .isEqualTo(2L * 4 * TwoInstancesDemo.ATTEMPTS_PER_THREAD - 1_000);
      String text = printed.toString(StandardCharsets.UTF_8);
      System.out.print(text);
      assertThat(text.lines()).hasSize(3);
      assertThat(text).contains("1. instance A created Two Instances Ltd (Starter: 1000")
          .contains("3. instance A admitted " + outcome.admittedByA() + ", instance B admitted "
              + outcome.admittedByB() + ": 1000 in all, the limit exactly; "
              + outcome.refused() + " refused");
    }
  }
}
