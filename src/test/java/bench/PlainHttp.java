package bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpCookie;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The load driver's client for one signed-in session: HTTP/1.1 GETs over one kept-alive socket, as
 * a browser tab sends them (reconnecting when the server closes the connection, as Tomcat does
 * after 100 requests), with the session's cookies taken from the {@link HttpClient} that signed in.
 * The whole body is read (by Content-Length or chunks) and decoded as UTF-8.
 *
 * <p>Why not {@link HttpClient} for the load itself: on the two shared cores the benchmarks run on,
 * its per-request machinery (a selector thread per client, futures, body subscribers) took about a
 * quarter of the machine while the server it measured got half (JFR thread CPU load, 7/12/2026).
 * Browsers run on their users' own machines; the measuring client should cost the server as little
 * as it can.
 */
final class PlainHttp implements AutoCloseable {

  /** A response: its status and its body. */
  record Response(int status, String body) {}

  private final String host;
  private final int port;
  private final String cookie;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  private PlainHttp(String host, int port, String cookie) {
    this.host = host;
    this.port = port;
    this.cookie = cookie;
  }

  /** A client for {@code base} sending the cookies {@code signedIn} holds for it. */
  static PlainHttp of(String base, HttpClient signedIn) {
    URI uri = URI.create(base);
    StringBuilder cookies = new StringBuilder();
    java.net.CookieHandler handler = signedIn.cookieHandler().orElseThrow();
    List<HttpCookie> all = ((java.net.CookieManager) handler).getCookieStore().get(uri);
    for (HttpCookie c : all) {
      if (!cookies.isEmpty()) {
        cookies.append("; ");
      }
      cookies.append(c.getName()).append('=').append(c.getValue());
    }
    return new PlainHttp(uri.getHost(), uri.getPort(), cookies.toString());
  }

  /** GET {@code path}; one retry on a fresh connection when a kept-alive one was closed. */
  Response get(String path) throws IOException {
    boolean fresh = socket == null;
    try {
      return exchange(path);
    } catch (EOFException | java.net.SocketException e) {
      close();
      if (fresh) {
        throw e;
      }
      return exchange(path);
    }
  }

  private Response exchange(String path) throws IOException {
    if (socket == null) {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(30_000);
      socket.connect(new InetSocketAddress(host, port), 5_000);
      in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
      out = socket.getOutputStream();
    }
    String request =
        "GET "
            + path
            + " HTTP/1.1\r\nHost: "
            + host
            + ":"
            + port
            + "\r\nAccept-Language: vi\r\nCookie: "
            + cookie
            + "\r\n\r\n";
    out.write(request.getBytes(StandardCharsets.UTF_8));
    out.flush();
    String status = line();
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean closes = false;
    for (String header = line(); !header.isEmpty(); header = line()) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(lower.substring(15).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      } else if (lower.startsWith("connection:") && lower.contains("close")) {
        closes = true;
      }
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream(chunked ? 64 * 1024 : (int) length);
    if (chunked) {
      for (int size = Integer.parseInt(line().split(";")[0].trim(), 16);
          size > 0;
          size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
        copy(size, body);
        line();
      }
      while (!line().isEmpty()) {
        // trailers
      }
    } else if (length > 0) {
      copy(length, body);
    }
    if (closes) {
      close();
    }
    return new Response(code, body.toString(StandardCharsets.UTF_8));
  }

  private void copy(long size, ByteArrayOutputStream to) throws IOException {
    byte[] buffer = new byte[8192];
    long left = size;
    while (left > 0) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (read < 0) {
        throw new EOFException("connection closed in a body");
      }
      to.write(buffer, 0, read);
      left -= read;
    }
  }

  private String line() throws IOException {
    StringBuilder line = new StringBuilder(64);
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new EOFException("connection closed");
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // closing anyway
      }
      socket = null;
    }
  }
}
