#include "web/web_server.hpp"

#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>

#include <atomic>
#include <chrono>
#include <iostream>
#include <thread>

#include <httplib.h>

#include "web/http_reply.hpp"
#include "web/request_guard.hpp"
#include "web/server_context.hpp"

namespace siofill::web {
namespace {

// No inline script or style, nothing from elsewhere: what the pages may load.
constexpr const char* kContentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

std::string default_message(int status, const ServerLimits& limits) {
  switch (status) {
    case 400:
      return "requête HTTP mal formée";
    case 404:
      return "adresse inconnue (pages : / et /secretariat ; API : /api/…)";
    case 405:
      return "méthode HTTP non prise en charge ici";
    case 413:
      return "requête trop volumineuse : au plus " + std::to_string(limits.max_request_bytes) + " octets";
    case 414:
      return "adresse trop longue";
    default:
      return "erreur " + std::to_string(status);
  }
}

// httplib 0.11 listens with a backlog of 5: a burst of connections (a class
// opening the page at once) would see some refused or reset. listen() again
// on the bound socket raises it; the socket is a protected member.
class Server : public httplib::Server {
 public:
  void widen_backlog(int backlog) { ::listen(svr_sock_, backlog); }
};

std::string url_host(const std::string& host) { return host.find(':') != std::string::npos ? "[" + host + "]" : host; }

}  // namespace

std::optional<JobSlots::Slot> ServerContext::take_slot(httplib::Response& res) {
  std::optional<JobSlots::Slot> slot = slots.try_take();
  if (!slot) {
    res.set_header("Retry-After", "1");
    reply_error(res, 503,
                "serveur occupé : " + std::to_string(settings.limits.jobs) +
                    " traitements sont déjà en cours ; réessayez dans un instant");
  }
  return slot;
}

bool run_server(const ServerSettings& settings, const std::function<void(const std::string&)>& on_listening,
                std::string& problem) {
  Server server;
  ServerContext ctx(settings);
  const ServerLimits& limits = settings.limits;
  server.set_payload_max_length(limits.max_request_bytes);
  server.set_read_timeout(10, 0);
  server.set_write_timeout(30, 0);
  server.set_keep_alive_timeout(2);
  // Headers and body leave in separate writes: with Nagle's algorithm the body
  // waited for the client’s delayed ACK, 40 ms per request (measured: 25 → 267 requests/s, one client).
  server.set_tcp_nodelay(true);
  // Connections wait in the pool's queue; jobs beyond `limits.jobs` get a 503 at once.
  const std::size_t threads = std::max<std::size_t>(8, 2u * limits.jobs);
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  server.set_default_headers({{"Content-Security-Policy", kContentSecurityPolicy},
                              {"X-Content-Type-Options", "nosniff"},
                              {"X-Frame-Options", "DENY"},
                              {"Referrer-Policy", "no-referrer"},
                              {"Cross-Origin-Resource-Policy", "same-origin"},
                              {"Cache-Control", "no-store"}});

  // httplib's default also sets SO_REUSEPORT: a second server on the same port
  // would then share it silently. Only SO_REUSEADDR (restart right after a stop).
  server.set_socket_options([](socket_t sock) {
    int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  int port = settings.port;
  if (port == 0) {
    port = server.bind_to_any_port(settings.host);
  } else if (!server.bind_to_port(settings.host, port)) {
    port = -1;
  }
  if (port <= 0) {
    problem = "impossible d’écouter sur " + settings.host + ":" + std::to_string(settings.port) +
              " (port déjà pris par un autre programme, ou adresse inconnue) ; essayez --port avec un autre numéro";
    return false;
  }
  server.widen_backlog(512);
  const RequestGuard guard(settings.host, port);
  server.set_pre_routing_handler([&guard](const httplib::Request& req, httplib::Response& res) {
    const auto refusal = guard.refusal(req.method, req.get_header_value("Host"), req.get_header_value("Origin"),
                                       req.get_header_value("Sec-Fetch-Site"));
    if (!refusal) return httplib::Server::HandlerResponse::Unhandled;
    reply_error(res, 403, *refusal);
    return httplib::Server::HandlerResponse::Handled;
  });
  server.set_error_handler(
      httplib::Server::HandlerWithResponse([&limits](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        reply_error(res, res.status, default_message(res.status, limits));
        return httplib::Server::HandlerResponse::Handled;
      }));
  server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    // The exception's text may quote a student's data: it is not logged, only its existence.
    reply_error(res, 500, "erreur interne du serveur");
  });
  // The path and status only: no query string, body or header (student data stays out of logs).
  server.set_logger([](const httplib::Request& req, const httplib::Response& res) {
    std::clog << req.method << " " << req.path << " " << res.status << "\n";
  });
  add_page_routes(server);
  add_api_routes(server, ctx);
  add_batch_route(server, ctx);

  // Ctrl-C and kill stop the server from a thread of their own (stop() is not
  // async-signal-safe). Blocked before the pool starts, so every thread inherits it.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  for (int s : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&stop_signals, s);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  std::atomic<bool> stopping{false};
  std::thread signal_thread([&server, &stop_signals, &stopping] {
    int received = 0;
    sigwait(&stop_signals, &received);
    stopping.store(true);
    server.stop();
  });
  on_listening("http://" + url_host(settings.host == "0.0.0.0" || settings.host == "::" ? "127.0.0.1" : settings.host) +
               ":" + std::to_string(port) + "/");
  server.listen_after_bind();
  // Listening ended without a signal (a socket error): wake the waiting thread.
  if (!stopping.load()) pthread_kill(signal_thread.native_handle(), SIGTERM);
  signal_thread.join();
  return true;
}

}  // namespace siofill::web
