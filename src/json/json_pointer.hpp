#pragma once
// JSON pointers (RFC 6901) as the messages name them: "/a/b~1c" for the path {"a", "b/c"}.
#include <cstddef>
#include <string>
#include <string_view>

namespace siofill::json {

// A key's control characters are written \u00XX: a pointer is shown in messages.
std::string pointer_append(const std::string& pointer, std::string_view key);
std::string pointer_append(const std::string& pointer, std::size_t index);

}  // namespace siofill::json
