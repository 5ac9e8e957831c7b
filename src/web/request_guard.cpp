#include "web/request_guard.hpp"

#include <arpa/inet.h>

#include <algorithm>
#include <cctype>

namespace siofill::web {
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

bool is_ip_literal(const std::string& name) {
  unsigned char buffer[16];
  if (name.size() > 2 && name.front() == '[' && name.back() == ']')
    return ::inet_pton(AF_INET6, name.substr(1, name.size() - 2).c_str(), buffer) == 1;
  return ::inet_pton(AF_INET, name.c_str(), buffer) == 1;
}

}  // namespace

std::string media_type(const std::string& content_type) {
  std::string t = content_type.substr(0, content_type.find(';'));
  t.erase(0, t.find_first_not_of(" \t"));
  t.erase(t.find_last_not_of(" \t") + 1);
  return lower(t);
}

bool RequestGuard::host_allowed(const std::string& host_header) const {
  const std::string h = lower(host_header);
  const std::size_t colon = h.rfind(':');
  if (colon == std::string::npos || h.find(']', colon) != std::string::npos) return false;  // the port is always there
  if (h.substr(colon + 1) != std::to_string(port_)) return false;
  const std::string name = h.substr(0, colon);
  return name == "localhost" || is_ip_literal(name) || name == lower(host_);
}

std::optional<std::string> RequestGuard::refusal(const std::string& method, const std::string& host_header,
                                                 const std::string& origin, const std::string& fetch_site) const {
  if (!host_allowed(host_header))
    return "en-tête Host « " + host_header.substr(0, 100) +
           " » refusé : ouvrez la page par l’adresse que siofill serve a "
           "affichée (http://127.0.0.1:" +
           std::to_string(port_) + "/)";
  if (method == "GET" || method == "HEAD") return std::nullopt;
  // A browser says where a post comes from; another site's page is refused.
  if (!origin.empty() && lower(origin) != "http://" + lower(host_header))
    return "requête venue d’un autre site (Origin « " + origin.substr(0, 100) + " ») refusée";
  if (!fetch_site.empty() && fetch_site != "same-origin" && fetch_site != "none")
    return "requête venue d’un autre site (Sec-Fetch-Site « " + fetch_site.substr(0, 40) + " ») refusée";
  return std::nullopt;
}

}  // namespace siofill::web
