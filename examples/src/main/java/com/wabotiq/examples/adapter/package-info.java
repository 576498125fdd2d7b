/** A storage adapter written only against {@code wabotiq-spi}, over plain in-memory maps. */
@NullMarked
package com.wabotiq.examples.adapter;

import org.jspecify.annotations.NullMarked;
