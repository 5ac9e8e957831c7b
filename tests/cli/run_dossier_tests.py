#!/usr/bin/python3
"""--form dossier: all of a student's forms in one document, read back with real readers.

Usage: run_dossier_tests.py PATH/TO/siofill PROJECT_ROOT

The PDF has one bookmark per form and one per réalisation (qpdf --json), as many pages as
the forms filled one by one, and footers numbering the pages of each form and of the
dossier; the workbook has one sheet per form (openpyxl); the DOCX one section per form
(python-docx); `batch --form dossier` writes one dossier per student.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import case, expect, finish  # noqa: E402

SIOFILL, ROOT = sys.argv[1], sys.argv[2]
SAMPLE = os.path.join(ROOT, "samples", "etudiant-groupecfr.json")
CLASS = os.path.join(ROOT, "samples", "classe")
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1767225600")
STEM = "02512345678_LEFEBVRE_Théo_"


def run(*args, stdin=None):
    p = subprocess.run([SIOFILL, *args], input=stdin, capture_output=True, timeout=300, env=ENV)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def pages(path):
    info = subprocess.run(["pdfinfo", path], capture_output=True, check=True).stdout.decode()
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def outline(path):
    """[(level, title, page)] in reading order, from qpdf's JSON view of the outline tree."""
    data = json.loads(subprocess.run(["qpdf", "--json", "--json-key=outlines", path], capture_output=True,
                                     check=True).stdout)
    out = []

    def walk(items, level):
        for item in items:
            out.append((level, item["title"], item["destpageposfrom1"]))
            walk(item.get("kids", []), level + 1)
    walk(data["outlines"], 1)
    return out


def evidence():
    with open(SAMPLE, encoding="utf-8") as f:
        return json.load(f)


with tempfile.TemporaryDirectory() as tmp:
    one = os.path.join(tmp, "one")
    rc, out, err = run("fill", SAMPLE, "-o", one, "--form", "dossier")
    parts = os.path.join(tmp, "parts")
    rc_parts, _, err_parts = run("fill", SAMPLE, "-o", parts, "--format", "pdf")
    realisations = evidence()["realisations"]

    @case("fill --form dossier writes one document per format, named after the dossier")
    def _():
        expect(rc == 0 and rc_parts == 0, err + err_parts)
        expect(sorted(os.listdir(one)) == [STEM + "dossier." + e for e in ("docx", "pdf", "xlsx", "xml")],
               os.listdir(one))
        check = subprocess.run(["qpdf", "--check", os.path.join(one, STEM + "dossier.pdf")], capture_output=True)
        expect(check.returncode == 0, check.stdout.decode()[-500:])

    @case("the PDF has a bookmark per form, in jury order, and one per réalisation under the fiches")
    def _():
        pdf = os.path.join(one, STEM + "dossier.pdf")
        marks = outline(pdf)
        level1 = [t for lvl, t, _ in marks if lvl == 1]
        expect(level1 == ["Grille des compétences du bloc 1 (épreuve E5)",
                          "Tableau de synthèse du bloc 1 (épreuve E5)",
                          "Fiches descriptives de réalisation (épreuve E5)"], level1)
        level2 = [t for lvl, t, _ in marks if lvl == 2]
        expect(len(level2) == len(realisations), level2)
        for n, (title, r) in enumerate(zip(level2, realisations), 1):
            expect(title == f"Réalisation {n} – {r['intitule']}", title)
        expect(marks[-len(realisations) - 1][0] == 1, "réalisations nest under the fiches")
        # Each bookmark opens the first page of its form / of its réalisation's fiche.
        grille, synthese, fiche = (pages(os.path.join(parts, STEM + f + ".pdf"))
                                   for f in ("grille-b1", "synthese-b1", "fiche-realisation"))
        starts = [p for _, _, p in marks]
        expect(starts[:3] == [1, 1 + grille, 1 + grille + synthese], starts)
        expect(starts[3] == starts[2] and starts == sorted(starts), starts)

    @case("its page count is the sum of its forms', footers number the form's pages and the dossier's")
    def _():
        pdf = os.path.join(one, STEM + "dossier.pdf")
        counts = {f: pages(os.path.join(parts, STEM + f + ".pdf")) for f in ("grille-b1", "synthese-b1",
                                                                             "fiche-realisation")}
        total = pages(pdf)
        expect(total == sum(counts.values()), f"{total} pages, parts {counts}")
        text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True).stdout.decode()
        flat = " ".join(text.split())
        expect(f"grille : page 1 / {counts['grille-b1']} — dossier : page 1 / {total}" in flat, flat[-600:])
        expect(f"synthèse bloc 1 : page 1 / {counts['synthese-b1']} — dossier : page {counts['grille-b1'] + 1} / {total}"
               in flat, "synthesis footer")
        expect(f"fiches : page {counts['fiche-realisation']} / {counts['fiche-realisation']} — dossier : page {total} / {total}"
               in flat, "last footer")
        expect(text.count("\f") == total, "one form feed per page")

    @case("the workbook has one sheet per form, named after it")
    def _():
        code = ("import openpyxl, sys, json; wb = openpyxl.load_workbook(sys.argv[1]); "
                "print(json.dumps([[ws.title, ws.max_row] for ws in wb.worksheets]))")
        p = subprocess.run(["/usr/bin/python3", "-c", code, os.path.join(one, STEM + "dossier.xlsx")],
                           capture_output=True)
        expect(p.returncode == 0, p.stderr.decode()[-400:])
        sheets = json.loads(p.stdout)
        expect([s[0] for s in sheets] == ["grille", "synthèse bloc 1", "fiches"], sheets)
        expect(all(rows > 5 for _, rows in sheets), sheets)

    @case("the DOCX and the flat XML hold one section per form, in jury order")
    def _():
        code = ("import docx, sys, json; d = docx.Document(sys.argv[1]); "
                "print(json.dumps([len(d.sections), [p.text for p in d.paragraphs if p.text.strip()]]))")
        p = subprocess.run(["/usr/bin/python3", "-c", code, os.path.join(one, STEM + "dossier.docx")],
                           capture_output=True)
        expect(p.returncode == 0, p.stderr.decode()[-400:])
        sections, paragraphs = json.loads(p.stdout)
        expect(sections == 3, sections)
        heads = [t for t in paragraphs if t.startswith(("Bloc 1 –", "Tableau de synthèse", "Fiche descriptive"))]
        expect(heads[0].startswith("Bloc 1 –") and heads[1].startswith("Tableau") and heads[2].startswith("Fiche"),
               heads)
        expect(sum(1 for t in heads if t.startswith("Fiche")) == len(realisations), heads)
        xml = open(os.path.join(one, STEM + "dossier.xml"), encoding="utf-8").read()
        expect(xml.count("<w:sectPr") == 3, xml.count("<w:sectPr"))

    @case("a student whose evidence cites bloc 2 gets both synthesis tables, bloc 1 first")
    def _():
        doc = evidence()
        doc["realisations"][0]["activites"].append({"competence": "B2.1.1"})
        with tempfile.TemporaryDirectory() as d:
            rc, out, err = run("fill", "-", "-o", d, "--form", "dossier", "--format", "pdf",
                               stdin=json.dumps(doc, ensure_ascii=False).encode())
            expect(rc in (0, 1), err)
            level1 = [t for lvl, t, _ in outline(os.path.join(d, STEM + "dossier.pdf")) if lvl == 1]
            expect(level1 == ["Grille des compétences du bloc 1 (épreuve E5)",
                              "Tableau de synthèse du bloc 1 (épreuve E5)",
                              "Tableau de synthèse du bloc 2 (épreuve E6)",
                              "Fiches descriptives de réalisation (épreuve E5)"], level1)

    @case("batch --form dossier writes one dossier per student")
    def _():
        out_dir = os.path.join(tmp, "classe")
        rc, out, err = run("batch", CLASS, "-o", out_dir, "--form", "dossier", "--format", "pdf,xlsx", "--quiet",
                           "--jobs", "2")
        expect(rc in (0, 1), err[-500:])
        report = json.load(open(os.path.join(out_dir, "rapport.json")))
        readable = [s for s in report["students"] if s["status"] != "error"]
        expect(readable, "no student")
        for s in readable:
            paths = sorted(o["path"] for o in s["outputs"])
            expect(len(paths) == 2 and all(p.rsplit(".", 1)[0].endswith("_dossier") for p in paths), paths)
        first = sorted(o["path"] for o in readable[0]["outputs"])[0]
        marks = outline(os.path.join(out_dir, first))
        expect([lvl for lvl, _, _ in marks].count(1) >= 3, marks)
        # The class PDF has a bookmark per student, by name, in the report's order.
        class_marks = [t for _, t, _ in outline(os.path.join(out_dir, "classe-synthese.pdf"))]
        expect(class_marks == [f"{s['nom']} {s['prenom']} – n° {s['numero']}" for s in readable], class_marks[:3])


finish()
