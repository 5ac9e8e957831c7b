// Writes the hand-made sample forms as PDF for the end-to-end tests, and
// measures the writer when asked.
// Usage: pdf_write_samples OUT_DIR            writes OUT_DIR/<name>.pdf, prints unsupported characters
//        pdf_write_samples OUT_DIR --bench N  writes each sample N times, prints ms per document
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "document/normalize_form.hpp"
#include "pdf/pdf_writer.hpp"
#include "sample_forms.hpp"
#include "text/utf8.hpp"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s OUT_DIR [--bench N]\n", argv[0]);
    return 2;
  }
  const std::filesystem::path dir = argv[1];
  const int repeat = argc >= 4 && std::string(argv[2]) == "--bench" ? std::atoi(argv[3]) : 0;
  const siofill::doc::WriteOptions options;
  try {
    for (auto [name, form] : siofill::pdf_test::all_sample_forms()) {
      siofill::doc::normalize_form(form);  // as fill_form does before any writer
      const std::filesystem::path out = dir / (name + ".pdf");
      if (repeat > 0) {
        siofill::pdf::write_pdf(form, out, options);  // warm-up: fonts opened once per process
        const auto t0 = std::chrono::steady_clock::now();
        for (int i = 0; i < repeat; ++i) siofill::pdf::write_pdf(form, out, options);
        const auto t1 = std::chrono::steady_clock::now();
        std::printf("%s %.3f ms %ju bytes\n", name.c_str(),
                    std::chrono::duration<double, std::milli>(t1 - t0).count() / repeat,
                    static_cast<std::uintmax_t>(std::filesystem::file_size(out)));
        continue;
      }
      siofill::pdf::write_pdf(form, out, options);
      std::printf("%s:", name.c_str());
      for (char32_t c : siofill::pdf::unsupported_characters(form))
        std::printf(" %s", siofill::text::code_point_name(c).c_str());
      std::printf("\n");
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "erreur : %s\n", e.what());
    return 1;
  }
  return 0;
}
