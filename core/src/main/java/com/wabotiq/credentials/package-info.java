/**
 * Credentials at rest: {@link com.wabotiq.credentials.Secret}, the one type that holds a
 * plaintext; {@link com.wabotiq.credentials.CredentialVault}, envelope encryption with per-tenant
 * data keys, rotation and crypto-shredding; {@link com.wabotiq.credentials.LocalKeyEncryption}, the
 * default key-encryption key; {@link com.wabotiq.credentials.Credential} and {@link
 * com.wabotiq.credentials.RecordCredential}, every encrypted field by name; and {@link
 * com.wabotiq.credentials.CredentialException}, raised when a credential cannot be sealed or
 * opened. See docs/security.md.
 */
@NullMarked
package com.wabotiq.credentials;

import org.jspecify.annotations.NullMarked;
