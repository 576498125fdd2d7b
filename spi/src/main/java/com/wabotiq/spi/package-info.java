/**
 * The SDK's ground floor: {@link com.wabotiq.spi.WabotiqException}, the root of every failure
 * the SDK throws, shared by adapters and every SDK module. The contracts an adopter implements
 * live in the subpackages: {@link com.wabotiq.spi.storage} and {@link com.wabotiq.spi.crypto}.
 * This module depends on the JDK and JSpecify's annotations only.
 */
@NullMarked
package com.wabotiq.spi;

import org.jspecify.annotations.NullMarked;
