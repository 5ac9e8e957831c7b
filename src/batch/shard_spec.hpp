#pragma once
// Which part of a class this run writes: `--shard I/N`, or `--shard auto`
// where a scheduler runs the same command many times and tells each copy its
// number through the environment (Kubernetes Indexed Job, Slurm job array,
// GNU parallel).
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "batch/batch_runner.hpp"

namespace siofill::batch {

// "I/N" with 0 <= I < N <= 100000; nullopt otherwise.
std::optional<Shard> parse_shard(std::string_view text);

// Reads one environment variable; nullptr when unset. Injected so tests
// need no real scheduler.
using EnvironmentLookup = std::function<const char*(const char*)>;

struct ShardFromEnvironment {
  std::optional<Shard> shard;  // set on success
  std::string source;          // on success: where it came from, e.g. "SLURM_ARRAY_TASK_ID=3, SLURM_ARRAY_TASK_COUNT=8"
  std::string error;           // on failure: a French message for the user
};

// The shard of `--shard auto`. `shard_count` is --shard-count, needed where
// the scheduler does not export the number of copies (Kubernetes, GNU parallel).
ShardFromEnvironment shard_from_environment(std::optional<std::size_t> shard_count, const EnvironmentLookup& env);

}  // namespace siofill::batch
