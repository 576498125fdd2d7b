/**
 * Two application instances on one PostgreSQL database, metering one tenant's quota: neither
 * knows of the other, and together they never admit more than the limit.
 */
@NullMarked
package com.wabotiq.examples.multiinstance;

import org.jspecify.annotations.NullMarked;
