/**
 * The JSON codec's implementation: Moshi adapters for every model type, built by {@link
 * com.wabotiq.json.internal.ModelAdapterFactory}, and {@link com.wabotiq.json.internal.JsonEngine},
 * which runs them and turns every failure on bad input into a {@link
 * com.wabotiq.json.internal.DecodingFailure} with a JSON path. Not API: may change in any release.
 *
 * <p>Every adapter here reads JSON {@code null} as Java {@code null} and lets its caller decide
 * whether null is allowed; every adapter checks the token type before reading, so that Moshi's own
 * conversions (a number read as a string, a quoted number read as a number) never apply.
 */
@NullMarked
package com.wabotiq.json.internal;

import org.jspecify.annotations.NullMarked;
