/**
 * The README quickstart as compiled code ({@link com.wabotiq.examples.Quickstart}), with the
 * adapters and programs the docs show in the subpackages: a storage provider over maps ({@link
 * com.wabotiq.examples.adapter.MapStorageDemo}), a key encryption over a cloud KMS ({@link
 * com.wabotiq.examples.kms.KmsDemo}), the access gate, two instances metering one tenant on PostgreSQL, a
 * partner's integration through the API client ({@link
 * com.wabotiq.examples.partner.PartnerIntegration}), and a load test of the local API server
 * ({@link com.wabotiq.examples.load.LocalServerLoad}).
 *
 * <p>Every package of the examples is null-marked, like the SDK's: a type without
 * {@code @Nullable} is never null.
 */
@NullMarked
package com.wabotiq.examples;

import org.jspecify.annotations.NullMarked;
