#include "web/http_reply.hpp"

#include "web/request_guard.hpp"

namespace siofill::web {

void reply_error(httplib::Response& res, int status, const std::string& message, const nlohmann::json& errors) {
  reply_json(res, status, nlohmann::ordered_json{{"status", status}, {"error", message}, {"errors", errors}});
}

bool body_type_is(const httplib::Request& req, httplib::Response& res, std::initializer_list<const char*> types) {
  const std::string type = media_type(req.get_header_value("Content-Type"));
  std::string expected;
  for (const char* t : types) {
    if (type == t) return true;
    expected += (expected.empty() ? "" : " ou ") + std::string(t);
  }
  reply_error(res, 415,
              "type de contenu « " + (type.empty() ? std::string("absent") : type.substr(0, 80)) +
                  " » refusé : attendu " + expected + " (en-tête Content-Type)");
  return false;
}

bool body_fits(const httplib::Request& req, httplib::Response& res, std::size_t max_bytes, const char* what) {
  if (req.body.size() <= max_bytes) return true;
  reply_error(res, 413,
              std::string(what) + " trop volumineux : " + std::to_string(req.body.size()) + " octets, au plus " +
                  std::to_string(max_bytes));
  return false;
}

std::string attachment(const std::string& file_name) {
  std::string ascii, encoded;
  for (unsigned char c : file_name) {
    const bool plain = std::isalnum(c) || c == '-' || c == '_' || c == '.';
    ascii += plain ? static_cast<char>(c) : '_';
    if (plain) {
      encoded += static_cast<char>(c);
    } else {
      static const char* hex = "0123456789ABCDEF";
      encoded += '%';
      encoded += hex[c >> 4];
      encoded += hex[c & 15];
    }
  }
  return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
}

}  // namespace siofill::web
