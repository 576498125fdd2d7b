package com.wabotiq.access.keys;

import java.security.SecureRandom;

/** A "secure" random that hands out fixed bytes, cycling: makes key generation reproducible. */
final class FixedRandom extends SecureRandom {
  private static final long serialVersionUID = 1L;
  private final byte[] bytes;
  private int next;

  FixedRandom(byte[] bytes) {
    this.bytes = bytes.clone();
  }

  @Override
  public void nextBytes(byte[] out) {
    for (int i = 0; i < out.length; i++) {
      out[i] = bytes[next++ % bytes.length];
    }
  }
}
