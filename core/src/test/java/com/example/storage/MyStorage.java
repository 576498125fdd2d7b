package com.example.storage;

import com.wabotiq.spi.storage.StorageProvider;
import com.wabotiq.store.InMemoryStorage;

/**
 * Stands for an adopter's adapter in the conformance kit template of {@code docs/adapters.md}
 * ({@code MyStorageTests.java}, beside this file): here the SDK's in-memory storage, fresh and
 * empty on each call, so the template compiles and its six classes run the whole kit.
 */
final class MyStorage {
  private MyStorage() {}

  /** A fresh, empty store. */
  static StorageProvider fresh() {
    return InMemoryStorage.create();
  }
}
