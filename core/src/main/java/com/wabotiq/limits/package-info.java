/**
 * Tenant-local time windows, exactly as PRODUCT.md's "Local time, exactly" defines them: {@link
 * com.wabotiq.limits.TenantTime} turns a tenant-local date-time into an instant (the earliest
 * instant whose local date-time is at or after it, so a time in a DST gap maps to the end of the
 * gap and a time in an overlap to its first occurrence), {@link com.wabotiq.limits.QuietHours}
 * says when outbound notifications and campaigns are deferred and until when, and {@link
 * com.wabotiq.limits.OpeningHours} says when a business is open.
 *
 * <p>Every type is immutable and thread-safe. This package does no I/O and never reads a clock:
 * the current time is always an argument.
 */
@NullMarked
package com.wabotiq.limits;

import org.jspecify.annotations.NullMarked;
