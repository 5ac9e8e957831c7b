#pragma once
// RFC 4648 base64, for a zip carried inside a JSON reply.
#include <string>
#include <string_view>

namespace siofill::web {

std::string base64(std::string_view bytes);

}  // namespace siofill::web
