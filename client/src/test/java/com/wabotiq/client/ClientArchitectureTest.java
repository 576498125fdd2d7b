package com.wabotiq.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.wabotiq.spi.WabotiqException;
import java.util.Set;

/**
 * The client's place in the SDK, proved on its compiled main classes: it uses core's model, its
 * JSON, the API key format, the credential names and the exception root, and nothing else of core
 * (no storage, metering, limits, validation, facade or internals); every failure it throws extends
 * {@link WabotiqException}; only its API is public. docs/architecture.md explains the rules.
 */
@AnalyzeClasses(packages = "com.wabotiq.client", importOptions = ImportOption.DoNotIncludeTests.class)
class ClientArchitectureTest {
  private static final Set<String> SHARED =
      Set.of(
          "com.wabotiq.spi.WabotiqException",
          "com.wabotiq.credentials.Credential",
          "com.wabotiq.credentials.Secret",
          "com.wabotiq.access.webhooks.WebhookEndpoint");

  /** What the client may use: the JDK, its libraries, and core's model, JSON and a few names. */
  @ArchTest
  static final ArchRule clientUsesOnlyTheModelJsonAndItsLibraries =
      classes()
          .that()
          .resideInAPackage("com.wabotiq.client..")
          .should()
          .onlyDependOnClassesThat(
              JavaClass.Predicates.resideInAnyPackage(
                      "java..",
                      "okhttp3..",
                      "okio..",
                      "kotlin..",
                      "com.squareup.moshi..",
                      "com.github.benmanes.caffeine..",
                      "org.slf4j..",
                      "org.jspecify..",
                      "com.wabotiq.client..",
                      "com.wabotiq.tenant..",
                      "com.wabotiq.billing..",
                      "com.wabotiq.business..",
                      "com.wabotiq.analytics..",
                      "com.wabotiq.types..",
                      "com.wabotiq.json..",
                      "com.wabotiq.access.keys..")
                  .or(
                      DescribedPredicate.describe(
                          "one of the few named types it shares with core",
                          (JavaClass c) -> SHARED.contains(c.getName()))))
          .because("the client depends on core's model and JSON only, never on its machinery");

  @ArchTest
  static final ArchRule clientNeverReachesCoreMachinery =
      noClasses()
          .that()
          .resideInAPackage("com.wabotiq.client..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.wabotiq..internal..",
              "com.wabotiq.store..",
              "com.wabotiq.spi.storage..",
              "com.wabotiq.spi.crypto..",
              "com.wabotiq.metering..",
              "com.wabotiq.limits..",
              "com.wabotiq.validation..")
          .orShould()
          .dependOnClassesThat()
          .resideInAPackage("com.wabotiq");

  @ArchTest
  static final ArchRule everyFailureExtendsTheRoot =
      classes()
          .that()
          .resideInAPackage("com.wabotiq.client..")
          .and()
          .areAssignableTo(Throwable.class)
          .should()
          .beAssignableTo(WabotiqException.class)
          .orShould()
          .beAssignableTo(Wire.MalformedBody.class);

  @ArchTest
  static final ArchRule machineryStaysPackagePrivate =
      classes()
          .that()
          .haveSimpleName("Transport")
          .or()
          .haveSimpleName("Wire")
          .or()
          .haveSimpleName("Decoders")
          .or()
          .haveSimpleName("Resource")
          .should()
          .notBePublic();
}
