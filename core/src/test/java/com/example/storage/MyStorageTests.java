// The conformance kit template of docs/adapters.md, exactly as the page shows it (six classes in
// one file only because the page shows them as one block); AdaptersDocSnippetsTest checks that
// the page and this file agree, and the build runs the six classes on MyStorage.
// [snippet:kit]
package com.example.storage;

import com.wabotiq.spi.kit.DocumentsContract;
import com.wabotiq.spi.kit.KeyActivityContract;
import com.wabotiq.spi.kit.StorageProviderContract;
import com.wabotiq.spi.kit.TenantRecordsContract;
import com.wabotiq.spi.kit.UsageCountersContract;
import com.wabotiq.spi.kit.WrappedKeysContract;
import com.wabotiq.spi.storage.Documents;
import com.wabotiq.spi.storage.KeyActivity;
import com.wabotiq.spi.storage.StorageProvider;
import com.wabotiq.spi.storage.TenantRecords;
import com.wabotiq.spi.storage.UsageCounters;
import com.wabotiq.spi.storage.WrappedKeys;

class MyTenantRecordsTest extends TenantRecordsContract {
  @Override
  protected TenantRecords newStore() {
    return MyStorage.fresh().tenants();
  }
}

class MyDocumentsTest extends DocumentsContract {
  @Override
  protected Documents newStore() {
    return MyStorage.fresh().documents();
  }
}

class MyUsageCountersTest extends UsageCountersContract {
  @Override
  protected UsageCounters newStore() {
    return MyStorage.fresh().counters();
  }
}

class MyWrappedKeysTest extends WrappedKeysContract {
  @Override
  protected WrappedKeys newStore() {
    return MyStorage.fresh().wrappedKeys();
  }
}

class MyKeyActivityTest extends KeyActivityContract {
  @Override
  protected KeyActivity newStore() {
    return MyStorage.fresh().keyActivity();
  }
}

class MyStorageProviderTest extends StorageProviderContract {
  @Override
  protected StorageProvider newProvider() {
    return MyStorage.fresh();
  }
}
// [end]
