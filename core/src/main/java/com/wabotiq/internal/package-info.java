/**
 * Implementation details shared by core's packages. Not API: may change in any release.
 */
@NullMarked
package com.wabotiq.internal;

import org.jspecify.annotations.NullMarked;
