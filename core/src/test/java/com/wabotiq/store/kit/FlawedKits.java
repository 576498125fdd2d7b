package com.wabotiq.store.kit;

import com.wabotiq.spi.kit.DocumentsContract;
import com.wabotiq.spi.kit.KeyActivityContract;
import com.wabotiq.spi.kit.TenantRecordsContract;
import com.wabotiq.spi.kit.UsageCountersContract;
import com.wabotiq.spi.kit.WrappedKeysContract;
import com.wabotiq.spi.storage.Documents;
import com.wabotiq.spi.storage.KeyActivity;
import com.wabotiq.spi.storage.TenantRecords;
import com.wabotiq.spi.storage.UsageCounters;
import com.wabotiq.spi.storage.WrappedKeys;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * The kit's contracts bound to the flawed adapters. These classes are not run by the build's
 * test plugin (their names do not end in {@code Test}, and they are nested);
 * {@link BrokenAdaptersTest} runs them through the JUnit Platform Launcher, naming the flaw in
 * the configuration parameter {@value #FLAW}.
 */
final class FlawedKits {
  /** The launcher configuration parameter that names the flaw to inject. */
  static final String FLAW = "wabotiq.kit.flaw";

  private FlawedKits() {}

  /** A kit subclass that takes the name of its adapter's flaw. */
  interface Flawed {
    void flaw(String name);
  }

  /** Hands each test instance the flaw named in the launcher's configuration. */
  static final class FlawParameter implements TestInstancePostProcessor {
    @Override
    public void postProcessTestInstance(Object instance, ExtensionContext context) {
      String name = context.getConfigurationParameter(FLAW)
          .orElseThrow(() -> new IllegalStateException(FLAW + " is not set"));
      ((Flawed) instance).flaw(name);
    }
  }

  @ExtendWith(FlawParameter.class)
  static class Records extends TenantRecordsContract implements Flawed {
    private FlawedTenantRecords.Flaw flaw = FlawedTenantRecords.Flaw.NONE;

    @Override
    public void flaw(String name) {
      flaw = FlawedTenantRecords.Flaw.valueOf(name);
    }

    @Override
    protected TenantRecords newStore() {
      return new FlawedTenantRecords(flaw);
    }
  }

  @ExtendWith(FlawParameter.class)
  static class Docs extends DocumentsContract implements Flawed {
    private FlawedDocuments.Flaw flaw = FlawedDocuments.Flaw.NONE;

    @Override
    public void flaw(String name) {
      flaw = FlawedDocuments.Flaw.valueOf(name);
    }

    @Override
    protected Documents newStore() {
      return new FlawedDocuments(flaw);
    }
  }

  @ExtendWith(FlawParameter.class)
  static class Counters extends UsageCountersContract implements Flawed {
    private FlawedUsageCounters.Flaw flaw = FlawedUsageCounters.Flaw.NONE;

    @Override
    public void flaw(String name) {
      flaw = FlawedUsageCounters.Flaw.valueOf(name);
    }

    @Override
    protected UsageCounters newStore() {
      return new FlawedUsageCounters(flaw);
    }
  }

  @ExtendWith(FlawParameter.class)
  static class Keys extends WrappedKeysContract implements Flawed {
    private FlawedWrappedKeys.Flaw flaw = FlawedWrappedKeys.Flaw.NONE;

    @Override
    public void flaw(String name) {
      flaw = FlawedWrappedKeys.Flaw.valueOf(name);
    }

    @Override
    protected WrappedKeys newStore() {
      return new FlawedWrappedKeys(flaw);
    }
  }

  @ExtendWith(FlawParameter.class)
  static class Activity extends KeyActivityContract implements Flawed {
    private FlawedKeyActivity.Flaw flaw = FlawedKeyActivity.Flaw.NONE;

    @Override
    public void flaw(String name) {
      flaw = FlawedKeyActivity.Flaw.valueOf(name);
    }

    @Override
    protected KeyActivity newStore() {
      return new FlawedKeyActivity(flaw);
    }
  }
}
