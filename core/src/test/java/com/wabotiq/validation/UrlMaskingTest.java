package com.wabotiq.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.wabotiq.tenant.CorsConfiguration;
import com.wabotiq.tenant.TenantSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A rejected URL never shows its user info or its parameter values: not in the violation's
 * message, rejected value or {@code toString}, nor in the exception's message. Every URL field of
 * the model is tried with each hostile URL, and so is every other text field (any of them may be
 * handed a URL by mistake).
 */
class UrlMaskingTest {
  /** Every secret below contains this word; the masked output must not. */
  private static final String SECRET = "SECRET";

  /** URLs that break their rule and carry secrets in user info, query or fragment. */
  private static final List<String> HOSTILE =
      List.of(
          "http://shop.example.com/wc-api?consumer_key=ck_live_SECRET1&consumer_secret=cs_live_SECRET2",
          "https://admin:pw_SECRET3@shop.example.com/",
          "https://tok_SECRET4@hooks.example.com/in",
          "http://admin:pw_SECRET5@hooks.example.com/cb?sig=SECRET6;k=SECRET7#access_token=SECRET8",
          "admin:pw_SECRET9@hooks.example.com/cb",
          "https:/admin:pw_SECRET10@hooks.example.com",
          "https://hooks.example.com/cb?token=a b SECRET11&x=SECRET12",
          "https://u:p_SECRET13@h@evil.example.com/");

  /** The model's URL fields, each with the rule that rejects the hostile URLs. */
  private static final List<String> URL_FIELDS =
      List.of(
          "inbound_webhook_url",
          "status_webhook_url",
          "mpesa_callback_url",
          "paystack_webhook_url",
          "woo_store_url",
          "business_website",
          "brand_logo_url");

  static Stream<Arguments> textFields() {
    List<Arguments> cases = new ArrayList<>();
    List<Record> roots =
        List.of(
            Fixtures.validSettings(),
            Fixtures.validTenant(),
            Fixtures.validAgentConfiguration(),
            Fixtures.validSubscription());
    for (Record root : roots) {
      for (Leaves.Leaf leaf : Leaves.of(root, String.class)) {
        for (String url : HOSTILE) {
          cases.add(
              Arguments.of(
                  root.getClass().getSimpleName() + "." + leaf.path() + " = " + url, leaf, url));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("textFields")
  void validate_hostileUrlInAnyTextField_neverShowsItsSecrets(
      String name, Leaves.Leaf leaf, String url) {
    Optional<Object> document = leaf.replace().apply(url);
    if (document.isEmpty()) {
      return; // the model itself refuses the text (e.g. a malformed id); nothing is validated
    }

    ValidationResult result = ModelValidator.create().validate(document.get());

    if (URL_FIELDS.contains(leaf.path())) {
      assertThat(result.violations())
          .extracting(Violation::path, Violation::rule)
          .contains(org.assertj.core.groups.Tuple.tuple(leaf.path(), "https_url"));
    }
    assertNothingShown(document.get(), result);
  }

  static Stream<Arguments> origins() {
    List<Arguments> cases = new ArrayList<>();
    for (String url : HOSTILE) {
      cases.add(Arguments.of("tenant allowed_origins[1] = " + url, url, true));
      cases.add(Arguments.of("cors allowed_origins[1] = " + url, url, false));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("origins")
  void validate_hostileUrlAsOrigin_neverShowsItsSecrets(String name, String url, boolean tenant) {
    List<String> origins = List.of("https://app.acme.com", url);
    Object document =
        tenant
            ? Fixtures.validTenant().toBuilder().allowedOrigins(origins).build()
            : new CorsConfiguration(
                origins,
                Fixtures.referenceCors().allowedMethods(),
                Fixtures.referenceCors().allowedHeaders(),
                Fixtures.referenceCors().maxAge());

    ValidationResult result = ModelValidator.create().validate(document);

    assertThat(result.violations())
        .extracting(Violation::path, Violation::rule)
        .contains(org.assertj.core.groups.Tuple.tuple("allowed_origins[1]", "https_origin"));
    assertNothingShown(document, result);
  }

  @Test
  void validate_storeUrlWithQuerySecret_keepsParameterNamesAndHost() {
    TenantSettings settings =
        Fixtures.validSettings().toBuilder()
            .wooCommerce(
                Fixtures.validSettings().wooCommerce().toBuilder()
                    .wooStoreUrl(HOSTILE.get(0))
                    .build())
            .build();

    Violation v = ModelValidator.create().validate(settings).violations().get(0);

    assertThat(v.toString())
        .isEqualTo(
            "woo_store_url: must be an https URL with a host, such as https://example.com/path"
                + " [https_url] (rejected: http://shop.example.com/wc-api?consumer_key=****"
                + "&consumer_secret=****)");
  }

  private static void assertNothingShown(Object document, ValidationResult result) {
    for (Violation v : result.violations()) {
      assertThat(v.message()).as(v.path() + " message").doesNotContain(SECRET, "admin");
      assertThat(String.valueOf(v.rejectedValue()))
          .as(v.path() + " rejected value")
          .doesNotContain(SECRET, "admin");
      assertThat(v.toString()).as(v.path()).doesNotContain(SECRET, "admin");
    }
    assertThat(result.toString()).doesNotContain(SECRET);
    if (!result.isValid()) {
      ValidationException e =
          catchThrowableOfType(
              ValidationException.class, () -> ModelValidator.create().requireValid(document));
      assertThat(e.getMessage()).doesNotContain(SECRET).doesNotContain("admin");
      assertThat(e.toString()).doesNotContain(SECRET);
    }
  }
}
