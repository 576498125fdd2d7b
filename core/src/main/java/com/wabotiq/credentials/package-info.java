/**
 * Credentials: {@link com.wabotiq.credentials.Secret}, the one type that holds a plaintext, and
 * {@link com.wabotiq.credentials.CredentialException}, raised when a credential cannot be sealed
 * or opened. Envelope encryption at rest builds on these (issue 5, in progress).
 */
@NullMarked
package com.wabotiq.credentials;

import org.jspecify.annotations.NullMarked;
