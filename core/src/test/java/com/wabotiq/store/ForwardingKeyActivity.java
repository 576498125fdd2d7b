package com.wabotiq.store;

import com.wabotiq.spi.storage.KeyActivity;
import com.wabotiq.spi.storage.KeyUse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Key activity that forwards every call; tests override the calls they make hostile. */
public class ForwardingKeyActivity implements KeyActivity {
  /** The store calls go to. */
  protected final KeyActivity delegate;

  /** Forwards to {@code delegate}. */
  public ForwardingKeyActivity(KeyActivity delegate) {
    this.delegate = delegate;
  }

  @Override
  public Set<String> record(List<KeyUse> uses, Duration minInterval) {
    return delegate.record(uses, minInterval);
  }

  @Override
  public Map<String, Instant> lastUses(String tenantId) {
    return delegate.lastUses(tenantId);
  }

  @Override
  public int forget(String tenantId, Set<String> keyHashes) {
    return delegate.forget(tenantId, keyHashes);
  }
}
