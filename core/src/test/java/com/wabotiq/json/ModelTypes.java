package com.wabotiq.json;

import com.wabotiq.analytics.DailyAnalytics;
import com.wabotiq.analytics.PerformanceMetrics;
import com.wabotiq.billing.Subscription;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.business.CustomerSummary;
import com.wabotiq.business.OrderSummary;
import com.wabotiq.business.ProductCatalogSummary;
import com.wabotiq.business.ServiceCatalogSummary;
import com.wabotiq.tenant.AgentConfiguration;
import com.wabotiq.tenant.ApiKeyList;
import com.wabotiq.tenant.CorsConfiguration;
import com.wabotiq.tenant.MpesaSettings;
import com.wabotiq.tenant.PaystackSettings;
import com.wabotiq.tenant.ShopifySettings;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.tenant.TwilioSettings;
import com.wabotiq.tenant.WooCommerceSettings;
import java.util.List;

/** The model's document types: every type a reference example decodes as. */
final class ModelTypes {
  private ModelTypes() {}

  static final List<Class<?>> DOCUMENTS =
      List.of(
          Tenant.class,
          TenantSettings.class,
          SubscriptionTier.class,
          Subscription.class,
          TwilioSettings.class,
          WooCommerceSettings.class,
          ShopifySettings.class,
          MpesaSettings.class,
          PaystackSettings.class,
          AgentConfiguration.class,
          ProductCatalogSummary.class,
          ServiceCatalogSummary.class,
          CustomerSummary.class,
          OrderSummary.class,
          DailyAnalytics.class,
          PerformanceMetrics.class,
          ApiKeyList.class,
          CorsConfiguration.class);
}
