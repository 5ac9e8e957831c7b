#include "batch/shard_spec.hpp"

#include <charconv>

namespace siofill::batch {
namespace {
constexpr std::size_t kMaxShards = 100000;

std::optional<std::size_t> parse_count(std::string_view text) {
  std::size_t value = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc() || ptr != end) return std::nullopt;
  return value;
}

std::string variable(const char* name, const char* value) { return std::string(name) + "=" + value; }

// A variable that is set must hold a number: a typo in a job file should stop
// the run, not silently write shard 0.
bool read_number(const EnvironmentLookup& env, const char* name, std::optional<std::size_t>& out, std::string& error) {
  const char* value = env(name);
  if (!value) return true;
  out = parse_count(value);
  if (!out)
    error = "--shard auto : la variable d’environnement " + std::string(name) + " vaut « " + value +
            " », un entier positif était attendu";
  return out.has_value();
}

ShardFromEnvironment finish(std::size_t index, std::size_t count, std::string source) {
  ShardFromEnvironment r;
  if (count == 0 || count > kMaxShards) {
    r.error = "--shard auto : " + source + " donne " + std::to_string(count) + " lot(s) ; attendu entre 1 et " +
              std::to_string(kMaxShards);
  } else if (index >= count) {
    r.error = "--shard auto : " + source + " désigne le lot " + std::to_string(index) + " (compté à partir de 0) sur " +
              std::to_string(count) + " : numéro de lot hors limites";
  } else {
    r.shard = Shard{index, count};
    r.source = std::move(source);
  }
  return r;
}
}  // namespace

std::optional<Shard> parse_shard(std::string_view text) {
  const std::size_t slash = text.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  const auto i = parse_count(text.substr(0, slash));
  const auto n = parse_count(text.substr(slash + 1));
  if (!i || !n || *n == 0 || *i >= *n || *n > kMaxShards) return std::nullopt;
  return Shard{*i, *n};
}

ShardFromEnvironment shard_from_environment(std::optional<std::size_t> shard_count, const EnvironmentLookup& env) {
  ShardFromEnvironment r;
  const std::string count_hint = shard_count ? "--shard-count " + std::to_string(*shard_count) : std::string();

  // Kubernetes Indexed Job: JOB_COMPLETION_INDEX is 0 .. completions-1; the
  // number of completions is only in the Job's spec, hence --shard-count.
  std::optional<std::size_t> k8s_index;
  if (!read_number(env, "JOB_COMPLETION_INDEX", k8s_index, r.error)) return r;
  if (k8s_index) {
    const std::string source = variable("JOB_COMPLETION_INDEX", env("JOB_COMPLETION_INDEX"));
    if (!shard_count) {
      r.error = "--shard auto : " + source +
                " (Job indexé Kubernetes) mais le nombre de lots est inconnu : "
                "ajoutez --shard-count N, avec N la valeur « completions » du Job";
      return r;
    }
    return finish(*k8s_index, *shard_count, source + ", " + count_hint);
  }

  // Slurm job array: --array=1-8 gives SLURM_ARRAY_TASK_ID 1..8, MIN 1,
  // COUNT 8; a step (--array=0-14:2) spaces the ids.
  std::optional<std::size_t> task_id, task_count, task_min, task_step;
  if (!read_number(env, "SLURM_ARRAY_TASK_ID", task_id, r.error)) return r;
  if (task_id) {
    if (!read_number(env, "SLURM_ARRAY_TASK_COUNT", task_count, r.error) ||
        !read_number(env, "SLURM_ARRAY_TASK_MIN", task_min, r.error) ||
        !read_number(env, "SLURM_ARRAY_TASK_STEP", task_step, r.error))
      return r;
    std::string source = variable("SLURM_ARRAY_TASK_ID", env("SLURM_ARRAY_TASK_ID"));
    if (!task_count && !shard_count) {
      r.error = "--shard auto : " + source +
                " (tableau de tâches Slurm) sans SLURM_ARRAY_TASK_COUNT : "
                "ajoutez --shard-count N";
      return r;
    }
    if (task_count && shard_count && *task_count != *shard_count) {
      r.error = "--shard auto : SLURM_ARRAY_TASK_COUNT=" + std::to_string(*task_count) + " mais " + count_hint +
                " : les deux nombres de lots doivent être égaux (ou retirez --shard-count)";
      return r;
    }
    const std::size_t min = task_min.value_or(0), step = task_step && *task_step > 0 ? *task_step : 1;
    if (*task_id < min || (*task_id - min) % step != 0) {
      r.error = "--shard auto : " + source +
                " n’est pas dans le tableau déclaré (SLURM_ARRAY_TASK_MIN=" + std::to_string(min) + ", pas de " +
                std::to_string(step) + ")";
      return r;
    }
    if (task_count)
      source += ", SLURM_ARRAY_TASK_COUNT=" + std::to_string(*task_count);
    else
      source += ", " + count_hint;
    return finish((*task_id - min) / step, task_count ? *task_count : *shard_count, source);
  }

  // GNU parallel: PARALLEL_SEQ counts jobs from 1; the total is not exported.
  std::optional<std::size_t> seq;
  if (!read_number(env, "PARALLEL_SEQ", seq, r.error)) return r;
  if (seq) {
    const std::string source = variable("PARALLEL_SEQ", env("PARALLEL_SEQ"));
    if (*seq == 0) {
      r.error = "--shard auto : " + source + " : GNU parallel numérote ses tâches à partir de 1";
      return r;
    }
    if (!shard_count) {
      r.error = "--shard auto : " + source +
                " (GNU parallel) mais le nombre de lots est inconnu : "
                "ajoutez --shard-count N (le nombre de tâches lancées)";
      return r;
    }
    return finish(*seq - 1, *shard_count, source + ", " + count_hint);
  }

  r.error =
      "--shard auto : aucun ordonnanceur trouvé dans l’environnement (ni JOB_COMPLETION_INDEX d’un Job indexé "
      "Kubernetes, ni SLURM_ARRAY_TASK_ID d’un tableau Slurm, ni PARALLEL_SEQ de GNU parallel) ; "
      "indiquez le lot avec --shard I/N";
  return r;
}

}  // namespace siofill::batch
