#pragma once
// `siofill serve`: the HTTP server, its guards and limits, until SIGINT/SIGTERM.
#include <functional>
#include <string>

#include "web/server_settings.hpp"

namespace siofill::web {

// Binds, calls `on_listening` with the page's address, serves until a stop
// signal. Returns false with `problem` (French) when it cannot listen.
bool run_server(const ServerSettings& settings, const std::function<void(const std::string& url)>& on_listening,
                std::string& problem);

}  // namespace siofill::web
