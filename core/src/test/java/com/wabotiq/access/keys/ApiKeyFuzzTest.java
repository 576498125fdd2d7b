package com.wabotiq.access.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.wabotiq.NewTenant;
import com.wabotiq.TenantSdk;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.tenant.ApiScope;
import com.wabotiq.tenant.Tenant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * Fuzzes everything that reads a presented key or a stored hash: {@link ApiKeyFormat#check}, {@link
 * ApiKeyDigest#parse} and the facade's {@code authenticate} on real in-memory storage that holds
 * one key. Only typed outcomes: a check, an {@code IllegalArgumentException} from {@code parse}
 * naming the rule, a refusal with a 401 or 403; never another exception, never a valid answer for
 * anything but the key issued.
 *
 * <p>Under {@code mvn test} this runs in regression mode over the committed inputs in {@code
 * src/test/resources/com/wabotiq/access/keys/ApiKeyFuzzTestInputs/authenticate/} plus the empty
 * input. To fuzz for real, from the repository root:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 mvn -pl core -am test -Dtest='ApiKeyFuzzTest' -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 */
class ApiKeyFuzzTest {
  private static final TenantSdk SDK = TenantSdk.inMemory();
  private static final String ISSUED = issue();

  private static String issue() {
    Tenant tenant =
        SDK.createTenant(
            NewTenant.builder("Fuzz", ZoneId.of("UTC"))
                .subscriptionTierId(Objects.requireNonNull(SubscriptionTier.GROWTH.id()))
                .build());
    return SDK.apiKeys().issue(tenant.id(), "fuzz", Set.of(ApiScope.READ), null).secret().reveal();
  }

  @FuzzTest(maxDuration = "60s")
  void authenticate(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();

    ApiKeyFormat.Check check = ApiKeyFormat.check(text);
    ApiKeyVerification answer = SDK.apiKeys().authenticate(text, ApiScope.READ, null);

    assertThat(check).isNotNull();
    if (text.equals(ISSUED)) {
      assertThat(answer.isValid()).isTrue();
    } else {
      assertThat(answer.isValid()).isFalse();
      assertThat(answer.httpStatus()).isIn(401, 403);
      assertThat(answer.clientMessage()).isEqualTo("invalid API key");
    }
    if (ApiKeyDigest.isHex(text)) {
      assertThat(ApiKeyDigest.parse(text).hex()).isEqualTo(text);
    } else {
      assertThatThrownBy(() -> ApiKeyDigest.parse(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageEndingWith("must be 64 lowercase hex digits");
    }
  }
}
