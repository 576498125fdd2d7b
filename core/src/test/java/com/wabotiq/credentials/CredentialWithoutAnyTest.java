package com.wabotiq.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.json.JsonCodec;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.testing.ReferenceExamples;
import com.wabotiq.types.SealedSecret;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link Credential#withoutAny} against a simpler oracle, on seeded random subsets of credentials
 * set in the reference's settings example: removing each credential one by one with {@link
 * Credential#with}. The seed is in each case's name.
 */
class CredentialWithoutAnyTest {
  private static final TenantSettings REFERENCE =
      JsonCodec.lenient().fromJson(ReferenceExamples.examples().get(1), TenantSettings.class);

  @TestFactory
  Stream<DynamicTest> removesEveryCredentialAndNothingElse() {
    return LongStream.range(0, 200).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      Random random = new Random(seed);
      TenantSettings settings = REFERENCE;
      for (Credential credential : Credential.values()) {
        int choice = random.nextInt(3);
        settings = choice == 0 ? credential.with(settings, null)
            : choice == 1 ? credential.with(settings, SealedSecret.of("v1." + seed + "." + credential))
            : settings;
      }
      TenantSettings oracle = settings;
      for (Credential credential : Credential.values()) {
        oracle = credential.with(oracle, null);
      }

      TenantSettings stripped = Credential.withoutAny(settings);

      assertThat(stripped).isEqualTo(oracle);
      for (Credential credential : Credential.values()) {
        assertThat(credential.in(stripped)).as(credential.fieldName()).isEmpty();
      }
    }));
  }
}
