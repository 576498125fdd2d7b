package com.wabotiq.server;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The API's 21 operations by method and path below {@code /v1/tenants/{tenant_id}}. A path of no
 * operation is 404; a known path with another method is 405 with {@code Allow}.
 */
enum Route {
  GET_TENANT("GET", "", Operations::getTenant),
  GET_SETTINGS("GET", "/settings", Operations::getSettings),
  UPDATE_SETTINGS("PATCH", "/settings", Operations::updateSettings),
  GET_AGENT_CONFIGURATION("GET", "/agent-configuration", Operations::getAgentConfiguration),
  REPLACE_AGENT_CONFIGURATION("PUT", "/agent-configuration",
      Operations::replaceAgentConfiguration),
  GET_SUBSCRIPTION("GET", "/subscription", Operations::getSubscription),
  LIST_TIERS("GET", "/tiers", Operations::listTiers),
  GET_USAGE("GET", "/usage", Operations::getUsage),
  LIST_DAILY_ANALYTICS("GET", "/analytics/daily", Operations::listDailyAnalytics),
  GET_PERFORMANCE_METRICS("GET", "/analytics/performance", Operations::getPerformanceMetrics),
  GET_CATALOG_SUMMARY("GET", "/business/catalog", Operations::getCatalogSummary),
  GET_SERVICES_SUMMARY("GET", "/business/services", Operations::getServicesSummary),
  GET_CUSTOMERS_SUMMARY("GET", "/business/customers", Operations::getCustomersSummary),
  GET_ORDERS_SUMMARY("GET", "/business/orders", Operations::getOrdersSummary),
  LIST_API_KEYS("GET", "/api-keys", Operations::listApiKeys),
  CREATE_API_KEY("POST", "/api-keys", Operations::createApiKey),
  ROLL_API_KEY("POST", "/api-keys/*/roll", (o, c) -> o.rollApiKey(c, keyHash(c.rest()))),
  REVOKE_API_KEY("DELETE", "/api-keys/*", (o, c) -> o.revokeApiKey(c, keyHash(c.rest()))),
  GET_CORS("GET", "/cors", Operations::getCors),
  REPLACE_CORS("PUT", "/cors", Operations::replaceCors),
  GET_WEBHOOK_URLS("GET", "/webhook-urls", Operations::getWebhookUrls);

  private final String method;
  @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable
  private final List<String> pattern;

  @SuppressWarnings("ImmutableEnumChecker") // method references, stateless
  private final BiFunction<Operations, Call, Answer> operation;

  Route(String method, String pattern, BiFunction<Operations, Call, Answer> operation) {
    this.method = method;
    this.pattern = List.of(pattern.split("/", -1));
    this.operation = operation;
  }

  Answer run(Operations operations, Call call) {
    return operation.apply(operations, call);
  }

  static Route match(String method, String rest) {
    String[] segments = rest.split("/", -1);
    List<String> allowed = new ArrayList<>();
    for (Route route : values()) {
      if (route.matches(segments)) {
        if (route.method.equals(method)) {
          return route;
        }
        allowed.add(route.method);
      }
    }
    if (allowed.isEmpty()) {
      throw ApiError.notFound("no such resource");
    }
    throw ApiError.of(405, "method_not_allowed", method + " is not allowed here")
        .withHeader("Allow", String.join(", ", allowed));
  }

  private boolean matches(String[] segments) {
    if (segments.length != pattern.size()) {
      return false;
    }
    for (int i = 0; i < segments.length; i++) {
      String expected = pattern.get(i);
      if (!expected.equals("*") ? !expected.equals(segments[i]) : segments[i].isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** The {@code key_hash} segment of {@code /api-keys/{key_hash}[/roll]}. */
  private static String keyHash(String rest) {
    return rest.split("/", -1)[2];
  }
}
