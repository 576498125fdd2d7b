package com.wabotiq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.wabotiq.access.webhooks.CallbackTokenCheck;
import com.wabotiq.credentials.Credential;
import com.wabotiq.credentials.LocalKeyEncryption;
import com.wabotiq.credentials.Secret;
import com.wabotiq.spi.storage.DocumentKind;
import com.wabotiq.spi.storage.VersionedDocument;
import com.wabotiq.store.ForwardingDocuments;
import com.wabotiq.store.Stores;
import com.wabotiq.tenant.Tenant;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Drives the callback path (create, every check, rotation, a stored value that is not callback
 * keys, a store that fails with the settings' JSON in its own message) with the SDK's loggers at
 * DEBUG and standard output and error captured, and finds no callback token in any log line,
 * exception message or {@code toString}.
 */
class TenantCallbacksLeakTest {
  @Test
  void noTokenInAnyLogLineMessageOrToString() {
    Stores memory = Stores.inMemory();
    AtomicBoolean storeDown = new AtomicBoolean();
    Stores leaky = memory.withDocuments(new ForwardingDocuments(memory.documents()) {
      @Override
      public VersionedDocument put(
          String tenantId, DocumentKind kind, String json, long expectedVersion) {
        if (storeDown.get()) {
          throw new IllegalStateException("disk full writing " + json);
        }
        return super.put(tenantId, kind, json, expectedVersion);
      }
    });
    LocalKeyEncryption kek = LocalKeyEncryption.generate("k1");
    TenantSdk sdk = TenantSdk.builder().storage(leaky).keyEncryption(kek).build();
    List<String> tokens = new ArrayList<>();
    List<String> texts = new ArrayList<>();

    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    try {
      System.setOut(capture);
      System.setErr(capture);
      Tenant acme = sdk.createTenant(Fixtures.acme());
      Tenant beta = sdk.createTenant(Fixtures.named("Beta Shop"));
      TenantCallbacks callbacks = sdk.callbacks();
      tokens.add(last(callbacks.mpesaCallbackUrl(acme.id())));
      tokens.add(last(callbacks.rotateMpesa(acme.id(), Instant.now().plusSeconds(60))));
      tokens.add(last(callbacks.mpesaCallbackUrl(beta.id())));
      for (String token : tokens) {
        for (Tenant tenant : List.of(acme, beta)) {
          CallbackTokenCheck check = callbacks.verifyMpesa(tenant.id(), token);
          texts.add(check.toString());
        }
      }
      texts.add(callbacks.toString());
      texts.add(sdk.settings(acme.id()).toString());
      texts.add(sdk.tenant(acme.id()).orElseThrow().toString());

      storeDown.set(true);
      Throwable down = catchThrowable(() -> callbacks.rotateMpesa(acme.id(), Instant.now()));
      assertThat(down).isNotNull();
      texts.add(describe(down));
      storeDown.set(false);

      sdk.credentials().put(beta.id(), Credential.WEBHOOK_SECRET,
          Secret.of("cbk1 " + tokens.get(2) + " x"));
      Throwable malformed = catchThrowable(
          () -> callbacks.verifyMpesa(beta.id(), tokens.get(2)));
      assertThat(malformed).isNotNull();
      texts.add(describe(malformed));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    texts.add(captured.toString(StandardCharsets.UTF_8));

    assertThat(tokens).hasSize(3).allMatch(t -> t.matches("[0-9A-Za-z]{32}"));
    for (String text : texts) {
      for (String token : tokens) {
        assertThat(text).doesNotContain(token).doesNotContain(token.substring(0, 12));
      }
    }
  }

  private static String last(String url) {
    return url.substring(url.lastIndexOf('/') + 1);
  }

  /** A throwable, its causes and suppressed ones, as text. */
  private static String describe(Throwable thrown) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      text.append(t).append('\n');
      for (Throwable s : t.getSuppressed()) {
        text.append(s).append('\n');
      }
    }
    return text.toString();
  }
}
