/**
 * The local API server: the hosted API of {@code docs/openapi.yaml} served on loopback by core
 * itself, for developing and testing a partner integration offline. {@link
 * com.wabotiq.server.LocalApiServer} embeds it (in a test, say); {@link
 * com.wabotiq.server.LocalServerMain} runs it from the command line. See {@code
 * docs/local-server.md}.
 */
@NullMarked
package com.wabotiq.server;

import org.jspecify.annotations.NullMarked;
