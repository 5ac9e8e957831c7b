"""`siofill fill --format docx,xml` on the project's sample evidence: the files
written by the command read back with python-docx, the flat XML matches the
.docx, LibreOffice lays every paragraph out (pdftotext finds its words, the
checkboxes show their state), and a second run gives identical bytes.

Usage: check_end_to_end.py SIOFILL PROJECT_ROOT"""
import filecmp
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

import docx
from docx_checks import (W, W14, Checks, collapse, compare_flat_with_docx, convert_to_pdf, element_text,
                         missing_word, pdf_text, q, squeeze, unpack_flat)

c = Checks()
siofill, root = sys.argv[1], sys.argv[2]
# The single student, and a few of the class files when the class sample exists
# (each file costs LibreOffice about a second).
evidence = [f"{root}/samples/etudiant-groupecfr.json"] + sorted(glob.glob(f"{root}/samples/classe/*.json"))[:3]

work = tempfile.mkdtemp(prefix="siofill-docx-e2e-")
try:
    env = dict(os.environ, SOURCE_DATE_EPOCH="1767225600")
    for run in ("a", "b"):
        for ev in evidence:
            r = subprocess.run([siofill, "fill", ev, "-o", f"{work}/{run}", "--format", "docx,xml"],
                               capture_output=True, text=True, env=env)
            c.check(r.returncode in (0, 1), f"siofill fill {os.path.basename(ev)} : code {r.returncode} {r.stderr[-300:]}")
    docs = sorted(glob.glob(f"{work}/a/*.docx"))
    c.check(len(docs) >= 3, f"{len(docs)} fichiers .docx écrits")
    for f in sorted(os.listdir(f"{work}/a")):
        c.check(filecmp.cmp(f"{work}/a/{f}", f"{work}/b/{f}", shallow=False), f"{f}: octets différents d’une exécution à l’autre")

    inputs = []
    expected = {}
    for path in docs:
        stem = os.path.basename(path)[:-5]
        flat = path[:-5] + ".xml"
        c.check(os.path.exists(flat), f"{stem}: pas de .xml à côté du .docx")
        compare_flat_with_docx(c, stem, flat, path)

        d = docx.Document(path)
        c.check(bool(d.core_properties.title), f"{stem}: titre du document vide")
        c.check(len(d.tables) >= 1, f"{stem}: aucun tableau")
        boxes = list(d.element.body.iter(q(W14, "checkbox")))
        c.check(len(boxes) >= 1, f"{stem}: aucune case à cocher")
        states = []
        for box in boxes:
            checked = box.find(q(W14, "checked")).get(q(W14, "val")) == "1"
            mark = box.find(q(W14, "checkedState")).get(q(W14, "val")) != "2612"
            sdt = box.getparent().getparent()
            shown = "".join(t.text or "" for t in sdt.find(q(W, "sdtContent")).iter(q(W, "t")))
            want = ("X" if checked else " ") if mark else ("☒" if checked else "☐")
            c.check(shown == want, f"{stem}: case affichée {shown!r}, état {checked}")
            states.append((mark, checked))
        paragraphs = [element_text(p) for p in d.element.body.iter(q(W, "p"))]
        paragraphs += [element_text(s.footer._element) for s in d.sections]
        expected[stem] = (paragraphs, states)

        shutil.copy(path, f"{work}/{stem}.docx")
        unpack_flat(flat, f"{work}/{stem}-flat.docx")
        inputs += [f"{work}/{stem}.docx", f"{work}/{stem}-flat.docx"]

    convert_to_pdf(c, inputs, f"{work}/pdf")
    for stem, (paragraphs, states) in expected.items():
        pdf, flat_pdf = f"{work}/pdf/{stem}.pdf", f"{work}/pdf/{stem}-flat.pdf"
        if not c.check(os.path.exists(pdf) and os.path.exists(flat_pdf), f"{stem}: PDF non produit"):
            continue
        text = pdf_text(pdf)
        c.check(pdf_text(flat_pdf) == text, f"{stem}: le XML plat ne donne pas le même texte que le .docx")
        squeezed = squeeze(text)
        for p in paragraphs:
            p = collapse(p.replace("☒", " ").replace("☐", " "))
            if p:
                word = missing_word(squeezed, p)
                c.check(word is None, f"{stem}: mot introuvable dans le PDF : {word!r} (de {p[:50]!r})")
        boxes = [checked for mark, checked in states if not mark]
        c.check(text.count("☒") == sum(boxes), f"{stem}: {text.count('☒')} ☒ au lieu de {sum(boxes)}")
        c.check(text.count("☐") == len(boxes) - sum(boxes), f"{stem}: ☐")
        pages = int(re.search(r"page 1 / (\d+)", text).group(1)) if re.search(r"page 1 / (\d+)", text) else 0
        c.check(pages >= 1 and f"page {pages} / {pages}" in text, f"{stem}: pied « page i / n »")
finally:
    shutil.rmtree(work, ignore_errors=True)

c.finish()
