/**
 * A load test of the local API server: many clients of several tenants at once, each answer
 * checked to belong to its own tenant, with the throughput and latency percentiles printed.
 */
@NullMarked
package com.wabotiq.examples.load;

import org.jspecify.annotations.NullMarked;
