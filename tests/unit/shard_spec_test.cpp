// --shard I/N and --shard auto: the environment of each scheduler, parsed
// from a fake environment (no cluster needed).
#include <catch2/catch.hpp>

#include <map>
#include <string>

#include "batch/shard_spec.hpp"

using siofill::batch::parse_shard;
using siofill::batch::shard_from_environment;

namespace {
struct FakeEnvironment {
  std::map<std::string, std::string> values;
  const char* operator()(const char* name) const {
    const auto it = values.find(name);
    return it == values.end() ? nullptr : it->second.c_str();
  }
};

siofill::batch::ShardFromEnvironment resolve(std::map<std::string, std::string> env,
                                             std::optional<std::size_t> count = std::nullopt) {
  const FakeEnvironment fake{std::move(env)};
  return shard_from_environment(count, fake);
}
}  // namespace

TEST_CASE("shard I/N is parsed strictly") {
  REQUIRE(parse_shard("0/4"));
  CHECK(parse_shard("3/4")->index == 3);
  CHECK(parse_shard("3/4")->count == 4);
  CHECK_FALSE(parse_shard("4/4"));
  CHECK_FALSE(parse_shard("0/0"));
  CHECK_FALSE(parse_shard("-1/4"));
  CHECK_FALSE(parse_shard("1/4x"));
  CHECK_FALSE(parse_shard(" 1/4"));
  CHECK_FALSE(parse_shard("1"));
  CHECK_FALSE(parse_shard("/"));
  CHECK_FALSE(parse_shard("0/100001"));
  CHECK_FALSE(parse_shard("99999999999999999999999/4"));
}

TEST_CASE("shard auto: Kubernetes Indexed Job needs --shard-count") {
  auto r = resolve({{"JOB_COMPLETION_INDEX", "2"}}, 5);
  REQUIRE(r.shard);
  CHECK(r.shard->index == 2);
  CHECK(r.shard->count == 5);
  CHECK(r.source.find("JOB_COMPLETION_INDEX=2") != std::string::npos);

  r = resolve({{"JOB_COMPLETION_INDEX", "2"}});
  CHECK_FALSE(r.shard);
  CHECK(r.error.find("--shard-count") != std::string::npos);

  r = resolve({{"JOB_COMPLETION_INDEX", "5"}}, 5);
  CHECK_FALSE(r.shard);
  CHECK(r.error.find("hors limites") != std::string::npos);

  r = resolve({{"JOB_COMPLETION_INDEX", "deux"}}, 5);
  CHECK_FALSE(r.shard);
  CHECK(r.error.find("« deux »") != std::string::npos);
}

TEST_CASE("shard auto: Slurm job array, from its own count, minimum and step") {
  auto r = resolve({{"SLURM_ARRAY_TASK_ID", "3"}, {"SLURM_ARRAY_TASK_COUNT", "8"}, {"SLURM_ARRAY_TASK_MIN", "0"}});
  REQUIRE(r.shard);
  CHECK(r.shard->index == 3);
  CHECK(r.shard->count == 8);

  // --array=1-8: ids 1..8 are shards 0..7.
  r = resolve({{"SLURM_ARRAY_TASK_ID", "8"}, {"SLURM_ARRAY_TASK_COUNT", "8"}, {"SLURM_ARRAY_TASK_MIN", "1"}});
  REQUIRE(r.shard);
  CHECK(r.shard->index == 7);

  // --array=0-14:2: ids 0, 2, …, 14 are shards 0..7.
  r = resolve({{"SLURM_ARRAY_TASK_ID", "6"},
               {"SLURM_ARRAY_TASK_COUNT", "8"},
               {"SLURM_ARRAY_TASK_MIN", "0"},
               {"SLURM_ARRAY_TASK_STEP", "2"}});
  REQUIRE(r.shard);
  CHECK(r.shard->index == 3);

  r = resolve({{"SLURM_ARRAY_TASK_ID", "3"}, {"SLURM_ARRAY_TASK_COUNT", "8"}}, 4);
  CHECK_FALSE(r.shard);
  CHECK(r.error.find("égaux") != std::string::npos);

  r = resolve({{"SLURM_ARRAY_TASK_ID", "0"}, {"SLURM_ARRAY_TASK_MIN", "1"}, {"SLURM_ARRAY_TASK_COUNT", "8"}});
  CHECK_FALSE(r.shard);

  r = resolve({{"SLURM_ARRAY_TASK_ID", "3"}});
  CHECK_FALSE(r.shard);
  CHECK(r.error.find("SLURM_ARRAY_TASK_COUNT") != std::string::npos);
}

TEST_CASE("shard auto: GNU parallel counts from 1") {
  auto r = resolve({{"PARALLEL_SEQ", "1"}}, 3);
  REQUIRE(r.shard);
  CHECK(r.shard->index == 0);
  CHECK(r.shard->count == 3);

  r = resolve({{"PARALLEL_SEQ", "4"}}, 3);
  CHECK_FALSE(r.shard);

  r = resolve({{"PARALLEL_SEQ", "0"}}, 3);
  CHECK_FALSE(r.shard);

  r = resolve({{"PARALLEL_SEQ", "2"}});
  CHECK_FALSE(r.shard);
  CHECK(r.error.find("--shard-count") != std::string::npos);
}

TEST_CASE("shard auto without any scheduler says which variables it looked for") {
  const auto r = resolve({}, 4);
  CHECK_FALSE(r.shard);
  CHECK(r.error.find("JOB_COMPLETION_INDEX") != std::string::npos);
  CHECK(r.error.find("SLURM_ARRAY_TASK_ID") != std::string::npos);
  CHECK(r.error.find("PARALLEL_SEQ") != std::string::npos);
}
