#!/usr/bin/python3
"""Converts every sample workbook to PDF with LibreOffice (one soffice run,
private profile) and checks that each word of each cell, and the footer,
appear in the PDF's text: nothing lost, nothing hidden by the conversion.

    check_libreoffice.py SAMPLES_DIR [KEEP_PDF_DIR]
"""

import json
import pathlib
import shutil
import sys
import tempfile

import openpyxl

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from xlsx_support import Report, anchor_rows, convert_with_libreoffice, missing_words, pdf_pages, pdf_text  # noqa: E402


def check(files, pdf_dir, report, expectations=None):
    convert_with_libreoffice(files, str(pdf_dir))
    for f in files:
        pdf = pdf_dir / (f.stem + ".pdf")
        if not report.check(pdf.exists(), f"{f.name}: LibreOffice n’a pas produit de PDF"):
            continue
        txt = pdf_text(pdf)
        wb = openpyxl.load_workbook(f)
        texts = [t for ws in wb.worksheets for cells in anchor_rows(ws) for _, t in cells if t]
        missing = missing_words(texts, txt)
        report.check(not missing, f"{f.name}: {len(missing)} mots absents du PDF, par exemple {missing[:8]}")
        pages = pdf_pages(pdf)
        if texts:
            report.check("page 1 /" in txt, f"{f.name}: pas de « page 1 / n » en pied de page")
        want = (expectations or {}).get(f.stem, {}).get("min_pages", 1)
        report.check(pages >= want, f"{f.name}: {pages} pages, au moins {want} attendues")
        for ws in wb.worksheets:
            footer = (ws.oddFooter.left.text or "").replace("&&", "&")
            if footer and len(footer) < 120:
                lost = missing_words([footer], txt)
                report.check(not lost, f"{f.name}: pied de page incomplet dans le PDF : {lost}")


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: check_libreoffice.py SAMPLES_DIR [KEEP_PDF_DIR]")
    samples = pathlib.Path(sys.argv[1])
    files = sorted(samples.glob("*.xlsx"))
    expectations = {p.name.replace(".expected.json", ""): json.loads(p.read_text(encoding="utf-8"))
                    for p in samples.glob("*.expected.json")}
    report = Report()
    report.check(files, "aucun classeur à convertir")
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="siofill-xlsx-pdf-"))
    try:
        check(files, tmp, report, expectations)
        if len(sys.argv) == 3:
            shutil.copytree(tmp, sys.argv[2], dirs_exist_ok=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    report.finish()


if __name__ == "__main__":
    main()
