package com.wabotiq.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/**
 * Raw HTTP to a {@link LocalApiServer} over loopback with the JDK's client, and the assertions the
 * server tests share: the error shape, the request id, JSON read with the server's own strict
 * reader.
 */
final class Http {
  /** One client for every test: HTTP/1.1, as the JDK's server speaks nothing else. */
  static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  private Http() {}

  /** An answer: status, headers and the exact body bytes. */
  @SuppressWarnings("ArrayRecordComponent") // compared with Arrays.equals where it matters
  record Reply(int status, HttpHeaders headers, byte[] bytes) {
    String body() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    @Nullable String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    String requiredHeader(String name) {
      String value = header(name);
      assertThat(value).as("header %s of %s", name, this).isNotNull();
      return String.valueOf(value);
    }

    /** The body as a JSON object. */
    Map<String, @Nullable Object> json() {
      return object(body());
    }

    @Override
    public String toString() {
      return status + " " + headers.map() + " " + body();
    }
  }

  /** A request builder for a path below the server's base URL ({@code /tenants/...}). */
  static HttpRequest.Builder request(LocalApiServer server, String path) {
    return HttpRequest.newBuilder(URI.create(server.baseUri() + path))
        .timeout(Duration.ofSeconds(15));
  }

  /** A request for a path below the tenant's URL, with its key and {@code X-TENANT-ID}. */
  static HttpRequest.Builder tenant(LocalApiServer server, SeededTenant tenant, String rest) {
    return request(server, "/tenants/" + tenant.tenantId().value() + rest)
        .header("Authorization", "Bearer " + tenant.apiKey().reveal())
        .header("X-TENANT-ID", tenant.tenantId().value());
  }

  static Reply get(LocalApiServer server, SeededTenant tenant, String rest) {
    return send(tenant(server, tenant, rest).GET().build());
  }

  static Reply patchSettings(LocalApiServer server, SeededTenant tenant, String json) {
    return send(tenant(server, tenant, "/settings")
        .header("Content-Type", "application/merge-patch+json")
        .method("PATCH", BodyPublishers.ofString(json))
        .build());
  }

  /** A JSON body with {@code method} (PUT, POST) to {@code rest} of the tenant. */
  static Reply sendJson(LocalApiServer server, SeededTenant tenant, String method, String rest,
      String json) {
    return send(tenant(server, tenant, rest)
        .header("Content-Type", "application/json")
        .method(method, BodyPublishers.ofString(json))
        .build());
  }

  static Reply send(HttpRequest request) {
    try {
      var response = CLIENT.send(request, BodyHandlers.ofByteArray());
      return new Reply(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new AssertionError(request.method() + " " + request.uri() + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /**
   * Asserts the API's error shape: the status, the code, a message, {@code request_id} equal to
   * the {@code X-Request-Id} header, no member beside code, message, request_id and field_errors,
   * and nothing of a stack trace.
   *
   * @return the {@code error} object
   */
  @SuppressWarnings("unchecked")
  static Map<String, @Nullable Object> assertError(Reply reply, int status, String code) {
    assertThat(reply.status()).as("status of %s", reply).isEqualTo(status);
    Map<String, @Nullable Object> error = assertErrorShape(reply);
    assertThat(error.get("code")).as("code of %s", reply).isEqualTo(code);
    return error;
  }

  /** The error shape, whatever the status and code (a 4xx or 5xx). */
  @SuppressWarnings("unchecked")
  static Map<String, @Nullable Object> assertErrorShape(Reply reply) {
    assertThat(reply.status()).as("status of %s", reply).isBetween(400, 599);
    assertThat(reply.header("Content-Type")).as("Content-Type of %s", reply)
        .startsWith("application/json");
    Map<String, @Nullable Object> body = reply.json();
    assertThat(body).as("body of %s", reply).containsOnlyKeys("error");
    assertThat(body.get("error")).as("error of %s", reply).isInstanceOf(Map.class);
    Map<String, @Nullable Object> error = (Map<String, @Nullable Object>) body.get("error");
    assertThat(error).as("error of %s", reply)
        .containsKeys("code", "message", "request_id");
    assertThat(error.keySet()).as("members of %s", reply)
        .isSubsetOf("code", "message", "request_id", "field_errors");
    assertThat(error.get("code")).isInstanceOf(String.class);
    assertThat(error.get("message")).isInstanceOf(String.class);
    assertThat((String) error.get("message")).isNotBlank();
    assertThat(error.get("request_id")).as("request_id of %s", reply)
        .isEqualTo(reply.header("X-Request-Id"));
    assertThat(reply.body()).as("body of %s", reply)
        .doesNotContain("Exception", "\tat ", "at com.", "at java.");
    if (error.containsKey("field_errors")) {
      assertThat(error.get("field_errors")).isInstanceOf(List.class);
      for (Object fieldError : (List<Object>) error.get("field_errors")) {
        assertThat(fieldError).isInstanceOf(Map.class);
        assertThat(((Map<String, Object>) fieldError).keySet())
            .containsExactlyInAnyOrder("path", "rule", "message");
      }
    }
    return error;
  }

  /** The field errors of a 422 as {@code path rule} strings. */
  @SuppressWarnings("unchecked")
  static List<String> fieldErrors(Map<String, @Nullable Object> error) {
    Object list = error.get("field_errors");
    assertThat(list).as("field_errors of %s", error).isInstanceOf(List.class);
    return ((List<Map<String, Object>>) list).stream()
        .map(e -> e.get("path") + " " + e.get("rule"))
        .toList();
  }

  /** A JSON object read with the server's strict reader. */
  @SuppressWarnings("unchecked")
  static Map<String, @Nullable Object> object(String json) {
    try {
      Object tree = Json.parse(json);
      assertThat(tree).as("JSON object: %s", json).isInstanceOf(Map.class);
      return (Map<String, @Nullable Object>) tree;
    } catch (Json.Malformed e) {
      throw new AssertionError("not JSON (" + e.getMessage() + "): " + json, e);
    }
  }

  /**
   * Sends {@code head} (request line and headers, CRLF-separated, without the blank line) and
   * {@code body} over a plain socket, for what the JDK's client refuses to send (a broken
   * percent-escape, a bad Content-Length), and reads the answer until the server closes.
   *
   * @return the status line, headers and body as text
   */
  static String raw(LocalApiServer server, String head, byte[] body) {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write((head + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      return readAnswer(socket.getInputStream());
    } catch (IOException e) {
      throw new AssertionError("raw request failed: " + e, e);
    }
  }

  /** Reads one answer: the head, then as many bytes as its Content-Length says. */
  private static String readAnswer(java.io.InputStream in) throws IOException {
    java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      head.write(b);
      matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    String text = head.toString(StandardCharsets.ISO_8859_1);
    int length = 0;
    for (String line : text.split("\r\n", -1)) {
      if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
        length = Integer.parseInt(line.substring(15).strip());
      }
    }
    return text + new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }

  /** The status and the JSON body of a raw answer. */
  static Reply parseRaw(String answer) {
    int end = answer.indexOf("\r\n\r\n");
    assertThat(end).as("an answer: %s", answer).isPositive();
    String[] lines = answer.substring(0, end).split("\r\n", -1);
    int status = Integer.parseInt(lines[0].split(" ", 3)[1]);
    Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.computeIfAbsent(lines[i].substring(0, colon).strip(), k -> new java.util.ArrayList<>())
          .add(lines[i].substring(colon + 1).strip());
    }
    return new Reply(status, HttpHeaders.of(headers, (a, b) -> true),
        answer.substring(end + 4).getBytes(StandardCharsets.UTF_8));
  }

  /** A body of unknown length: sent chunked. */
  static BodyPublisher chunked(byte[] body) {
    BodyPublisher bytes = BodyPublishers.ofByteArray(body);
    return new BodyPublisher() {
      @Override
      public long contentLength() {
        return -1;
      }

      @Override
      public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
        bytes.subscribe(subscriber);
      }
    };
  }
}
