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
 *       refused by both, at every level: known or unknown, in a skipped unknown value, and in
 *       metadata (a {@code null} member included).
 *   <li><b>Round trip</b>: whatever the codec writes, it reads back equal; whatever it could not
 *       write so is refused when read (and, by the model, when built).
 *   <li><b>Numbers</b>: a decimal has at most 500 significant digits and a scale from -500 to 500;
 *       it is read from the literal text, keeps its digits and scale, and is written plainly
 *       ({@code 2250000.00}) when its scale is not negative and it has at most 20 integer digits,
 *       otherwise in the exact scientific form ({@code 1E+3}, {@code 1.84467440737095516160E+20}),
 *       which reads back equal, because Moshi 1.15.2 misreads some longer integer literals. A
 *       double reads a literal only when it keeps the number stated ({@code 1e-400} and {@code
 *       1.00000000000000001} are refused, {@code 0.1} reads). Integers refuse fractions and
 *       overflow; strings are never accepted for numbers, nor numbers for strings. A number literal
 *       longer than 1,000 characters is refused before parsing. Durations are seconds, whole ones
 *       written as integers.
 *   <li><b>Times</b>: a leap second ({@code 23:59:60Z}) is refused; years beyond 9999 are written
 *       with their sign ({@code +10000-01}).
 *   <li><b>Text</b>: a string is written as UTF-8; a string or name holding an unpaired surrogate
 *       has no UTF-8 form and is refused when read and when written ({@link
 *       IllegalArgumentException} naming the path).
 *   <li><b>Nesting</b>: a free-form value (metadata, or an unknown member's value) nests at most
 *       {@link com.wabotiq.tenant.TenantSettings#MAX_METADATA_DEPTH} levels of objects and arrays.
 *   <li><b>Errors</b>: every failure on bad input is a {@link
 *       com.wabotiq.json.JsonDecodingException} whose message ends with {@code "at path <path>"};
 *       messages and causes never contain any content of a sealed (encrypted) field, even a
 *       malformed escape inside it. An unsupported Java type, or a value that cannot be written
 *       readably, is a caller error ({@link IllegalArgumentException}).
 *   <li><b>Threads</b>: the codecs are immutable and thread-safe.
 * </ul>
 *
 * <p>No Moshi type appears in this package's API; the adapters and the engine that runs them are
 * package-private here, beside the codec. Other packages (the facade's stored documents) use only
 * {@link com.wabotiq.json.JsonCodec}.
 */
@NullMarked
package com.wabotiq.json;

import org.jspecify.annotations.NullMarked;
