/**
 * JSON for the model: {@link com.wabotiq.json.JsonCodec} reads and writes every model type in the
 * data reference's snake_case shape; {@link com.wabotiq.json.JsonDecodingException} reports bad
 * input with its JSON path.
 *
 * <p>Policies, stated once:
 *
 * <ul>
 *   <li><b>Names</b>: a record component's JSON name is its snake_case name ({@code ragTopKResults}
 *       is {@code rag_top_k_results}); the fields of a group record ({@link
 *       com.wabotiq.types.FlatGroup}) sit directly in their parent's object.
 *   <li><b>Nulls</b>: an absent member and a {@code null} one mean the same (null, or an empty
 *       collection); writing omits both, and empty collections. The exception is a subscription
 *       tier's five limits, always written and required, {@code null} meaning unlimited, because
 *       absence must not silently mean unlimited.
 *   <li><b>Unknowns</b>: lenient decoding ignores unknown members and keeps unknown values of
 *       closed sets with their raw string; strict decoding refuses both. Duplicate members are
 *       refused by both.
 *   <li><b>Numbers</b>: decimals are read from the literal text and keep their scale, and are
 *       written plainly ({@code 2250000.00}); a decimal with more than 20 digits before the point
 *       is written in the exact scientific form {@code 1.84467440737095516160E+20}, which reads
 *       back equal, because Moshi 1.15.2 misreads some longer integer literals. A negative scale is
 *       not kept ({@code 1E+3} is written {@code 1000}). Integers refuse fractions and overflow;
 *       strings are never accepted for numbers, nor numbers for strings. A number literal longer
 *       than 1,000 characters, or with more than 1,000 digits or an exponent beyond ±1,000, is
 *       refused. Durations are seconds, whole ones written as integers.
 *   <li><b>Text</b>: a string is written as UTF-8; a Java string holding a lone surrogate cannot be
 *       and is written with {@code ?} in its place.
 *   <li><b>Errors</b>: every failure on bad input is a {@link
 *       com.wabotiq.json.JsonDecodingException} whose message ends with {@code "at path <path>"};
 *       messages never contain the value of a sealed (encrypted) field. An unsupported Java type is
 *       a caller error ({@link IllegalArgumentException}).
 *   <li><b>Threads</b>: the codecs are immutable and thread-safe.
 * </ul>
 *
 * <p>No Moshi type appears in this package's API; the adapters live in an internal package.
 */
@NullMarked
package com.wabotiq.json;

import org.jspecify.annotations.NullMarked;
