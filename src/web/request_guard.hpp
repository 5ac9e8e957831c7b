#pragma once
// Who may talk to the server. A page of another site open in the same browser
// must not be able to post to it (Origin, Sec-Fetch-Site), nor read it through
// a domain name that resolves to 127.0.0.1 (DNS rebinding: the Host header
// names that domain). Scripts (curl, Python) send no Origin and are welcome.
#include <optional>
#include <string>

namespace siofill::web {

class RequestGuard {
 public:
  // `host` is the address the server listens on (--host), `port` the real port.
  RequestGuard(std::string host, int port) : host_(std::move(host)), port_(port) {}

  // Why the request is refused (French), or nullopt. `method` is "GET", "POST"…
  std::optional<std::string> refusal(const std::string& method, const std::string& host_header,
                                     const std::string& origin, const std::string& fetch_site) const;

  // The Host values accepted: localhost, an IP address (no DNS name can be
  // rebound to them), or the --host name itself, each with the server's port.
  bool host_allowed(const std::string& host_header) const;

 private:
  std::string host_;
  int port_;
};

// "application/json; charset=utf-8" -> "application/json" (lower case, no parameters).
std::string media_type(const std::string& content_type);

}  // namespace siofill::web
