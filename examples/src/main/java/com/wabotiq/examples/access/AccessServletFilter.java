package com.wabotiq.examples.access;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A servlet filter (Jakarta Servlet 6) that lets in only what {@link AccessGate} allows: API calls
 * with a valid key from an allowed origin, CORS preflights, verified webhooks. A request that
 * passes reaches the rest of the chain with its tenant id in the request attribute {@link
 * AccessGate#TENANT_ATTRIBUTE} and, for a webhook, a body that can still be read.
 *
 * <pre>{@code
 * ServletContextHandler context = new ServletContextHandler();
 * context.addFilter(new FilterHolder(new AccessServletFilter(new AccessGate(sdk, List.of()))),
 *     "/v1/*", EnumSet.of(DispatcherType.REQUEST));
 * }</pre>
 */
public final class AccessServletFilter implements Filter {
  private final AccessGate gate;

  /**
   * A filter deciding with {@code gate}.
   *
   * @param gate the decisions
   */
  public AccessServletFilter(AccessGate gate) {
    this.gate = gate;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    Buffered incoming = new Buffered(request);
    AccessGate.Outcome outcome = gate.check(incoming);
    outcome.headers().forEach(response::setHeader);
    if (!outcome.proceed()) {
      response.setStatus(outcome.status());
      String body = outcome.body();
      if (body != null) {
        response.setContentType("application/json");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
      }
      return;
    }
    request.setAttribute(AccessGate.TENANT_ATTRIBUTE, outcome.tenant());
    byte[] read = incoming.read;
    chain.doFilter(read == null ? request : new Replay(request, read), response);
  }

  /** The gate's view of a servlet request; the body is read once, when a webhook needs it. */
  private static final class Buffered implements AccessGate.Incoming {
    private final HttpServletRequest request;
    private byte @Nullable [] read;

    Buffered(HttpServletRequest request) {
      this.request = request;
    }

    @Override
    public String method() {
      return request.getMethod();
    }

    @Override
    public String path() {
      return request.getRequestURI();
    }

    @Override
    public @Nullable String query() {
      return request.getQueryString();
    }

    @Override
    public @Nullable String header(String name) {
      return request.getHeader(name);
    }

    @Override
    public Map<String, List<String>> headers() {
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (String name : Collections.list(request.getHeaderNames())) {
        headers.put(name, Collections.list(request.getHeaders(name)));
      }
      return headers;
    }

    @Override
    public Optional<byte[]> body(int maxBytes) {
      byte[] bytes = read;
      if (bytes == null) {
        try (InputStream in = request.getInputStream()) {
          bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        read = bytes;
      }
      return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
    }
  }

  /** The request with its already read body readable again. */
  private static final class Replay extends HttpServletRequestWrapper {
    private final byte[] body;

    Replay(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("the body was read already: read it blocking");
        }
      };
    }
  }
}
