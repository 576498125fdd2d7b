package com.wabotiq.types;

/**
 * Marks a record whose fields appear flattened in its parent's JSON object. The reference keeps,
 * for example, all settings in one flat object; the model groups them ({@code settings.llm()},
 * {@code settings.stripe()}) without changing the JSON shape.
 *
 * <p>A group component of a parent record is never null: an absent group is a group whose
 * fields are all null.
 *
 * @since 0.1.0
 */
public interface FlatGroup {}
