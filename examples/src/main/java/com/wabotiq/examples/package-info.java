/**
 * The README quickstart as compiled code ({@link com.wabotiq.examples.Quickstart}), with the
 * adapters the docs show in the subpackages: a storage provider over maps and a key encryption
 * over a cloud KMS.
 *
 * <p>Every package of the examples is null-marked, like the SDK's: a type without
 * {@code @Nullable} is never null.
 */
@NullMarked
package com.wabotiq.examples;

import org.jspecify.annotations.NullMarked;
