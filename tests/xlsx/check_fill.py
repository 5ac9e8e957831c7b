#!/usr/bin/python3
"""The real forms as `siofill fill --format xlsx` writes them, for the sample
student and a generated class of 35 (special names, very long and
formula-like intitulés, blocked students): each workbook read back with
openpyxl (identity at its place, the candidate number as text with its
leading zero, every réalisation's intitulé complete, boxes and marks with
their lists, printing set up, rows tall enough), then all converted by
LibreOffice in one run with every word found in the PDFs, and a second run
giving the same bytes.

    check_fill.py SIOFILL_EXE PROJECT_DIR WORK_DIR
"""

import json
import os
import pathlib
import shutil
import subprocess
import sys
import unicodedata

import openpyxl
from openpyxl.utils import range_boundaries

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from xlsx_support import (Report, anchor_rows, check_row_heights, check_sheet_basics,  # noqa: E402
                          convert_with_libreoffice, missing_words, pdf_text, squeeze)

ENV = dict(os.environ, SOURCE_DATE_EPOCH="1767225600")


def fill(exe, evidence, out):
    r = subprocess.run([exe, "fill", str(evidence), "-o", str(out), "--format", "xlsx"], env=ENV,
                       capture_output=True, text=True, check=False)
    return r.returncode, r.stderr


def right_of(ws, label):
    """The text of the cell right of the cell showing `label`."""
    for cells in anchor_rows(ws):
        texts = [t for _, t in cells]
        if label in texts:
            i = texts.index(label)
            return texts[i + 1] if i + 1 < len(texts) else None
    return None


def validated_cells(ws):
    cells = {}
    for dv in ws.data_validations.dataValidation:
        for rng in str(dv.sqref).split():
            c1, r1, c2, r2 = range_boundaries(rng)
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    cells[(r, c)] = dv.formula1
    return cells


def check_student(evidence, books, report):
    ev = json.loads(evidence.read_text(encoding="utf-8"))
    cand = ev["candidat"]
    nfc = lambda s: unicodedata.normalize("NFC", s)  # noqa: E731
    report.check(books, f"{evidence.name}: aucun classeur écrit")
    all_text = ""
    for book in books:
        wb = openpyxl.load_workbook(book)
        for ws in wb.worksheets:
            label = f"{book.name}/{ws.title}"
            check_sheet_basics(ws, report, label)
            check_row_heights(ws, report, label)
            name = right_of(ws, "NOM et prénom")
            report.check(name == nfc(f"{cand['nom']} {cand['prenom']}".strip()),
                         f"{label}: NOM et prénom = {name!r}")
            numero = right_of(ws, "N° candidat")
            report.check(numero == cand["numero"], f"{label}: N° candidat = {numero!r} au lieu de {cand['numero']!r}")
            lists = validated_cells(ws)
            for row in ws.iter_rows():
                for c in row:
                    v = c.value
                    if isinstance(v, str) and (v in ("☒", "☐", "X") or v[:2] in ("☒ ", "☐ ")) and "," not in v:
                        report.check((c.row, c.column) in lists, f"{label} {c.coordinate}: {v[:30]!r} sans liste de choix")
            all_text += "".join(t for cells in anchor_rows(ws) for _, t in cells)
    flat = squeeze(all_text)
    for r in ev.get("realisations", []):
        title = nfc(r.get("intitule", ""))
        if title:
            report.check(squeeze(title) in flat, f"{evidence.name}: intitulé absent ou incomplet : {title[:60]!r}")


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: check_fill.py SIOFILL_EXE PROJECT_DIR WORK_DIR")
    exe, project, work = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    shutil.rmtree(work, ignore_errors=True)
    (work / "classe").mkdir(parents=True)
    subprocess.run(["/usr/bin/python3", str(project / "tools" / "generate-classe"), "--count", "35",
                    "--out", str(work / "classe")], check=True, stdout=subprocess.DEVNULL)
    students = [project / "samples" / "etudiant-groupecfr.json"] + sorted((work / "classe").glob("*.json"))
    report = Report()
    books_of = {}
    for i, ev in enumerate(students):
        out = work / "out" / f"{i:03d}"
        rc, err = fill(exe, ev, out)
        report.check(rc in (0, 1), f"{ev.name}: siofill fill a échoué ({rc}) : {err[-300:]}")
        books = sorted(out.glob("*.xlsx")) if out.exists() else []
        leftovers = [p.name for p in out.iterdir() if p.suffix != ".xlsx"] if out.exists() else []
        report.check(not leftovers, f"{ev.name}: fichiers en trop : {leftovers}")
        books_of[ev] = books
        check_student(ev, books, report)

    # Same evidence, same bytes.
    again = work / "again"
    fill(exe, students[0], again)
    for book in books_of[students[0]]:
        report.check((again / book.name).read_bytes() == book.read_bytes(), f"{book.name}: octets différents au 2e passage")

    # Every word through LibreOffice, all workbooks in one run.
    pdf_dir = work / "pdf"
    pdf_dir.mkdir()
    flat_dir = work / "all"
    flat_dir.mkdir()
    files = []
    for books in books_of.values():
        for b in books:
            dest = flat_dir / b.name
            shutil.copyfile(b, dest)
            files.append(dest)
    convert_with_libreoffice(files, str(pdf_dir))
    for f in files:
        pdf = pdf_dir / (f.stem + ".pdf")
        if not report.check(pdf.exists(), f"{f.name}: pas de PDF"):
            continue
        wb = openpyxl.load_workbook(f)
        texts = [t for ws in wb.worksheets for cells in anchor_rows(ws) for _, t in cells if t]
        missing = missing_words(texts, pdf_text(pdf))
        report.check(not missing, f"{f.name}: {len(missing)} mots absents du PDF : {missing[:8]}")
    report.finish()


if __name__ == "__main__":
    main()
