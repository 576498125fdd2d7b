package com.wabotiq.examples.kms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs the KMS demo and checks every line it prints: the token's hint, a sealed value in the
 * settings and one data key wrapped by the first KMS key in the storage; no KMS call on a cached
 * read; a rewrap under the new key (one Decrypt, one Encrypt) that leaves the sealed value as it
 * was; the token read again through a new facade after the old key is disabled; the KMS calls in
 * all. The token's plaintext is printed nowhere.
 */
@Timeout(value = 1, unit = TimeUnit.MINUTES)
class KmsDemoTest {

  @Test
  void run_printsTheHintTheStoredWrapsAndTheKmsCalls() {
    String out = run();

    assertThat(out).isEqualTo("""
        A tenant's credential under KmsKeyEncryption, a KMS-style key-encryption adapter

        1. Create a key in the KMS and build the SDK with KmsKeyEncryption over it
           KMS key alias/wabotiq-2026 created; the SDK wraps data keys with \
        KmsKeyEncryption[primary=alias/wabotiq-2026]
           tenant Acme Electronics (acme-electronics) created

        2. Store the tenant's Shopify access token
           stored; its hint shpat_…8c9d, its toString Secret[redacted]
           the settings (version 1) hold it sealed: wbq1.... (89 characters of ciphertext)
           the storage holds 1 wrapped data key (version 1 wrapped by alias/wabotiq-2026, 107 \
        bytes); the data key itself is stored nowhere
           KMS calls so far: 1 Encrypt, 0 Decrypt (the new data key wrapped)

        3. Read it back on the same SDK
           hint shpat_…8c9d; KMS calls so far: 1 Encrypt, 0 Decrypt (the data key was cached \
        unwrapped)

        4. Rotate to a new KMS key and rewrap the tenant's data key
           KMS key alias/wabotiq-2027 created; rewrapped 1 data key(s) with \
        KmsKeyEncryption[primary=alias/wabotiq-2027]
           the storage holds 2 wraps of the tenant's data key (version 1 wrapped by \
        alias/wabotiq-2026, 107 bytes; version 2 wrapped by alias/wabotiq-2027, 107 bytes)
           the sealed token in the settings is unchanged: yes
           KMS calls so far: 2 Encrypt, 1 Decrypt (the old wrap opened, the data key wrapped \
        again)
           KMS key alias/wabotiq-2026 disabled

        5. Read it again, on a new SDK over the same storage (nothing cached)
           hint shpat_…8c9d, the value stored in step 2: yes
           KMS calls in all: 2 Encrypt, 2 Decrypt

        Done.
        """);
  }

  @Test
  void run_printsNoSecret() {
    String out = run();

    assertThat(out)
        .doesNotContain(KmsDemo.TOKEN)
        .doesNotContain("0a1b2c3d4e5f6a7b")
        .doesNotContain("shpat_0");
  }

  private static String run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new KmsDemo(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
    return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }
}
