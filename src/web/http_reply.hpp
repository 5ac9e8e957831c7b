#pragma once
// Replies of the API: JSON bodies, French error messages, downloads.
#include <initializer_list>
#include <string>

#include <httplib.h>
#include <nlohmann/json.hpp>

namespace siofill::web {

template <typename Json>
void reply_json(httplib::Response& res, int status, const Json& body) {
  res.status = status;
  // Text that is not UTF-8 (a file name) is shown with U+FFFD, as the CLI's --json does.
  res.set_content(body.dump(2, ' ', false, Json::error_handler_t::replace) + "\n", "application/json; charset=utf-8");
}

// {"error": message, "errors": [{file, pointer?, line?, column?, message}, …]}
void reply_error(httplib::Response& res, int status, const std::string& message,
                 const nlohmann::json& errors = nlohmann::json::array());

// Refuses (415) a body whose Content-Type is none of `types`; true when accepted.
bool body_type_is(const httplib::Request& req, httplib::Response& res, std::initializer_list<const char*> types);

// Refuses (413) a body larger than `max_bytes`; true when it fits.
bool body_fits(const httplib::Request& req, httplib::Response& res, std::size_t max_bytes, const char* what);

// Content-Disposition of a download: an ASCII name for old clients, the UTF-8 one (RFC 6266) for the others.
std::string attachment(const std::string& file_name);

}  // namespace siofill::web
