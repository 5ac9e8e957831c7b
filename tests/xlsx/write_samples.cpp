// Writes every sample form as DIR/NAME.xlsx with DIR/NAME.expected.json, what
// check_openpyxl.py must find in it:
//   sheets: [{name?, orientation, repeat_first_cell?, footer?}] in order
//   rows: [{sheet | sheet_index, cells: [texts of consecutive cells of a row]}]
//   boxes: [{sheet, text, values}] a cell showing `text` carries this list
//   long_texts, rich, bold, no_validation, properties, min_pages
// With --bench N, writes each sample N times and prints the time per workbook.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <string>

#include "document/normalize_form.hpp"
#include "sample_forms.hpp"
#include "xlsx/xlsx_writer.hpp"

using namespace siofill;

namespace {

int bench(const std::filesystem::path& dir, int n) {
  const doc::WriteOptions options;
  std::filesystem::create_directories(dir);
  for (xlsx_test::Sample s : xlsx_test::all_samples()) {
    doc::normalize_form(s.form);  // as fill_form does before any writer
    const std::filesystem::path out = dir / (s.name + ".xlsx");
    const std::clock_t c0 = std::clock();
    const auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < n; ++i) xlsx::write_xlsx(s.form, out, options);
    const double cpu = 1000.0 * static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC / n;
    const double wall = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count() / n;
    std::printf("%-10s %8.2f ms CPU %8.2f ms wall %8ju bytes\n", s.name.c_str(), cpu, wall,
                static_cast<std::uintmax_t>(std::filesystem::file_size(out)));
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 4 && std::strcmp(argv[1], "--bench") == 0) return bench(argv[3], std::atoi(argv[2]));
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s OUTDIR | --bench N OUTDIR\n", argv[0]);
    return 2;
  }
  const std::filesystem::path dir = argv[1];
  std::filesystem::create_directories(dir);
  const doc::WriteOptions options;  // the fixed default timestamp
  try {
    for (xlsx_test::Sample s : xlsx_test::all_samples()) {
      doc::normalize_form(s.form);  // as fill_form does before any writer
      xlsx::write_xlsx(s.form, dir / (s.name + ".xlsx"), options);
      std::ofstream(dir / (s.name + ".expected.json")) << s.expected.dump(1) << '\n';
    }
  } catch (const doc::WriteError& e) {
    std::fprintf(stderr, "%s\n", e.what());
    return 1;
  }
  return 0;
}
