#!/usr/bin/python3
"""Reads the sample workbooks back with openpyxl and checks them against
NAME.expected.json: every value at its place (cells of a row in order, merged
ranges as one cell), texts kept as text, long texts complete, boxes and marks
with their drop-down lists, rich text, printing set-up, row heights tall
enough for the wrapped text, document properties.

    check_openpyxl.py SAMPLES_DIR
"""

import datetime
import json
import pathlib
import sys
import xml.etree.ElementTree as ET
import zipfile

import openpyxl
from openpyxl.utils import range_boundaries

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from xlsx_support import (Report, anchor_rows, check_row_heights, check_sheet_basics,  # noqa: E402
                          merged_range_of, squeeze)


def find_row(ws, expected):
    """Whether some row shows `expected` in consecutive cells."""
    for cells in anchor_rows(ws):
        texts = [t for _, t in cells]
        for start in range(0, len(texts) - len(expected) + 1):
            if texts[start:start + len(expected)] == expected:
                return True
    return False


def validations_of(ws):
    out = []
    for dv in ws.data_validations.dataValidation:
        cells = set()
        for rng in str(dv.sqref).split():
            c1, r1, c2, r2 = range_boundaries(rng)
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    cells.add((r, c))
        out.append((dv, cells))
    return out


def check_sheet_setup(ws, want, report, label):
    check_sheet_basics(ws, report, label)
    if "name" in want:
        report.check(ws.title == want["name"], f"{label}: nom de feuille {ws.title!r} au lieu de {want['name']!r}")
    report.check(ws.page_setup.orientation == want["orientation"],
                 f"{label}: orientation {ws.page_setup.orientation} au lieu de {want['orientation']}")
    report.check(len(ws.title) <= 31 and not any(ch in ws.title for ch in "[]:*?/\\"),
                 f"{label}: nom de feuille invalide {ws.title!r}")
    if "footer" in want:
        # openpyxl leaves Excel's "&&" (a literal '&') as it is.
        shown = (ws.oddFooter.left.text or "").replace("&&", "&")
        report.check(shown == want["footer"],
                     f"{label}: pied de page {shown!r} au lieu de {want['footer']!r}")
    if "repeat_first_cell" in want:
        titles = ws.print_title_rows  # "9:9"
        ok = False
        if titles:
            first, last = (int(x) for x in titles.replace("$", "").split(":"))
            ok = any(c.value == want["repeat_first_cell"] for r in range(first, last + 1) for c in ws[r])
        report.check(ok, f"{label}: lignes répétées {titles!r} sans l’en-tête {want['repeat_first_cell'][:30]!r}")
    # Headings are merged across the whole sheet.
    if ws.max_column > 1 and ws["A1"].value:
        merged = merged_range_of(ws)
        r = merged.get((1, 1))
        report.check(r is not None and r[1] == 1 and r[3] == ws.max_column,
                     f"{label}: le titre en A1 n’occupe pas toute la largeur ({r})")


def check_rich_text(path, rich, report):
    """The runs of a rich string keep their bold and italic (openpyxl 3.0
    flattens rich text, so the shared strings are read directly)."""
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    with zipfile.ZipFile(path) as z:
        sst = ET.fromstring(z.read("xl/sharedStrings.xml"))
    for si in sst.findall("m:si", ns):
        runs = si.findall("m:r", ns)
        text = "".join(t.text or "" for t in si.iter("{%s}t" % ns["m"]))
        if text != rich["text"]:
            continue
        report.check(len(runs) >= 3, f"{path.stem}: {text!r} n’est pas un texte enrichi")
        def styled(word, tag):
            return any((r.find("m:t", ns).text or "") == word and r.find(f"m:rPr/m:{tag}", ns) is not None for r in runs)
        report.check(styled(rich["bold"], "b"), f"{path.stem}: {rich['bold']!r} pas en gras")
        report.check(styled(rich["italic"], "i"), f"{path.stem}: {rich['italic']!r} pas en italique")
        report.check(all(r.find("m:rPr/m:rFont", ns) is not None and r.find("m:rPr/m:rFont", ns).get("val") == "Arial"
                         for r in runs), f"{path.stem}: une partie du texte enrichi n’est pas en Arial")
        return
    report.check(False, f"{path.stem}: texte enrichi {rich['text']!r} introuvable")


def check_workbook(path, expected, report):
    name = path.stem
    wb = openpyxl.load_workbook(path)
    sheets = expected["sheets"]
    report.check(len(wb.worksheets) == len(sheets), f"{name}: {len(wb.worksheets)} feuilles au lieu de {len(sheets)}")
    titles = [ws.title.casefold() for ws in wb.worksheets]
    report.check(len(set(titles)) == len(titles), f"{name}: noms de feuilles en double {titles}")
    for ws, want in zip(wb.worksheets, sheets):
        label = f"{name}/{ws.title}"
        check_sheet_setup(ws, want, report, label)
        check_row_heights(ws, report, label)

    for row in expected.get("rows", []):
        ws = wb.worksheets[row["sheet_index"]] if "sheet_index" in row else wb[row["sheet"]]
        report.check(find_row(ws, row["cells"]), f"{name}: ligne introuvable {[c[:40] for c in row['cells']]}")

    for box in expected.get("boxes", []):
        ws = wb[box["sheet"]]
        vals = validations_of(ws)
        formula = '"' + ",".join(box["values"]) + '"'
        cells = [(c.row, c.column) for r in ws.iter_rows() for c in r if c.value == box["text"]]
        report.check(cells, f"{name}: aucune cellule {box['text']!r}")
        for rc in cells:
            ok = any(dv.type == "list" and dv.formula1 == formula and rc in covered for dv, covered in vals)
            report.check(ok, f"{name}: pas de liste {formula} sur la cellule {rc} {box['text']!r}")

    for text in expected.get("no_validation", []):
        ws = wb.worksheets[0]
        vals = validations_of(ws)
        for r in ws.iter_rows():
            for c in r:
                if c.value == text:
                    report.check(not any((c.row, c.column) in cov for _, cov in vals),
                                 f"{name}: liste inattendue sur {text!r}")

    for long in expected.get("long_texts", []):
        ws = wb[long["sheet"]]
        all_text = squeeze("".join(t for cells in anchor_rows(ws) for _, t in cells))
        report.check(squeeze(long["text"]) in all_text,
                     f"{name}: texte de {len(long['text'])} caractères incomplet ou découpé dans le désordre")

    for text in expected.get("bold", []):
        ws = wb.worksheets[0]
        cells = [c for r in ws.iter_rows() for c in r if c.value == text]
        report.check(cells and all(c.font.b for c in cells), f"{name}: {text!r} n’est pas en gras")

    if "rich" in expected:
        check_rich_text(path, expected["rich"], report)

    if "properties" in expected:
        p = wb.properties
        for key, want in expected["properties"].items():
            report.check(getattr(p, key) == want, f"{name}: propriété {key} = {getattr(p, key)!r} au lieu de {want!r}")
        report.check(p.created == datetime.datetime(2026, 1, 1), f"{name}: date de création {p.created}")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: check_openpyxl.py SAMPLES_DIR")
    report = Report()
    samples = sorted(pathlib.Path(sys.argv[1]).glob("*.expected.json"))
    report.check(len(samples) >= 7, f"{len(samples)} échantillons seulement")
    for exp in samples:
        path = exp.with_name(exp.name.replace(".expected.json", ".xlsx"))
        check_workbook(path, json.loads(exp.read_text(encoding="utf-8")), report)
    report.finish()


if __name__ == "__main__":
    main()
