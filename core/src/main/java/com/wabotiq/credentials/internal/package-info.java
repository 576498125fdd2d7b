/** The AEAD primitive and, later, the ciphertext format and key handling; not API. */
@NullMarked
package com.wabotiq.credentials.internal;

import org.jspecify.annotations.NullMarked;
