package com.wabotiq.access.webhooks;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer over every header and body parser, with the checks of {@link WebhookParsersRandomTest}:
 * only typed outcomes. Under {@code mvn test} it runs in regression mode over the committed
 * inputs in {@code src/test/resources/com/wabotiq/access/webhooks/WebhookParsersFuzzTestInputs/
 * anyHeader/} (raw bytes: a header, a URL and a body as Jazzer's data provider splits them) plus
 * the empty input. To fuzz for real, from the repository root:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 mvn -pl core -am test -Dtest='WebhookParsersFuzzTest' -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 */
class WebhookParsersFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void anyHeader(FuzzedDataProvider data) {
    String header = data.consumeString(600);
    String url = data.consumeString(300);
    byte[] body = data.consumeRemainingAsBytes();
    WebhookParsersRandomTest.checkEverything(header, url, body);
  }
}
