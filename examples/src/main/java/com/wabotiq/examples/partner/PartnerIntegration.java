package com.wabotiq.examples.partner;

import com.wabotiq.access.keys.ApiKeyInfo;
import com.wabotiq.analytics.DailyAnalytics;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.client.ApiResponse;
import com.wabotiq.client.MaskedSettings;
import com.wabotiq.client.Page;
import com.wabotiq.client.PagedIterable;
import com.wabotiq.client.RateLimitException;
import com.wabotiq.client.RequestOptions;
import com.wabotiq.client.RetryEvent;
import com.wabotiq.client.RetryPolicy;
import com.wabotiq.client.SettingsPatch;
import com.wabotiq.client.UsageReport;
import com.wabotiq.client.WabotiqClient;
import com.wabotiq.credentials.Credential;
import com.wabotiq.credentials.Secret;
import com.wabotiq.server.LocalApiServer;
import com.wabotiq.server.SeededTenant;
import com.wabotiq.tenant.ApiScope;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.types.TenantId;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * A partner's integration with the hosted API, step by step, through {@link WabotiqClient}:
 *
 * <ol>
 *   <li>list the tenant's API keys ({@code apiKeys().list()}, a {@link PagedIterable});
 *   <li>store an OpenAI key in the tenant's settings with a {@link SettingsPatch}: the API never
 *       answers a credential, only its masked hint ({@code sk-…wxyz});
 *   <li>read 60 days of daily analytics, page by page ({@code analytics().daily(from, to)});
 *   <li>send a burst past the tenant's rate limit with retries off, catch the {@link
 *       RateLimitException}, wait its {@code retryAfter()} and try again, successfully;
 *   <li>send the same burst with the client's retry policy on: it waits out the 429 by itself.
 * </ol>
 *
 * <p>Run with no arguments, it starts a {@link LocalApiServer} in this process, with a low rate
 * limit ({@value #DEMO_RATE_LIMIT} requests a second) so that step 4 meets it quickly, and seeds
 * the demo tenant. Against a server already running (for example {@code mvn -Plocal-server -pl
 * server -am test-compile}, which prints its tenant and key), pass {@code
 * --base-url=http://127.0.0.1:8787/v1 --tenant=<tenant id> --key=<API key>}; without {@code
 * --key} the key is read from the environment variable {@code WABOTIQ_API_KEY}, which keeps it
 * out of the process list. Step 2 changes that tenant's OpenAI key.
 *
 * <p>It prints what each step shows, and never the API key or the credential it stores. {@code
 * PartnerIntegrationTest} runs it both ways and checks what it prints.
 */
public final class PartnerIntegration {
  /** Requests per tenant per second the in-process server allows: low, to meet a 429 soon. */
  public static final int DEMO_RATE_LIMIT = 10;

  /** Days of analytics read in step 3. */
  public static final int ANALYTICS_DAYS = 60;

  /** The most requests a burst sends while waiting for a 429. */
  static final int MAX_BURST = 5_000;

  private static final String ALPHANUMERIC =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private PartnerIntegration() {}

  /**
   * What the run saw, for a caller that checks it.
   *
   * @param apiKeys the tenant's API keys listed in step 1
   * @param openAiHint the hint the API showed for the OpenAI key stored in step 2
   * @param hintMatches whether that hint ends with the stored key's last four characters, after
   *     {@code sk-…}, both when the update answered and when read again
   * @param analyticsDays the days read in step 3
   * @param analyticsPages the pages they came in
   * @param admittedBefore429 requests the burst of step 4 sent before the 429
   * @param retryAfter the wait the 429 asked for, or null when no 429 came
   * @param retriedAfterWait whether the request tried again after that wait succeeded
   * @param policyRetries retries the retry policy made in step 5 after a 429
   * @param policyAttempts attempts the request that met the 429 in step 5 took, 0 when none met it
   */
  public record Outcome(int apiKeys, String openAiHint, boolean hintMatches, int analyticsDays,
      int analyticsPages, int admittedBefore429, @Nullable Duration retryAfter,
      boolean retriedAfterWait, int policyRetries, int policyAttempts) {}

  /**
   * Runs the integration against an in-process local server, or against the server the arguments
   * name.
   *
   * @param args none, or {@code --base-url=... --tenant=...} and optionally {@code --key=...}
   * @throws InterruptedException if interrupted while waiting out the rate limit
   */
  public static void main(String[] args) throws InterruptedException {
    Map<String, String> flags = flags(args);
    if (flags == null) {
      System.err.println("usage: PartnerIntegration [--base-url=URL --tenant=ID [--key=KEY]]"
          + " (without --key, the environment variable WABOTIQ_API_KEY)");
      System.exit(2);
      return;
    }
    if (flags.isEmpty()) {
      runInProcess(System.out);
      return;
    }
    String key = flags.containsKey("key") ? flags.get("key") : System.getenv("WABOTIQ_API_KEY");
    if (key == null) {
      System.err.println("no API key: pass --key=... or set WABOTIQ_API_KEY");
      System.exit(2);
      return;
    }
    run(String.valueOf(flags.get("base-url")), TenantId.of(String.valueOf(flags.get("tenant"))),
        key, System.out);
  }

  /**
   * Starts a local API server in this process with a rate limit of {@value #DEMO_RATE_LIMIT}
   * requests a second, seeds the demo tenant, and runs the integration against it.
   *
   * @param out where to print what each step shows
   * @return what the run saw
   * @throws InterruptedException if interrupted while waiting out the rate limit
   */
  public static Outcome runInProcess(PrintStream out) throws InterruptedException {
    try (LocalApiServer server = LocalApiServer.builder()
        .rateLimit(DEMO_RATE_LIMIT, Duration.ofSeconds(1))
        .build()
        .start()) {
      SeededTenant demo = server.seedDemoTenant();
      out.println("0. a local API server at " + server.baseUri() + ", " + DEMO_RATE_LIMIT
          + " requests a second per tenant; seeded " + demo.name() + " ("
          + SubscriptionTier.builtIn(demo.tierId()).map(SubscriptionTier::name).orElse("?")
          + ")");
      return run(server.baseUri().toString(), demo.tenantId(), demo.apiKey().reveal(), out);
    }
  }

  /**
   * Runs the five steps against a server.
   *
   * @param baseUrl the API's base URL, e.g. {@code http://127.0.0.1:8787/v1}
   * @param tenantId the tenant
   * @param apiKey the tenant's API key, with the read and write scopes
   * @param out where to print what each step shows
   * @return what the run saw
   * @throws InterruptedException if interrupted while waiting out the rate limit
   * @throws com.wabotiq.client.ApiException if a call fails other than with the 429 expected
   */
  public static Outcome run(String baseUrl, TenantId tenantId, String apiKey, PrintStream out)
      throws InterruptedException {
    // One client per tenant, shared by the whole application. Its default retry policy waits out
    // a 429 by itself; steps 4 and 5 show that.
    try (WabotiqClient client = WabotiqClient.builder(apiKey, tenantId).baseUrl(baseUrl).build()) {
      // 1. The tenant's API keys: shown by their SHA-256 hash, never the keys themselves.
      List<ApiKeyInfo> keys = client.apiKeys().list().stream().toList();
      out.println("1. API keys: " + keys.size());
      for (ApiKeyInfo key : keys) {
        List<String> scopes = key.scopes().stream()
            .map(ApiScope::wireValue)
            .sorted()
            .toList();
        out.println("   " + key.name() + ", scopes " + scopes + ", "
            + (key.active() ? "active" : "inactive") + ", hash "
            + key.keyHash().substring(0, 12) + "…");
      }

      // 2. A credential goes in through a SettingsPatch and never comes back: only its hint.
      //    (A made-up key here; yours comes from your secret store.)
      String openAiKey = madeUpOpenAiKey();
      String expectedHint = "sk-…" + openAiKey.substring(openAiKey.length() - 4);
      MaskedSettings updated = client.settings().update(SettingsPatch.builder()
          .credential(Credential.OPENAI_API_KEY, Secret.of(openAiKey))
          .build());
      MaskedSettings reread = client.settings().get();
      String hint = updated.hint(Credential.OPENAI_API_KEY).orElse("(none)");
      boolean hintMatches = hint.equals(expectedHint)
          && reread.hint(Credential.OPENAI_API_KEY).orElse("").equals(expectedHint);
      out.println("2. settings: stored openai_api_key; the API answers only its hint, " + hint
          + (hintMatches ? " (its last four characters, read back the same)" : " (UNEXPECTED)")
          + "; " + reread.hints().size() + " credentials set in all");

      // 3. Sixty days of analytics, ending today in the tenant's time zone, page by page.
      Tenant tenant = client.tenant().get();
      ZoneId zone = tenant.timezone() == null ? ZoneId.of("UTC") : tenant.timezone();
      LocalDate to = LocalDate.now(zone);
      LocalDate from = to.minusDays(ANALYTICS_DAYS - 1);
      PagedIterable<DailyAnalytics> analytics = client.analytics().daily(from, to);
      int days = 0;
      int pages = 0;
      long messages = 0;
      DailyAnalytics busiest = null;
      for (Page<DailyAnalytics> page : analytics.pages()) {
        pages++;
        for (DailyAnalytics day : page.items()) {
          days++;
          messages += day.messagesInbound() + day.messagesOutbound();
          if (busiest == null || day.messagesInbound() + day.messagesOutbound()
              > busiest.messagesInbound() + busiest.messagesOutbound()) {
            busiest = day;
          }
        }
      }
      out.println("3. analytics " + from + " to " + to + ": " + days + " days in " + pages
          + (pages == 1 ? " page" : " pages") + ", " + messages + " messages"
          + (busiest == null ? "" : ", busiest " + busiest.date()));

      // 4. A burst past the rate limit with retries off: catch the 429, wait, try again.
      int admitted = 0;
      RateLimitException limited = null;
      boolean retried = false;
      try (WabotiqClient noRetries = WabotiqClient.builder(apiKey, tenantId)
          .baseUrl(baseUrl)
          .retryPolicy(RetryPolicy.none())
          .build()) {
        while (limited == null && admitted < MAX_BURST) {
          try {
            noRetries.subscription().usage();
            admitted++;
          } catch (RateLimitException e) {
            limited = e;
          }
        }
        if (limited == null) {
          out.println("4. burst: " + admitted + " requests, no 429 (the server's limit is higher)");
        } else {
          Duration wait = limited.retryAfter().orElse(Duration.ofSeconds(1));
          out.println("4. burst: " + admitted + " requests admitted, then " + limited.status() + " "
              + limited.code() + ", Retry-After " + wait.toSeconds() + " s");
          Thread.sleep(wait.toMillis());
          UsageReport usage = noRetries.subscription().usage();
          retried = true;
          out.println("   waited " + wait.toSeconds() + " s and tried again: 200, "
              + usage.quota("monthly_messages")
                  .map(q -> q.used() + " of " + (q.limit() == null ? "unlimited" : q.limit())
                      + " messages used this period")
                  .orElse("usage read"));
        }
      }

      // 5. The same burst with the retry policy on: the client waits out the 429 by itself.
      List<RetryEvent> retries = new CopyOnWriteArrayList<>();
      int attempts = 0;
      try (WabotiqClient patient = WabotiqClient.builder(apiKey, tenantId)
          .baseUrl(baseUrl)
          .retryPolicy(RetryPolicy.builder().onRetry(retries::add).build())
          .build()) {
        for (int i = 0; i < MAX_BURST && retries.isEmpty(); i++) {
          ApiResponse<UsageReport> answer =
              patient.subscription().usageWithResponse(RequestOptions.none());
          attempts = retries.isEmpty() ? 0 : answer.attempts();
        }
      }
      if (retries.isEmpty()) {
        out.println("5. retry policy: no 429 met");
      } else {
        RetryEvent first = retries.get(0);
        out.println("5. retry policy: a request met " + first.status() + " " + first.reason()
            + ", the client waited " + first.delay().toMillis() + " ms and succeeded on attempt "
            + attempts);
      }
      return new Outcome(keys.size(), hint, hintMatches, days, pages, admitted,
          limited == null ? null : limited.retryAfter().orElse(Duration.ofSeconds(1)), retried,
          retries.size(), attempts);
    }
  }

  /** The flags, empty when none were given; null when they are not the expected ones. */
  private static @Nullable Map<String, String> flags(String[] args) {
    Map<String, String> flags = new HashMap<>();
    for (String arg : args) {
      int equals = arg.indexOf('=');
      String name = arg.startsWith("--") && equals > 2 ? arg.substring(2, equals) : "";
      if (!List.of("base-url", "tenant", "key").contains(name)) {
        return null;
      }
      flags.put(name, arg.substring(equals + 1));
    }
    boolean remote = flags.containsKey("base-url") && flags.containsKey("tenant");
    return flags.isEmpty() || remote ? flags : null;
  }

  /** An OpenAI-shaped key: {@code sk-} and 40 letters and digits. */
  private static String madeUpOpenAiKey() {
    SecureRandom random = new SecureRandom();
    StringBuilder key = new StringBuilder("sk-");
    for (int i = 0; i < 40; i++) {
      key.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
    }
    return key.toString();
  }
}
