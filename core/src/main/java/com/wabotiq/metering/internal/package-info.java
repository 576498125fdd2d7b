/** The meter's counter backends, period keys and store-down ledger; not API. */
@NullMarked
package com.wabotiq.metering.internal;

import org.jspecify.annotations.NullMarked;
