#!/usr/bin/env python3
"""Reads the PDF writer's files back with real tools: qpdf, pdftotext, pdffonts,
pdfinfo, pdftoppm (poppler). Writes the sample forms with pdf_write_samples (the
real forms filled from samples/, and hand-made edge cases), and the real forms
with `siofill fill`.

Usage: check_pdf_files.py PATH/TO/pdf_write_samples PATH/TO/siofill PROJECT_ROOT
"""
import filecmp
import glob
import os
import re
import subprocess
import sys
import tempfile

WRITE_SAMPLES, SIOFILL, ROOT = sys.argv[1], sys.argv[2], sys.argv[3]
results = []  # (name, error or None, skipped)


def case(name):
    def wrap(fn):
        try:
            fn()
            results.append((name, None, False))
        except Skip as s:
            results.append((name, str(s), True))
        except Exception as e:  # noqa: BLE001 - any failure of a case is reported, the others still run
            results.append((name, f"{type(e).__name__}: {e}", False))
        return fn
    return wrap


class Skip(Exception):
    pass


def expect(cond, message):
    if not cond:
        raise AssertionError(message)


def run(*args, check=True):
    p = subprocess.run(list(args), capture_output=True, timeout=120)
    out, err = p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
    if check and p.returncode != 0:
        raise AssertionError(f"{args[0]} exit {p.returncode}: {err[:500]}")
    return p.returncode, out, err


def poppler(*args):
    """Runs a poppler tool; any line on stderr fails (the ToUnicode CMaps are valid: docs/pdf.md)."""
    rc, out, err = run(*args)
    other = [l for l in err.splitlines() if l.strip()]
    expect(not other, f"{args[0]} complained: {other[:5]}")
    return out


def text_of(path, *extra):
    return poppler("pdftotext", "-layout", *extra, path, "-")


def collapse(s):
    return " ".join(s.split())


def page_count(path):
    info = poppler("pdfinfo", path)
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


work = tempfile.mkdtemp(prefix="siofill-pdf-")
first, second = os.path.join(work, "a"), os.path.join(work, "b")
os.makedirs(first)
os.makedirs(second)
_, listing, _ = run(WRITE_SAMPLES, first)
run(WRITE_SAMPLES, second)
SAMPLES = {name: os.path.join(first, name + ".pdf") for name in
           ("grid", "synthesis", "long", "unicode", "sections", "empty")}


@case("every sample passes qpdf --check")
def _():
    for name, path in SAMPLES.items():
        rc, out, err = run("qpdf", "--check", path, check=False)
        expect(rc == 0, f"{name}: qpdf exit {rc}: {out[-300:]} {err[-300:]}")


@case("two runs give identical bytes")
def _():
    for name in SAMPLES:
        expect(filecmp.cmp(os.path.join(first, name + ".pdf"), os.path.join(second, name + ".pdf"), shallow=False),
               f"{name}.pdf differs between two runs")


@case("grid: the real grille-b1 texts come out, in reading order")
def _():
    text = collapse(text_of(SAMPLES["grid"]))
    expected = [
        "BTS SERVICES INFORMATIQUES AUX ORGANISATIONS – SESSION 2026",
        "NOM et prénom", "LEFEBVRE Théo", "Bloc 1 : compétences", "Indicateurs de performance",
        "B1.1 : Gérer le patrimoine informatique",
        "B1.2 : Répondre aux incidents et aux demandes", "B1.3 : Développer la présence en ligne",
        "B1.4 : Travailler en mode projet", "B1.5 : Mettre à disposition des utilisateurs un",
        "B1.6 : Organiser son développement professionnel",
        "LEFEBVRE Théo – n° 02512345678 – grille des compétences du bloc 1",
    ]
    pos = 0
    for e in expected:
        found = text.find(e, pos)
        expect(found >= 0, f"missing or out of order: {e!r}")
        pos = found
    for phrase in ("Les restaurations sont testées et opérationnelles.",
                   "• Mettre en œuvre des outils et stratégies de veille",
                   "L’identité professionnelle est pertinente et visible sur un réseau social",
                   "- repérer les techniques et technologies émergentes"):
        expect(phrase in text, f"missing: {phrase!r}")
    expect("page 1 / 2" in text and "page 2 / 2" in text, "footer page numbers")


@case("grid: checkbox states read back as [X] / [ ] from the file")
def _():
    boxes = re.findall(r"\[[X ]\]", text_of(SAMPLES["grid"]))
    # Option SISR, SLAM; capacity; B1.1 … B1.6 (the sample student without B1.3 and B1.6: ☒ ☒ ☐ ☒ ☒ ☐)
    expect(boxes == ["[ ]", "[X]", "[X]", "[X]", "[X]", "[ ]", "[X]", "[X]", "[ ]"], f"boxes: {boxes}")
    lines = text_of(SAMPLES["grid"]).splitlines()
    expect(any(re.search(r"\[X\] SLAM", l) for l in lines), "[X] SLAM")
    expect(any(re.search(r"\[ \] SISR", l) for l in lines), "[ ] SISR")


@case("WinAnsi documents embed no font and stay small")
def _():
    for name in ("grid", "synthesis", "long", "sections", "empty"):
        fonts = poppler("pdffonts", SAMPLES[name]).splitlines()[2:]
        for line in fonts:
            expect(" Type 1 " in line and " WinAnsi " in line and re.search(r"\bno\s+no\s+no\b", line),
                   f"{name}: unexpected font {line!r}")
        size = os.path.getsize(SAMPLES[name])
        expect(size < 60_000, f"{name}: {size} bytes")


@case("document properties and dates")
def _():
    info = poppler("pdfinfo", "-isodates", SAMPLES["grid"])
    for line in ("Title:           Grille des compétences – bloc 1 – LEFEBVRE Théo",
                 "Author:          LEFEBVRE Théo", "Creator:         siofill",
                 "Keywords:        BTS SIO; session 2026; grille-b1; n° 02512345678", "CreationDate:    2026-01-01T00:00:00Z",
                 "ModDate:         2026-01-01T00:00:00Z"):
        expect(line in info, f"missing {line!r} in {info}")
    uni = poppler("pdfinfo", SAMPLES["unicode"])
    expect("Title:           Grille – Дмитрий 王伟 🎓" in uni, uni)


@case("synthesis: the table overflows, its header row is on every page")
def _():
    pages = page_count(SAMPLES["synthesis"])
    expect(pages >= 3, f"{pages} pages")
    for i in range(1, pages + 1):
        t = collapse(text_of(SAMPLES["synthesis"], "-f", str(i), "-l", str(i)))
        expect("Réalisations professionnelles (intitulé et liste des documents" in t, f"header missing on page {i}")
        expect(f"page {i} / {pages}" in t, f"footer missing on page {i}")
    text = collapse(text_of(SAMPLES["synthesis"]))
    for n in range(1, 41):
        expect(f"Réalisation {n} : refonte" in text, f"row {n} missing")
    expect(len(re.findall(r"\bX\b", text)) > 20, "X marks")


@case("long: the 5 000-character text comes out complete, every word in order")
def _():
    text = text_of(SAMPLES["long"])
    numbers = [int(n) for n in re.findall(r"\bmot(\d+)\b", text)]
    count = max(numbers)
    expected = list(range(1, count + 1))
    expect(count > 700, f"only {count} words")
    # Three copies: the wide cell, the narrow cell split across pages, the paragraph.
    expect(numbers == expected * 3, "words missing, repeated or out of order")
    flat = collapse(text)
    expect(re.search(r"FIN-\s?DU-\s?TEXTE", flat), "end of the wide cell")
    expect(re.search(r"FIN-\s?COLONNE-\s?ETROITE", flat), "end of the narrow cell")
    expect("(fin en gras italique)" in flat, "end of the paragraph")
    expect(re.search(r"https://un-portfolio-avec-une-adresse-extremement-\s?longue\.example/", flat), "long URL")
    expect(flat.count("a" * 40) >= 1 and "/fin-de-l-adresse" in flat, "long word split, not cut")
    pages = page_count(SAMPLES["long"])
    for i in range(2, pages):
        t = text_of(SAMPLES["long"], "-f", str(i), "-l", str(i))
        expect("Rubrique" in t or "Paragraphe long" in t or i == pages, f"no header on page {i}")


@case("unicode: non-Latin names, emoji, specials survive; fonts embedded")
def _():
    text = collapse(text_of(SAMPLES["unicode"]))
    for s in ("Nguyễn Thị Thảo", "Łukasz Żółkiewski", "Дмитрий Иванович", "王伟，李娜和张伟", "Diplômé 🎓 bientôt",
              "<script>&\"'</script>", "=SUM(A1)", "Дмитрий 王伟 🎓"):
        expect(s in text, f"missing {s!r}")
    # The character no font has: drawn as U+FFFD, extracted as itself, and reported.
    expect("avant \U0010FFFD après" in text, "unsupported character kept for extraction")
    expect("unicode: U+10FFFD" in listing, listing)
    # CP1252 text stays in standard Helvetica; only the rest comes from embedded subsets.
    fonts = poppler("pdffonts", SAMPLES["unicode"])
    expect("LiberationSans" in fonts and "WenQuanYiMicroHei" in fonts and "Helvetica" in fonts, fonts)
    for line in fonts.splitlines()[2:]:
        standard = " Type 1 " in line and " WinAnsi " in line and re.search(r"\bno\s+no\s+no\b", line)
        subset = re.search(r"\+\S+\s+CID TrueType .*\byes\s+yes\s+yes\b", line)
        expect(standard or subset, f"neither standard nor an embedded subset: {line!r}")


@case("sections: page numbers restart, orientation per section, no blank page")
def _():
    expect(page_count(SAMPLES["sections"]) == 6, "6 pages")
    info = poppler("pdfinfo", "-f", "1", "-l", "6", SAMPLES["sections"])
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)
    expect([float(w) < float(h) for w, h in sizes] == [True] * 3 + [False] * 3, f"sizes {sizes}")
    text = text_of(SAMPLES["sections"])
    expect(text.count("page 1 / 3") == 2 and text.count("page 3 / 3") == 2, "per-section numbering")


@case("every page renders with pdftoppm")
def _():
    for name, path in SAMPLES.items():
        prefix = os.path.join(work, "png-" + name)
        poppler("pdftoppm", "-png", "-r", "30", path, prefix)
        pngs = glob.glob(prefix + "*.png")
        expect(len(pngs) == page_count(path), f"{name}: {len(pngs)} images")
        for png in pngs:
            expect(os.path.getsize(png) > 100, f"{png} empty")


def siofill_has_fill():
    if not os.path.exists(SIOFILL):
        return False
    p = subprocess.run([SIOFILL, "fill", "--help"], capture_output=True, timeout=60)
    return p.returncode == 0


@case("siofill fill writes the sample student's forms as PDF")
def _():
    if not siofill_has_fill():
        raise Skip("siofill fill is not there yet")
    sample = os.path.join(ROOT, "samples", "etudiant-groupecfr.json")
    outs = []
    for k in range(2):
        out = os.path.join(work, f"fill{k}")
        os.makedirs(out)
        run(SIOFILL, "fill", sample, "-o", out, "--format", "pdf")
        outs.append(sorted(glob.glob(os.path.join(out, "*.pdf"))))
    expect(outs[0], "no PDF written")
    for a, b in zip(*outs):
        rc, qout, _ = run("qpdf", "--check", a, check=False)
        expect(rc == 0, f"qpdf {os.path.basename(a)}: {qout[-300:]}")
        expect(filecmp.cmp(a, b, shallow=False), f"{os.path.basename(a)} differs between runs")
        text = collapse(text_of(a))
        expect("LEFEBVRE" in text, f"{os.path.basename(a)}: candidate name missing")
        expect(os.path.getsize(a) < 60_000, f"{os.path.basename(a)}: {os.path.getsize(a)} bytes")
    grid = [p for p in outs[0] if "grille" in os.path.basename(p)]
    if grid:
        expect(re.search(r"\[[X ]\]", text_of(grid[0])), "grid without checkbox text")


@case("siofill fill writes a whole class as PDF")
def _():
    if not siofill_has_fill():
        raise Skip("siofill fill is not there yet")
    students = sorted(glob.glob(os.path.join(ROOT, "samples", "classe", "*.json")))
    if not students:
        raise Skip("no samples/classe yet")
    out = os.path.join(work, "classe")
    os.makedirs(out)
    for s in students:
        run(SIOFILL, "fill", s, "-o", out, "--format", "pdf", check=False)
    pdfs = glob.glob(os.path.join(out, "*.pdf"))
    expect(pdfs, "no PDF written")
    for p in pdfs:
        rc, qout, _ = run("qpdf", "--check", p, check=False)
        expect(rc == 0, f"qpdf {os.path.basename(p)}: {qout[-300:]}")
        text_of(p)


failed = 0
skipped = 0
for name, error, was_skipped in results:
    if was_skipped:
        skipped += 1
        print(f"SKIP {name}: {error}")
    elif error:
        failed += 1
        print(f"FAIL {name}\n     {error}")
    else:
        print(f"ok   {name}")
passed = len(results) - failed - skipped
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed else 0)
