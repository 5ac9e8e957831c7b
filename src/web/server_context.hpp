#pragma once
// What every route shares: the settings and the job slots.
#include <optional>

#include <httplib.h>

#include "web/job_slots.hpp"
#include "web/server_settings.hpp"

namespace siofill::web {

struct ServerContext {
  explicit ServerContext(const ServerSettings& s) : settings(s), slots(s.limits.jobs) {}
  const ServerSettings& settings;
  JobSlots slots;

  // A job slot, or nullopt with the 503 reply set.
  std::optional<JobSlots::Slot> take_slot(httplib::Response& res);
};

// Registers each group of routes on the server.
void add_api_routes(httplib::Server& server, ServerContext& ctx);
void add_batch_route(httplib::Server& server, ServerContext& ctx);
void add_page_routes(httplib::Server& server);

}  // namespace siofill::web
