// siofill_load_probe LIB...: what loading each shared library (and the ones it
// needs) costs a process that does not have it yet — the price every siofill
// command would pay at start-up for linking it. Prints one Markdown row per
// library: the process CPU time dlopen took (lazy binding, as the dynamic
// linker loads at exec), and its wall time.
// Linked against nothing but libc, so no library is there before it is timed.
#include <dlfcn.h>

#include <chrono>
#include <cstdio>
#include <ctime>

double cpu_ms() {
  timespec t{};
  ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const double cpu_start = cpu_ms();
    const auto start = std::chrono::steady_clock::now();
    void* handle = ::dlopen(argv[i], RTLD_LAZY | RTLD_LOCAL);
    const double wall = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    const double cpu = cpu_ms() - cpu_start;
    if (handle)
      std::printf("| %s | %.2f ms | %.2f ms |\n", argv[i], cpu, wall);
    else
      std::printf("| %s | introuvable | |\n", argv[i]);
  }
  return 0;
}
