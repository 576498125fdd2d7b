/**
 * Access control in front of a host's HTTP endpoints, as docs/access.md shows it: {@link
 * com.wabotiq.examples.access.AccessGate} decides (API keys, CORS, webhook signatures, M-Pesa
 * callback tokens) and two thin adapters put it in front of a server: {@link
 * com.wabotiq.examples.access.AccessServletFilter} (Jakarta Servlet) and {@link
 * com.wabotiq.examples.access.AccessHttpHandler} (the JDK's {@code HttpServer}).
 */
@NullMarked
package com.wabotiq.examples.access;

import org.jspecify.annotations.NullMarked;
