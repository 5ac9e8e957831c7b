// document/form_dump: the text the golden files of tests/golden/ hold.
#include <catch2/catch.hpp>

#include "document/form_dump.hpp"

using namespace siofill;

TEST_CASE("a form dump shows every field, one line each, escapes included") {
  doc::FilledForm form;
  form.form_id = "essai";
  form.meta.title = "Titre";
  doc::Section section;
  section.orientation = doc::Orientation::Landscape;
  section.footer = "pied";
  section.bookmarks.push_back(doc::Bookmark{"Signet", 1, 0});
  section.blocks.push_back(doc::Heading{"Titre\nsur deux lignes", 1, doc::Align::Center});
  doc::Item rich;
  rich.spans = {doc::Span{"gras", true, false}, doc::Span{" puis ", false, false}, doc::Span{"italique", false, true}};
  section.blocks.push_back(rich);
  doc::Table table;
  table.widths = {1, 2.5};
  doc::Row row;
  row.header = true;
  row.min_height = 12;
  row.cells.push_back(doc::Cell{{doc::mark_item(true, "X")}, 2, true, doc::VAlign::Middle});
  table.rows.push_back(row);
  section.blocks.push_back(table);
  section.blocks.push_back(doc::PageBreak{});
  section.blocks.push_back(doc::bullet_item("bip\x07 \xff"));
  section.blocks.push_back(doc::checkbox_item(false, "SISR"));
  form.sections.push_back(section);

  CHECK(doc::dump_form(form) ==
        "form « essai »\n"
        "title « Titre »\n"
        "subject «  »\n"
        "author «  »\n"
        "keywords «  »\n"
        "\n"
        "section 1 landscape, footer « pied »\n"
        "  bookmark 1 at block 1 « Signet »\n"
        "  1. heading 1 (center) Titre\\nsur deux lignes\n"
        "  2. text (body, left) **gras** puis _italique_\n"
        "  3. table, widths 1 2.5\n"
        "    row 1 header min-height 12\n"
        "      cell 1 colspan 2 shaded middle\n"
        "        [x] mark « X » (body, center)\n"
        "  4. page break\n"
        "  5. bullet (body, left) bip\\x07 \\xFF\n"
        "  6. [ ] (body, left) SISR\n");
}
