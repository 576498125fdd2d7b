package com.wabotiq.server.architecture;

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
 * The local server's place in the SDK, proved on its compiled main classes: it serves the API over
 * core's public API only (never core's internals, never the client, which is the other side of
 * the wire); only its five API types are public, the pipeline and the operations stay
 * package-private; every failure it throws extends the SDK's root.
 */
@AnalyzeClasses(packages = "com.wabotiq.server", importOptions = ImportOption.DoNotIncludeTests.class)
class ServerArchitectureTest {
  private static final Set<String> PUBLIC_API = Set.of(
      "com.wabotiq.server.LocalApiServer",
      "com.wabotiq.server.LocalApiServer$Builder",
      "com.wabotiq.server.SeededTenant",
      "com.wabotiq.server.LocalServerMain",
      "com.wabotiq.server.LocalServerException");

  @ArchTest
  static final ArchRule serverUsesCoreThroughItsApiOnly =
      noClasses()
          .that()
          .resideInAPackage("com.wabotiq.server..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.wabotiq..internal..", "com.wabotiq.client..")
          .because("the server is core's API on the wire; the client is the other end of it");

  @ArchTest
  static final ArchRule onlyTheApiIsPublic =
      classes()
          .that()
          .resideInAPackage("com.wabotiq.server..")
          .and(DescribedPredicate.describe("not part of the server's API",
              (JavaClass c) -> !PUBLIC_API.contains(c.getName())))
          .should()
          .notBePublic()
          .because("the pipeline, the operations and their helpers are implementation");

  @ArchTest
  static final ArchRule theApiTypesArePublic =
      classes()
          .that(DescribedPredicate.describe("one of the server's API types",
              (JavaClass c) -> PUBLIC_API.contains(c.getName())))
          .should()
          .bePublic();

  @ArchTest
  static final ArchRule everyFailureExtendsTheRoot =
      classes()
          .that()
          .resideInAPackage("com.wabotiq.server..")
          .and()
          .areAssignableTo(RuntimeException.class)
          .should()
          .beAssignableTo(WabotiqException.class);
}
