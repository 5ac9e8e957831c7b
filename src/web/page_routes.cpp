// The pages and their scripts and style, compiled into the binary (web/):
// the server works with no network and no file beside it.
#include <string>

#include "embedded/embedded_files.hpp"
#include "web/server_context.hpp"

namespace siofill::web {
namespace {

std::string content_type_of(std::string_view name) {
  if (name.ends_with(".html")) return "text/html; charset=utf-8";
  if (name.ends_with(".css")) return "text/css; charset=utf-8";
  if (name.ends_with(".js")) return "text/javascript; charset=utf-8";
  if (name.ends_with(".svg")) return "image/svg+xml";
  if (name.ends_with(".png")) return "image/png";
  return "application/octet-stream";
}

void serve_embedded(const std::string& name, httplib::Response& res) {
  const std::optional<std::string_view> bytes = embedded_file(name);
  if (!bytes) {
    res.status = 404;
    return;
  }
  res.set_content(std::string(*bytes), content_type_of(name));
}

}  // namespace

void add_page_routes(httplib::Server& server) {
  server.Get("/", [](const httplib::Request&, httplib::Response& res) { serve_embedded("web/etudiant.html", res); });
  server.Get("/secretariat",
             [](const httplib::Request&, httplib::Response& res) { serve_embedded("web/secretariat.html", res); });
  // Only names made of these characters reach the lookup: nothing else is served.
  server.Get(R"(/static/([a-z0-9-]+\.(css|js|svg|png)))", [](const httplib::Request& req, httplib::Response& res) {
    serve_embedded("web/static/" + req.matches[1].str(), res);
  });
}

}  // namespace siofill::web
