package com.wabotiq;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.wabotiq.spi.WabotiqException;
import java.util.Map;
import java.util.Set;

/**
 * The architecture of the SDK, proved on the compiled main classes of {@code wabotiq-spi} and
 * {@code wabotiq-core}: no package cycle, the ground floor depends on the JDK only, the model reaches no storage, JSON,
 * validation, credentials, metering, limits, facade or framework, {@code limits} reaches no I/O,
 * metering or clock, {@code metering} no JSON, validation, credentials, I/O or clock, the {@code
 * internal} packages are used only by their own module part (and the few public types their
 * {@code package-info} names), and every failure the SDK throws extends {@link WabotiqException}.
 * docs/architecture.md explains each rule. The client's own rules are proved in its module, on
 * its classes ({@code ClientArchitectureTest}), which core's build never sees.
 */
@AnalyzeClasses(
    packages = "com.wabotiq",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {
  /** The model: plain data and its own rules. */
  private static final String[] MODEL = {
    "com.wabotiq.tenant..",
    "com.wabotiq.billing..",
    "com.wabotiq.business..",
    "com.wabotiq.analytics..",
    "com.wabotiq.types.."
  };

  /** Input and output of every kind, and the frameworks that do it. */
  private static final String[] IO = {
    "java.io..", "java.net..", "java.nio.file..", "java.nio.channels..", "java.sql..",
    "javax.sql..", "com.squareup..", "okio..", "okhttp3..", "jakarta..", "org.hibernate..",
    "org.slf4j..", "com.github.benmanes.."
  };

  /**
   * The public types of {@code internal} packages that other packages may use, each with the
   * packages that may use it (a prefix ends with {@code ..}); see each package's {@code
   * package-info}. A type of an {@code internal} package not listed here may be used only
   * beside it: by the package that owns the {@code internal} package and its subpackages.
   */
  private static final Map<String, Set<String>> SHARED_INTERNALS =
      Map.of(
          "com.wabotiq.store.internal.GuardedStorage",
          Set.of("com.wabotiq", "com.wabotiq.credentials..", "com.wabotiq.metering.."));

  /** Every package is its own slice; no two may depend on each other, directly or not. */
  private static final SliceAssignment EACH_PACKAGE =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          String pkg = javaClass.getPackageName();
          return pkg.equals("com.wabotiq") || pkg.startsWith("com.wabotiq.")
              ? SliceIdentifier.of(pkg)
              : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
          return "each package of com.wabotiq";
        }
      };

  @ArchTest
  static final ArchRule packagesAreFreeOfCycles =
      slices().assignedFrom(EACH_PACKAGE).should().beFreeOfCycles();

  @ArchTest
  static final ArchRule spiDependsOnTheJdkOnly =
      classes()
          .that()
          .resideInAPackage("com.wabotiq.spi..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "org.jspecify.annotations..", "com.wabotiq.spi..");

  @ArchTest
  static final ArchRule modelReachesNoMachinery =
      noClasses()
          .that()
          .resideInAnyPackage(MODEL)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.wabotiq",
              "com.wabotiq.store..",
              "com.wabotiq.json..",
              "com.wabotiq.validation..",
              "com.wabotiq.credentials..",
              "com.wabotiq.metering..",
              "com.wabotiq.limits..",
              "com.wabotiq.spi.storage..",
              "com.wabotiq.spi.crypto..")
          .orShould()
          .dependOnClassesThat()
          .resideInAnyPackage(IO);

  @ArchTest
  static final ArchRule typesAreTheModelsGroundFloor =
      modelPackageAvoids("types", "tenant", "billing", "business", "analytics");

  @ArchTest
  static final ArchRule tenantStandsAlone =
      modelPackageAvoids("tenant", "billing", "business", "analytics");

  @ArchTest
  static final ArchRule billingStandsAlone =
      modelPackageAvoids("billing", "tenant", "business", "analytics");

  @ArchTest
  static final ArchRule businessStandsAlone =
      modelPackageAvoids("business", "tenant", "billing", "analytics");

  @ArchTest
  static final ArchRule analyticsReachesOnlyBilling =
      modelPackageAvoids("analytics", "tenant", "business");

  @ArchTest
  static final ArchRule limitsReachesNoIoMeteringOrClock =
      noClasses()
          .that()
          .resideInAPackage("com.wabotiq.limits..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.wabotiq",
              "com.wabotiq.metering..",
              "com.wabotiq.store..",
              "com.wabotiq.json..",
              "com.wabotiq.validation..",
              "com.wabotiq.credentials..",
              "com.wabotiq.spi.storage..",
              "com.wabotiq.spi.crypto..")
          .orShould()
          .dependOnClassesThat()
          .resideInAnyPackage(IO)
          .orShould()
          .callMethodWhere(readsTheClock())
          .orShould()
          .dependOnClassesThat()
          .belongToAnyOf(java.time.Clock.class, java.time.InstantSource.class);

  @ArchTest
  static final ArchRule meteringReachesNoJsonValidationCredentialsIoOrClock =
      noClasses()
          .that()
          .resideInAPackage("com.wabotiq.metering..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.wabotiq",
              "com.wabotiq.json..",
              "com.wabotiq.validation..",
              "com.wabotiq.credentials..",
              "java.io..",
              "java.net..",
              "java.nio.file..",
              "java.nio.channels..",
              "java.sql..",
              "javax.sql..",
              "com.squareup..",
              "jakarta..",
              "org.hibernate..")
          .orShould()
          .callMethodWhere(readsTheClock())
          .orShould()
          .dependOnClassesThat()
          .belongToAnyOf(java.time.Clock.class, java.time.InstantSource.class);

  @ArchTest
  static final ArchRule internalsAreUsedOnlyBesideThem =
      classes()
          .that()
          .resideInAPackage("com.wabotiq..")
          .should(useInternalsOnlyBesideThem())
          .because("an internal package belongs to the package above it; see its package-info");

  /** The only public types of {@code internal} packages; each {@code package-info} says why. */
  private static final Set<String> PUBLIC_INTERNALS =
      Set.of(
          "com.wabotiq.internal.Checks",
          "com.wabotiq.internal.Figures",
          "com.wabotiq.internal.CoarseTicker",
          "com.wabotiq.store.internal.GuardedStorage");

  @ArchTest
  static final ArchRule internalPackagesMakePublicOnlyTheListedTypes =
      noClasses()
          .that()
          .resideInAPackage("com.wabotiq..internal..")
          .and()
          .areTopLevelClasses()
          .and(
              DescribedPredicate.describe(
                  "are not listed as shared", c -> !PUBLIC_INTERNALS.contains(c.getName())))
          .should()
          .bePublic()
          .because("every public type is a promise; the rest stays package-private beside its API");

  @ArchTest
  static final ArchRule everyFailureExtendsTheRoot =
      classes()
          .that()
          .resideInAPackage("com.wabotiq..")
          .and()
          .areAssignableTo(Throwable.class)
          .and()
          .areNotAssignableTo(IllegalArgumentException.class)
          .and()
          .areNotAssignableTo(NullPointerException.class)
          .and()
          .areNotAssignableTo(IllegalStateException.class)
          .and()
          .areNotAssignableTo(UnsupportedOperationException.class)
          .should()
          .beAssignableTo(WabotiqException.class)
          .because("catch (WabotiqException e) must catch every failure; programming errors"
              + " stay IllegalArgumentException, NullPointerException, IllegalStateException");

  @ArchTest
  static final ArchRule storageReachesNoAccessLayerNorClock =
      noClasses()
          .that()
          .resideInAPackage("com.wabotiq.store..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.wabotiq.access..")
          .orShould()
          .callMethodWhere(readsTheClock())
          .orShould()
          .dependOnClassesThat()
          .belongToAnyOf(java.time.Clock.class, java.time.InstantSource.class)
          .because("adapters store what the layers above them decide: a key use's instant comes"
              + " from the caller, and the API-key layer builds on the storage SPI, never the"
              + " reverse");

  @ArchTest
  static final ArchRule accessKeysReachesNoIoStoreFacadeOrClock =
      pureAccessPackage("keys")
          .because("key format, values and policy are pure: times come in as arguments");

  /** {@code noClasses()} in the model package {@code pkg} may use none of {@code siblings}. */
  private static ArchRule modelPackageAvoids(String pkg, String... siblings) {
    String[] forbidden = new String[siblings.length];
    for (int i = 0; i < siblings.length; i++) {
      forbidden[i] = "com.wabotiq." + siblings[i] + "..";
    }
    return noClasses()
        .that()
        .resideInAPackage("com.wabotiq." + pkg + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(forbidden);
  }

  /**
   * Reading the time: a static {@code now()} of {@code java.time}, {@code System.currentTimeMillis}
   * or {@code System.nanoTime}, or any method of {@code Clock} or {@code InstantSource}.
   */
  static DescribedPredicate<JavaMethodCall> readsTheClock() {
    return DescribedPredicate.describe(
        "a method that reads the clock",
        call -> {
          String owner = call.getTarget().getOwner().getName();
          return readsTheSystemClock().test(call)
              || owner.equals("java.time.Clock")
              || owner.equals("java.time.InstantSource");
        });
  }

  /** The system clock itself: any {@code now()} of {@code java.time}, or {@code System}'s. */
  static DescribedPredicate<JavaMethodCall> readsTheSystemClock() {
    return DescribedPredicate.describe(
        "a method that reads the system clock",
        call -> {
          AccessTarget.MethodCallTarget target = call.getTarget();
          String owner = target.getOwner().getName();
          String name = target.getName();
          return (name.equals("now") && owner.startsWith("java.time."))
              || (owner.equals("java.lang.System")
                  && (name.equals("currentTimeMillis") || name.equals("nanoTime")));
        });
  }

  /** A dependency on a type of an {@code internal} package comes from beside it, or is shared. */
  static ArchCondition<JavaClass> useInternalsOnlyBesideThem() {
    return new ArchCondition<>("use internal packages only beside them") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass().getBaseComponentType();
          String targetPackage = target.getPackageName();
          int internal = internalSegment(targetPackage);
          if (internal < 0) {
            continue;
          }
          String owner = targetPackage.substring(0, internal);
          String from = origin.getPackageName();
          boolean beside = from.equals(owner) || from.startsWith(owner + ".");
          boolean shared =
              SHARED_INTERNALS.getOrDefault(target.getName(), Set.of()).stream()
                  .anyMatch(allowed -> inPackage(from, allowed));
          if (!beside && !shared) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  /** The index of {@code ".internal"} as a whole segment of {@code pkg}, or -1. */
  private static int internalSegment(String pkg) {
    int at = pkg.indexOf(".internal");
    while (at >= 0) {
      int end = at + ".internal".length();
      if (end == pkg.length() || pkg.charAt(end) == '.') {
        return at;
      }
      at = pkg.indexOf(".internal", end);
    }
    return -1;
  }

  /** Whether {@code pkg} is {@code pattern}, or under it when {@code pattern} ends with {@code ..}. */
  private static boolean inPackage(String pkg, String pattern) {
    if (pattern.endsWith("..")) {
      String base = pattern.substring(0, pattern.length() - 2);
      return pkg.equals(base) || pkg.startsWith(base + ".");
    }
    return pkg.equals(pattern);
  }

  /** Leaves out test jars on the class path (the SPI's conformance kit is test code). */
  static final class NoTestJars implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("-tests.jar") && !location.contains("/test-classes/");
    }
  }

  /** Webhook verification, URLs and callback tokens: no I/O, no tenant reads, no clock. */
  @ArchTest
  static final ArchRule webhookVerificationDoesNoIoAndReadsNoTenant =
      noClasses()
          .that()
          .resideInAPackage("com.wabotiq.access.webhooks..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.wabotiq",
              "com.wabotiq.store..",
              "com.wabotiq.spi.storage..",
              "com.wabotiq.metering..",
              "com.wabotiq.validation..",
              "java.net.http..",
              "java.nio.file..",
              "java.nio.channels..",
              "java.sql..",
              "javax.sql..",
              "okhttp3..")
          .orShould()
          .dependOnClassesThat()
          .belongToAnyOf(java.net.Socket.class, java.net.ServerSocket.class,
              java.net.URLConnection.class, java.io.File.class, java.io.FileInputStream.class)
          .orShould()
          .callMethodWhere(readsTheSystemClock())
          .because("verification does no I/O and reads no tenant: secrets come in from the"
              + " facade, the time from an injected Clock");

  /** CORS decisions are pure: no I/O, no clock, no storage; docs/access-cors.md. */
  @ArchTest
  static final ArchRule corsReachesNoIoStorageOrClock = pureAccessPackage("cors");

  /**
   * {@code noClasses()} in {@code com.wabotiq.access.<pkg>} may reach the facade, storage, JSON,
   * validation, credentials, metering, the SPI's stores, any I/O or any clock: pure rules.
   */
  private static ArchRule pureAccessPackage(String pkg) {
    return noClasses()
        .that()
        .resideInAPackage("com.wabotiq.access." + pkg + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.wabotiq",
            "com.wabotiq.store..",
            "com.wabotiq.json..",
            "com.wabotiq.validation..",
            "com.wabotiq.credentials..",
            "com.wabotiq.metering..",
            "com.wabotiq.spi.storage..",
            "com.wabotiq.spi.crypto..")
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage(IO)
        .orShould()
        .callMethodWhere(readsTheClock())
        .orShould()
        .dependOnClassesThat()
        .belongToAnyOf(java.time.Clock.class, java.time.InstantSource.class);
  }
}
