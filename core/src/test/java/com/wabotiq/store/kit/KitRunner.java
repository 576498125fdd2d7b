package com.wabotiq.store.kit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs one kit class against one flaw through the JUnit Platform Launcher. */
final class KitRunner {
  private KitRunner() {}

  /**
   * What one run reported.
   *
   * @param passed the test methods that passed
   * @param failed the test methods that failed, each with its failure's message
   */
  record Outcome(Set<String> passed, Map<String, String> failed) {
    Set<String> failedNames() {
      return new TreeSet<>(failed.keySet());
    }
  }

  static Outcome run(Class<?> kit, String flaw) {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(kit))
        .configurationParameter(FlawedKits.FLAW, flaw)
        .build();
    Set<String> passed = new TreeSet<>();
    Map<String, String> failed = new TreeMap<>();
    TestExecutionListener listener = new TestExecutionListener() {
      @Override
      public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (!test.isTest()) {
          if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
            failed.put("<container " + test.getDisplayName() + ">",
                String.valueOf(result.getThrowable().orElse(null)));
          }
          return;
        }
        String name = test.getSource()
            .filter(MethodSource.class::isInstance)
            .map(s -> ((MethodSource) s).getMethodName())
            .orElse(test.getDisplayName());
        if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
          passed.add(name);
        } else {
          failed.put(name, String.valueOf(result.getThrowable().orElse(null)));
        }
      }
    };
    LauncherFactory.create().execute(request, listener);
    return new Outcome(passed, failed);
  }
}
