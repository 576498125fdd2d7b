package com.wabotiq.examples;

import com.wabotiq.tenant.TenantStatus;

public final class Quickstart {
  private Quickstart() {}

  public static void main(String[] args) {
    System.out.println("trial -> active allowed: " + TenantStatus.TRIAL.canTransitionTo(TenantStatus.ACTIVE));
  }
}
