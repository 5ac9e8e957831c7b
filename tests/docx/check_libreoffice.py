"""LibreOffice (headless) lays out every sample, from the .docx and from the flat
XML, and pdftotext must find every word of the model in the PDF, in order:
the 5 000-character text whole, XML specials, emoji, names in every script,
the checkbox glyphs, and "page i / n" on every page.

LibreOffice 7.4 (Debian bookworm) has no import filter for Word's flat XML
(pkg:package): it opens it as plain text. The flat file is therefore unpacked
into a .docx here, each part's bytes taken verbatim from the file, which proves
the file holds a complete package that lays out like the .docx."""
import os
import re
import shutil
import sys
import tempfile

from docx_checks import Checks, convert_to_pdf, missing_word, page_count, pdf_text, samples, squeeze, unpack_flat

c = Checks()
src = sys.argv[1]

work = tempfile.mkdtemp(prefix="siofill-docx-lo-")
try:
    items = samples(src)
    inputs = []
    for stem, _ in items:
        shutil.copy(f"{src}/{stem}.docx", f"{work}/{stem}.docx")
        n = unpack_flat(f"{src}/{stem}.xml", f"{work}/{stem}-flat.docx")
        c.check(n >= 8, f"{stem}: {n} parties dans le XML")
        inputs += [f"{work}/{stem}.docx", f"{work}/{stem}-flat.docx"]
    convert_to_pdf(c, inputs, f"{work}/pdf")

    for stem, exp in items:
        pdf = f"{work}/pdf/{stem}.pdf"
        flat_pdf = f"{work}/pdf/{stem}-flat.pdf"
        if not c.check(os.path.exists(pdf) and os.path.exists(flat_pdf), f"{stem}: PDF non produit"):
            continue
        text = pdf_text(pdf)
        c.check(pdf_text(flat_pdf) == text, f"{stem}: le XML plat ne donne pas le même texte que le .docx")
        squeezed = squeeze(text)
        for t in exp["texts"]:
            word = missing_word(squeezed, t)
            c.check(word is None, f"{stem}: mot introuvable dans le PDF : {word!r} (de {t[:40]!r})")

        boxes = [b for b in exp["checkboxes"] if not b["mark"]]
        checked = sum(b["checked"] for b in boxes)
        c.check(text.count("☒") == checked, f"{stem}: {text.count('☒')} ☒ au lieu de {checked}")
        c.check(text.count("☐") == len(boxes) - checked, f"{stem}: {text.count('☐')} ☐ au lieu de {len(boxes) - checked}")
        marks = sum(1 for b in exp["checkboxes"] if b["mark"] and b["checked"])
        c.check(len(re.findall(r"(?m)^X$", text)) + len(re.findall(r"(?<=\s)X(?=\s)", text)) >= marks, f"{stem}: marques X")

        # Footers: "page i / n" on every page, numbered within the section.
        pages = page_count(pdf)
        if len(exp["sections"]) == 1:
            for i in range(1, pages + 1):
                c.check(f"page {i} / {pages}" in pdf_text(pdf, i, i), f"{stem}: « page {i} / {pages} » absent page {i}")
        else:
            numbers = [int(re.search(r"page (\d+) /", pdf_text(pdf, i, i)).group(1)) for i in range(1, pages + 1)]
            c.check(numbers == [1, 1, 2, 1, 2, 3], f"{stem}: numéros de page par section {numbers}")
        if stem == "long_text":
            # The 5 000-character row splits over pages, its header row repeated on each.
            c.check(pages >= 4, f"long_text: {pages} pages")
            heads = sum("Réalisation" in pdf_text(pdf, i, i) for i in range(1, pages + 1))
            c.check(heads >= 3, f"long_text: en-tête répété sur {heads} pages")
finally:
    shutil.rmtree(work, ignore_errors=True)

c.finish()
