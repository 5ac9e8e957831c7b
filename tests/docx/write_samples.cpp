// Writes every sample form as .docx and .xml into a directory, each with a
// NAME.expected.json listing what a reader must find in it (texts, tables,
// checkbox states, sections, metadata). The Python tests read both.
#include <cstdio>
#include <fstream>
#include <string>
#include <type_traits>

#include <nlohmann/json.hpp>

#include "document/normalize_form.hpp"
#include "docx/docx_writer.hpp"
#include "docx/package.hpp"
#include "sample_forms.hpp"

using namespace siofill;
using nlohmann::json;

namespace {

// The text as the model holds it once normalised (the writer prints it as it is).
std::string clean(const std::string& s) { return doc::normalized_text(s); }

std::string item_text(const doc::Item& item) {
  std::string t;
  for (const doc::Span& s : item.spans) t += s.text;
  return clean(t);
}

struct Expectations {
  json texts = json::array();
  json checkboxes = json::array();
  json tables = json::array();

  void item(const doc::Item& i) {
    if (!item_text(i).empty()) texts.push_back(item_text(i));
    if (i.kind == doc::Item::Kind::Checkbox) checkboxes.push_back({{"checked", i.checked}, {"mark", i.mark}});
  }
  void block(const doc::Block& b) {
    std::visit(
        [&](const auto& x) {
          using T = std::decay_t<decltype(x)>;
          if constexpr (std::is_same_v<T, doc::Heading>) {
            texts.push_back(clean(x.text));
          } else if constexpr (std::is_same_v<T, doc::Item>) {
            item(x);
          } else if constexpr (std::is_same_v<T, doc::Table>) {
            json rows = json::array();
            for (const doc::Row& r : x.rows) {
              json cells = json::array();
              for (const doc::Cell& c : r.cells) {
                json items = json::array();
                for (const doc::Item& i : c.items) {
                  item(i);
                  items.push_back({{"text", item_text(i)}, {"kind", static_cast<int>(i.kind)}});
                }
                cells.push_back({{"colspan", c.colspan}, {"shaded", c.shaded}, {"items", items}});
              }
              rows.push_back({{"header", r.header}, {"min_height", r.min_height}, {"cells", cells}});
            }
            tables.push_back({{"widths", x.widths}, {"borders", x.borders}, {"rows", rows}});
          }
        },
        b);
  }
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s OUTDIR\n", argv[0]);
    return 2;
  }
  const std::filesystem::path dir = argv[1];
  std::filesystem::create_directories(dir);
  const doc::WriteOptions options;  // fixed default timestamp
  for (auto [name, form] : docx_test::all_sample_forms()) {
    doc::normalize_form(form);  // as fill_form does before any writer
    docx::write_docx(form, dir / (name + ".docx"), options);
    docx::write_flat_xml(form, dir / (name + ".xml"), options);

    Expectations e;
    json sections = json::array();
    for (const doc::Section& s : form.sections) {
      for (const doc::Block& b : s.blocks) e.block(b);
      e.texts.push_back(clean(s.footer));
      sections.push_back({{"landscape", s.orientation == doc::Orientation::Landscape}, {"footer", clean(s.footer)}});
    }
    const json expected = {
        {"meta",
         {{"title", clean(form.meta.title)},
          {"subject", clean(form.meta.subject)},
          {"author", clean(form.meta.author)},
          {"keywords", clean(form.meta.keywords)}}},
        {"timestamp", options.timestamp},
        {"texts", e.texts},
        {"checkboxes", e.checkboxes},
        {"tables", e.tables},
        {"sections", sections},
    };
    std::ofstream(dir / (name + ".expected.json")) << expected.dump(1) << '\n';
  }
  return 0;
}
