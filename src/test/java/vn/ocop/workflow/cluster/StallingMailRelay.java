package vn.ocop.workflow.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A mail relay in front of the test's SMTP server that can go silent: while stalled it accepts
 * connections and says nothing, so a node's delivery jobs hang with their locks held; relaying again,
 * it connects the waiting ones and every new one through to the real server.
 */
final class StallingMailRelay implements AutoCloseable {

  private final ServerSocket listener;
  private final int upstreamPort;
  private final List<Socket> waiting = new ArrayList<>();
  private boolean stalled;

  StallingMailRelay(int upstreamPort) throws IOException {
    this.upstreamPort = upstreamPort;
    this.listener = new ServerSocket(0);
    Thread acceptor = new Thread(this::accept, "stalling-mail-relay");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return listener.getLocalPort();
  }

  synchronized void stall() {
    stalled = true;
  }

  /** Relays again: the connections that waited are put through first. */
  synchronized void relay() {
    stalled = false;
    waiting.forEach(this::connect);
    waiting.clear();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        synchronized (this) {
          if (stalled) {
            waiting.add(client);
          } else {
            connect(client);
          }
        }
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void connect(Socket client) {
    try {
      Socket upstream = new Socket("127.0.0.1", upstreamPort);
      pump(client, upstream);
      pump(upstream, client);
    } catch (IOException e) {
      close(client);
    }
  }

  private static void pump(Socket from, Socket to) {
    Thread pump = new Thread(() -> {
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        in.transferTo(out);
      } catch (IOException connectionGone) {
        // a node died or hung up: nothing more to relay
      } finally {
        close(from);
        close(to);
      }
    }, "mail-relay-pump");
    pump.setDaemon(true);
    pump.start();
  }

  private static void close(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  @Override
  public void close() {
    try {
      listener.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
