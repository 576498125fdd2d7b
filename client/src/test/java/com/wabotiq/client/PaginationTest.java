package com.wabotiq.client;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.wabotiq.client.OperationFixtures.TENANT_PATH;
import static com.wabotiq.client.OperationFixtures.example;
import static com.wabotiq.client.OperationFixtures.json;
import static com.wabotiq.client.OperationFixtures.pageJson;
import static com.wabotiq.client.OperationFixtures.requests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.wabotiq.access.keys.ApiKeyInfo;
import com.wabotiq.analytics.DailyAnalytics;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Cursor pagination of {@link PagedIterable}: pages are fetched by the cursor of the one before,
 * lazily (one request per page, each when the previous is used up), every iteration starts again,
 * and a server that misbehaves (repeats a cursor, fails on a later page) ends the iteration with a
 * typed {@link ApiException} rather than a loop or a silent stop.
 */
@Timeout(60)
class PaginationTest {
  @RegisterExtension static WireMockExtension server = OperationFixtures.server();

  private static final String DAILY = TENANT_PATH + "/analytics/daily";
  private static final LocalDate FROM = LocalDate.parse("2025-11-01");
  private static final LocalDate TO = LocalDate.parse("2025-11-07");

  private static WabotiqClient client;

  @BeforeAll
  static void open() {
    client = OperationFixtures.client(server);
  }

  @AfterAll
  static void close() {
    client.close();
  }

  @BeforeEach
  void reset() {
    server.resetAll();
  }

  /** The reference's daily analytics example, for another day. */
  private static String day(int dayOfMonth) {
    return example(OperationFixtures.Example.DAILY_ANALYTICS)
        .replace("\"2025-11-20\"", "\"" + LocalDate.of(2025, 11, dayOfMonth) + "\"");
  }

  /** Serves a page of days for a cursor (null: the first page). */
  private static void page(@Nullable String cursor, @Nullable String next, int... days) {
    List<String> items = new ArrayList<>();
    for (int d : days) {
      items.add(day(d));
    }
    server.stubFor(get(urlPathEqualTo(DAILY))
        .withQueryParam("cursor", cursor == null ? absent() : equalTo(cursor))
        .willReturn(json(200, pageJson(items, next))));
  }

  /** Three pages: 1-3 (next c2), 4-5 (next c3), 6-7 (last). */
  private static void threePages() {
    page(null, "c2", 1, 2, 3);
    page("c2", "c3", 4, 5);
    page("c3", null, 6, 7);
  }

  private static List<@Nullable String> cursorsSent() {
    List<@Nullable String> cursors = new ArrayList<>();
    for (LoggedRequest r : requests(server)) {
      cursors.add(r.queryParameter("cursor").isPresent() ? r.queryParameter("cursor").firstValue()
          : null);
    }
    return cursors;
  }

  private static List<LocalDate> dates(Iterable<DailyAnalytics> days) {
    List<LocalDate> dates = new ArrayList<>();
    days.forEach(d -> dates.add(d.date()));
    return dates;
  }

  private static List<LocalDate> firstDays(int n) {
    List<LocalDate> dates = new ArrayList<>();
    for (int d = 1; d <= n; d++) {
      dates.add(LocalDate.of(2025, 11, d));
    }
    return dates;
  }

  @Test
  void daily_threePages_areReadInOrderByCursor() {
    threePages();

    List<LocalDate> read = dates(client.analytics().daily(FROM, TO));

    assertThat(read).isEqualTo(firstDays(7));
    assertThat(cursorsSent()).containsExactly(null, "c2", "c3");
    for (LoggedRequest r : requests(server)) {
      assertThat(r.queryParameter("from").firstValue()).isEqualTo("2025-11-01");
      assertThat(r.queryParameter("to").firstValue()).isEqualTo("2025-11-07");
      assertThat(r.queryParameter("limit").firstValue()).isEqualTo("100");
    }
  }

  @Test
  void iterator_fetchesNothingUntilAskedThenOnePageAtATime() {
    threePages();
    PagedIterable<DailyAnalytics> days = client.analytics().daily(FROM, TO);
    Iterator<DailyAnalytics> it = days.iterator();
    assertThat(requests(server)).isEmpty();

    assertThat(it.next().date()).isEqualTo(LocalDate.of(2025, 11, 1));
    assertThat(requests(server)).hasSize(1);

    it.next();
    it.next();
    assertThat(requests(server)).as("page 1 used up, page 2 not yet wanted").hasSize(1);

    assertThat(it.hasNext()).isTrue();
    assertThat(requests(server)).hasSize(2);
    assertThat(it.next().date()).isEqualTo(LocalDate.of(2025, 11, 4));
  }

  @Test
  void stream_limit_fetchesOnlyThePagesNeeded() {
    threePages();

    List<DailyAnalytics> three = client.analytics().daily(FROM, TO).stream().limit(3).toList();
    assertThat(three).hasSize(3);
    assertThat(requests(server)).hasSize(1);

    server.resetRequests();
    List<DailyAnalytics> four = client.analytics().daily(FROM, TO).stream().limit(4).toList();
    assertThat(dates(four)).isEqualTo(firstDays(4));
    assertThat(cursorsSent()).containsExactly(null, "c2");

    server.resetRequests();
    assertThat(client.analytics().daily(FROM, TO).stream()
        .filter(d -> d.date().getDayOfMonth() == 5).findFirst()).isPresent();
    assertThat(cursorsSent()).containsExactly(null, "c2");
  }

  @Test
  void eachIteration_startsAgainFromTheFirstPage() {
    threePages();
    PagedIterable<DailyAnalytics> days = client.analytics().daily(FROM, TO);

    assertThat(dates(days)).isEqualTo(firstDays(7));
    assertThat(days.stream().count()).isEqualTo(7);

    assertThat(cursorsSent()).containsExactly(null, "c2", "c3", null, "c2", "c3");
  }

  @Test
  void pages_giveEachPageWithItsCursor() {
    threePages();

    List<Page<DailyAnalytics>> pages = new ArrayList<>();
    client.analytics().daily(FROM, TO).pages().forEach(pages::add);

    assertThat(pages).hasSize(3);
    assertThat(pages).extracting(Page::nextCursor).containsExactly("c2", "c3", null);
    assertThat(pages).extracting(p -> p.items().size()).containsExactly(3, 2, 2);
    assertThat(pages.get(0).hasMore()).isTrue();
    assertThat(pages.get(2).hasMore()).isFalse();
    assertThat(pages.get(2).next()).isEmpty();
  }

  @Test
  void pages_afterTheLast_throwNoSuchElement() {
    page(null, null, 1);
    Iterator<Page<DailyAnalytics>> pages = client.analytics().daily(FROM, TO).pages().iterator();

    pages.next();

    assertThat(pages.hasNext()).isFalse();
    assertThatThrownBy(pages::next).isInstanceOf(NoSuchElementException.class);
    assertThat(requests(server)).hasSize(1);
  }

  @Test
  void emptyFirstPage_isAnEmptyIterationAfterOneRequest() {
    page(null, null);
    Iterator<DailyAnalytics> it = client.analytics().daily(FROM, TO).iterator();

    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    assertThat(requests(server)).hasSize(1);
  }

  @Test
  void emptyMiddlePage_isSkipped() {
    page(null, "c2", 1);
    page("c2", "c3");
    page("c3", null, 2);

    assertThat(dates(client.analytics().daily(FROM, TO)))
        .containsExactly(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 2));
  }

  @Test
  void repeatedCursor_isApiExceptionNotALoop() {
    page(null, "c2", 1);
    page("c2", "c2", 2);

    Iterator<DailyAnalytics> it = client.analytics().daily(FROM, TO).iterator();
    it.next();

    assertThatThrownBy(it::hasNext)
        .isInstanceOf(ApiException.class)
        .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo("repeated_cursor"));
    assertThat(requests(server)).hasSize(2);
  }

  @Test
  void cursorCycle_isApiExceptionNotALoop() {
    page(null, "c2", 1);
    page("c2", "c3", 2);
    page("c3", "c2", 3);

    Iterator<DailyAnalytics> it = client.analytics().daily(FROM, TO).iterator();
    ApiException thrown = null;
    for (int read = 0; read < 50 && thrown == null; read++) {
      try {
        if (it.hasNext()) {
          it.next();
        }
      } catch (ApiException e) {
        thrown = e;
      }
    }

    assertThat(thrown).as("no exception after 50 items over a 2-page cycle").isNotNull();
    assertThat(thrown.code()).isEqualTo("repeated_cursor");
    assertThat(requests(server)).hasSizeLessThanOrEqualTo(4);
  }

  @Test
  void failingSecondPage_throwsTheTypedExceptionFromHasNext() {
    page(null, "c2", 1);
    server.stubFor(get(urlPathEqualTo(DAILY)).withQueryParam("cursor", equalTo("c2"))
        .willReturn(json(503, "{\"error\": {\"code\": \"unavailable\", \"message\": \"down for"
            + " maintenance\", \"request_id\": \"req_p2\"}}")));

    Iterator<DailyAnalytics> it = client.analytics().daily(FROM, TO).iterator();
    it.next();

    assertThatThrownBy(it::hasNext)
        .isInstanceOf(ServerException.class)
        .satisfies(e -> {
          ServerException server = (ServerException) e;
          assertThat(server.status()).isEqualTo(503);
          assertThat(server.code()).isEqualTo("unavailable");
          assertThat(server.requestId()).isPresent();
        });
  }

  @Test
  void hasMoreWithoutNextCursor_isMalformedResponse() {
    server.stubFor(get(urlPathEqualTo(DAILY))
        .willReturn(json(200, "{\"data\": [" + day(1) + "], \"has_more\": true}")));

    assertThatThrownBy(() -> client.analytics().daily(FROM, TO).iterator().hasNext())
        .isInstanceOf(ApiException.class)
        .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo("malformed_response"));
  }

  @Test
  void apiKeys_list_pagesByCursorWithTheLargestLimit() {
    List<String> keys = OperationFixtures.apiKeyElements();
    server.stubFor(get(urlPathEqualTo(TENANT_PATH + "/api-keys")).withQueryParam("cursor", absent())
        .willReturn(json(200, pageJson(List.of(keys.get(0)), "k2"))));
    server.stubFor(get(urlPathEqualTo(TENANT_PATH + "/api-keys"))
        .withQueryParam("cursor", equalTo("k2"))
        .willReturn(json(200, pageJson(List.of(keys.get(1)), null))));

    List<ApiKeyInfo> all = client.apiKeys().list().stream().toList();

    assertThat(all).extracting(ApiKeyInfo::name)
        .containsExactly("Production API Key", "Mobile App Key");
    assertThat(cursorsSent()).containsExactly(null, "k2");
    assertThat(requests(server)).allSatisfy(
        r -> assertThat(r.queryParameter("limit").firstValue()).isEqualTo("100"));
  }
}
