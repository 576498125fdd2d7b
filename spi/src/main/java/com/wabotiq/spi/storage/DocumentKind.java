package com.wabotiq.spi.storage;

/**
 * The kinds of versioned document a tenant has, one of each at most.
 *
 * @since 0.1.0
 */
public enum DocumentKind {
  /** The tenant's settings. */
  SETTINGS,
  /** The tenant's AI agent configuration. */
  AGENT_CONFIGURATION
}
