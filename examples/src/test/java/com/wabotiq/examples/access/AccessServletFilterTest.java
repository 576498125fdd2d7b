package com.wabotiq.examples.access;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.jspecify.annotations.Nullable;

/** The gate as a servlet filter in a real Jetty 12 (EE10) container, over loopback HTTP. */
class AccessServletFilterTest extends AccessGateContract {
  private @Nullable Server server;

  @Override
  String start(AccessGate gate) throws Exception {
    Server jetty = new Server();
    ServerConnector connector = new ServerConnector(jetty);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    jetty.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.addFilter(new FilterHolder(new AccessServletFilter(gate)), "/v1/*",
        EnumSet.of(DispatcherType.REQUEST));
    context.addServlet(new ServletHolder(new Echo()), "/*");
    jetty.setHandler(context);
    jetty.start();
    server = jetty;
    return "http://127.0.0.1:" + connector.getLocalPort();
  }

  @Override
  void stop() throws Exception {
    if (server != null) {
      server.stop();
    }
  }

  /** The application: echoes its tenant and the body it can read. */
  private static final class Echo extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      byte[] body = request.getInputStream().readAllBytes();
      response.setStatus(200);
      response.getOutputStream().write(("tenant=" + request.getAttribute(
          AccessGate.TENANT_ATTRIBUTE) + " body=" + new String(body, StandardCharsets.UTF_8))
          .getBytes(StandardCharsets.UTF_8));
    }
  }
}
