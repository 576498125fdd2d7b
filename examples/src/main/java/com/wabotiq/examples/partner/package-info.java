/**
 * A partner's integration with the hosted API through the Java client: API keys, a credential set
 * in the settings and read back as a hint, 60 days of analytics paged, and a rate limit met and
 * handled. It runs against a local API server started in-process, or against a server given on
 * the command line.
 */
@NullMarked
package com.wabotiq.examples.partner;

import org.jspecify.annotations.NullMarked;
