#pragma once
// The system's error codes told in French: the C library speaks the locale's
// language, which is English ("No such file or directory") on most servers
// and in CI, while every message of siofill is French.
#include <string>
#include <system_error>

namespace siofill::text {

// "il n’existe pas", "disque plein", "nom de fichier trop long"… for an errno
// value; the C library's wording (with the number) for the rare others.
std::string system_error_text(int error);

// The same for a std::error_code from <filesystem>.
std::string system_error_text(const std::error_code& ec);

}  // namespace siofill::text
