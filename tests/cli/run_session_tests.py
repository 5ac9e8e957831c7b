#!/usr/bin/python3
"""Exam numbers follow the candidate's session, in every format, read back with real readers.

Usage: run_session_tests.py PATH/TO/siofill PROJECT_ROOT

Session 2026 (arrêté du 8 juillet 2024): bloc 1 is E5 and no annex number is known, so
nothing says "E4" or "ANNEXE". Session 2024: E4 and the 2023 circular's "ANNEXE 6-1".
Old form ids still work; a référentiel with other rules prints its numbers; a session no
rule covers is an input error. Indicateur B1.6.i3 keeps its no-break spaces (U+00A0) in
every format and the PDF never starts a line with its colon.
"""
import copy
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import case, expect, finish  # noqa: E402
import zipfile

SIOFILL, ROOT = sys.argv[1], sys.argv[2]
SAMPLE = os.path.join(ROOT, "samples", "etudiant-groupecfr.json")
BLOC1_FORMS = ("grille-b1", "synthese-b1", "fiche-realisation")
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1767225600")
NBSP = "\u00a0"


def run(*args, stdin=None):
    p = subprocess.run([SIOFILL, *args], input=stdin, capture_output=True, timeout=120, env=ENV)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def pdf_text(path):
    body = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, check=True).stdout.decode()
    info = subprocess.run(["pdfinfo", path], capture_output=True, check=True).stdout.decode()
    return body + "\n" + info


def pdf_lines(path):
    return subprocess.run(["pdftotext", path, "-"], capture_output=True, check=True).stdout.decode().splitlines()


def xlsx_text(path):
    import openpyxl
    wb = openpyxl.load_workbook(path)
    parts = [wb.properties.title or "", wb.properties.subject or "", wb.properties.keywords or ""]
    for ws in wb.worksheets:
        parts.append(ws.title)
        for hf in (ws.oddHeader, ws.oddFooter, ws.evenFooter, ws.firstFooter):
            for part in (hf.left, hf.center, hf.right):
                parts.append(part.text or "")
        for row in ws.iter_rows(values_only=True):
            parts.extend(str(v) for v in row if v is not None)
    return "\n".join(parts)


def docx_text(path):
    import docx
    d = docx.Document(path)
    parts = [d.core_properties.title or "", d.core_properties.subject or "", d.core_properties.keywords or ""]
    parts += [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    for s in d.sections:
        parts += [p.text for p in s.footer.paragraphs]
    return "\n".join(parts)


def xml_text(path):
    """The text runs of the flat OPC file (what Word shows), and its document properties."""
    raw = open(path, encoding="utf-8").read()
    runs = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", raw)
    props = re.findall(r"<(?:dc:title|dc:subject|cp:keywords)>([^<]*)<", raw)
    unescape = lambda s: s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")
    return "\n".join(unescape(s) for s in runs + props)


READERS = {"pdf": pdf_text, "xlsx": xlsx_text, "docx": docx_text, "xml": xml_text}


def fill_all(evidence, out, forms=BLOC1_FORMS, extra=()):
    """Fills `forms` in the four formats; returns {(form, ext): text}."""
    rc, stdout, err = run("fill", "-", "-o", out, "--form", ",".join(forms), *extra,
                          stdin=json.dumps(evidence, ensure_ascii=False).encode())
    expect(rc in (0, 1), f"fill exit {rc}: {err}")  # 1: blocked, the forms are written for review
    texts = {}
    for form in forms:
        for ext, read in READERS.items():
            path = os.path.join(out, f"{evidence['candidat']['numero']}_{evidence['candidat']['nom']}_"
                                     f"{evidence['candidat']['prenom']}_{form}.{ext}")
            expect(os.path.isfile(path), f"missing {path}: {stdout}")
            texts[(form, ext)] = read(path)
    return texts


def sample(session=None):
    with open(SAMPLE, encoding="utf-8") as f:
        doc = json.load(f)
    if session:
        doc["candidat"]["session"] = session
    return doc


@case("session 2026 (the sample): E5 on every bloc-1 form in every format, never E4, no annex")
def _():
    expect(sample()["candidat"]["session"] == 2026, "the sample is a 2026 candidate")
    with tempfile.TemporaryDirectory() as d:
        rc, out, err = run("fill", SAMPLE, "-o", d)  # exactly what the README tells a student to run
        expect(rc == 0, err)
        for form in BLOC1_FORMS:
            for ext, read in READERS.items():
                text = read(os.path.join(d, f"02512345678_LEFEBVRE_Théo_{form}.{ext}"))
                expect("E5" in text, f"{form}.{ext}: no E5")
                expect("E4" not in text, f"{form}.{ext}: E4 at …{text[max(0, text.find('E4') - 80):text.find('E4') + 20]}…")
                expect("ANNEXE" not in text.upper().replace("ANNEXES", ""), f"{form}.{ext}: an annex label")
        synth = xml_text(os.path.join(d, "02512345678_LEFEBVRE_Théo_synthese-b1.xml"))
        expect("Tableau de synthèse des réalisations professionnelles (épreuve E5)" in synth, synth[:400])


@case("session 2024: E4 and the 2023 circular's ANNEXE 6-1, in every format")
def _():
    with tempfile.TemporaryDirectory() as d:
        texts = fill_all(sample(2024), d)
        for (form, ext), text in texts.items():
            expect("E4" in text and "E5" not in text, f"{form}.{ext}")
            expect(("ANNEXE 6-1" in text) == (form == "synthese-b1"), f"{form}.{ext}: annex label")
        expect("ANNEXE 6-1 : Tableau de synthèse des réalisations professionnelles (épreuve E4)"
               in texts[("synthese-b1", "docx")], texts[("synthese-b1", "docx")][:300])


@case("old ids synthese-e4 / synthese-e5 still work, with a note; files use the new ids")
def _():
    with tempfile.TemporaryDirectory() as d:
        rc, out, err = run("fill", SAMPLE, "-o", d, "--form", "synthese-e4", "--format", "pdf")
        expect(rc == 0, err)
        expect("note : --form synthese-e4 est l’ancien nom du formulaire « synthese-b1 »" in err, err)
        expect(os.listdir(d) == ["02512345678_LEFEBVRE_Théo_synthese-b1.pdf"], os.listdir(d))
        doc = sample()
        doc["realisations"][0]["activites"].append({"competence": "B2.1.1"})
        rc, out, err = run("fill", "-", "-o", d, "--form", "synthese-e5,synthese-b2", "--format", "xml",
                           stdin=json.dumps(doc, ensure_ascii=False).encode())
        expect(rc in (0, 1) and "ancien nom du formulaire « synthese-b2 »" in err, err)
        expect(out.count("synthese-b2.xml") == 1, out)  # the old and the new name select one form
        text = xml_text(os.path.join(d, "02512345678_LEFEBVRE_Théo_synthese-b2.xml"))
        expect("(épreuve E6)" in text and "E5" not in text, text[:300])
        rc, out, err = run("fill", SAMPLE, "-o", d, "--form", "synthese-b3")
        expect(rc == 2 and "synthese-b1, synthese-b2" in err and "synthese-e4" not in err, err)


@case("a référentiel with other rules changes the printed numbers and annexes")
def _():
    rc, out, err = run("referentiel", "--json")
    ref = json.loads(out)
    rules = ref["regles_sessions"]
    expect([r["sessions"] for r in rules] == [{"de": None, "a": 2024}, {"de": 2025, "a": None}], rules)
    expect(rules[1]["epreuves"]["B1"] == {"numero": "E5", "intitule": "Support et mise à disposition de services "
                                                                        "informatiques"}, rules[1])
    expect(rules[0]["annexes"] == {"synthese-b1": "ANNEXE 6-1"} and rules[1]["annexes"] == {}, rules)
    school = copy.deepcopy(ref)
    school["regles_sessions"][1]["sessions"]["a"] = 2026
    school["regles_sessions"][1]["epreuves"]["B1"]["numero"] = "U51"
    school["regles_sessions"][1]["annexes"] = {"synthese-b1": "ANNEXE 7-3"}
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "ecole.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(school, f, ensure_ascii=False)
        texts = fill_all(sample(), os.path.join(d, "out"), forms=("synthese-b1",), extra=("--referentiel", path))
        for (form, ext), text in texts.items():
            expect("ANNEXE 7-3 : Tableau de synthèse" in text.replace("\n", " ") or ext == "pdf", f"{form}.{ext}")
            expect("U51" in text and "E5" not in text, f"{form}.{ext}")
        rc, out, err = run("--referentiel", path, "coverage", SAMPLE)
        expect(rc == 0 and "(épreuve U51)" in out, out[:300] + err)
        # A 2027 candidate is outside every range of this référentiel: input error, ranges listed.
        for command in (("check",), ("coverage",), ("fill", "-o", os.path.join(d, "x"))):
            rc, out, err = run("--referentiel", path, *command, "-", stdin=json.dumps(sample(2027)).encode())
            expect(rc == 2, f"{command}: exit {rc}")
            expect("/candidat/session : session 2027 : le référentiel ne dit pas quelles épreuves la jugent "
                   "(sessions connues : jusqu’à 2024 ; de 2025 à 2026)" in out + err, out + err)
        expect(not os.path.exists(os.path.join(d, "x")) or not os.listdir(os.path.join(d, "x")), "no output")


@case("referentiel shows the rules; --session picks one range; an unknown session exits 2")
def _():
    rc, out, err = run("referentiel", "--bloc", "B1")
    expect(rc == 0 and "Épreuves selon la session" in out and "B1 → E4" in out and "B1 → E5" in out, out[:800])
    expect("arrêté du 8 juillet 2024".lower() in out.lower() and "ANNEXE 6-1" in out, out[:1500])
    expect("épreuve E4 (sessions jusqu’à 2024), E5 (sessions à partir de 2025)" in " ".join(out.split()), out[:1500])
    rc, out, err = run("referentiel", "--session", "2026", "--option", "SISR")
    expect(rc == 0 and "B2 → E6" in out and "B3 → E7" in out and "E4" not in out, out[:1200])
    expect("numéros inconnus, aucun n’est imprimé" in out, out[:1200])
    rc, out, err = run("referentiel", "--session", "2026", "--json")
    expect(rc == 0 and len(json.loads(out)["regles_sessions"]) == 1, out[:300])
    rc, out, err = run("referentiel", "--session", "20x6")
    expect(rc == 2 and "année sur quatre chiffres" in err, err)
    with tempfile.TemporaryDirectory() as d:
        ref = json.loads(run("referentiel", "--json")[1])
        ref["regles_sessions"][0]["sessions"]["de"] = 2021
        path = os.path.join(d, "r.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(ref, f, ensure_ascii=False)
        rc, out, err = run("--referentiel", path, "referentiel", "--session", "2020")
        expect(rc == 2 and "sessions connues : de 2021 à 2024 ; à partir de 2025" in err, err)


@case("coverage and check name the session's exam")
def _():
    rc, out, err = run("coverage", SAMPLE)
    expect(rc == 0 and "(épreuve E5)" in out and "E4" not in out, out[:300])
    rc, out, err = run("coverage", "--json", SAMPLE)
    expect(json.loads(out)["bloc"]["epreuve"] == "E5", out[:400])
    rc, out, err = run("coverage", "-", stdin=json.dumps(sample(2024)).encode())
    expect(rc == 0 and "(épreuve E4)" in out, out[:300])


@case("indicateur B1.6.i3 keeps its no-break spaces in every format; no PDF line starts with « : »")
def _():
    with tempfile.TemporaryDirectory() as d:
        rc, out, err = run("fill", SAMPLE, "-o", d, "--form", "grille-b1")
        expect(rc == 0, err)
        stem = os.path.join(d, "02512345678_LEFEBVRE_Théo_grille-b1")
        lines = pdf_lines(stem + ".pdf")
        expect(any("vise à" in l for l in lines), "B1.6.i3 in the PDF")
        bad = [l for l in lines if l.strip().startswith((":", ";"))]
        expect(not bad, bad)
        for ext in ("xlsx", "docx", "xml"):
            text = READERS[ext](stem + "." + ext)
            for part in ("vise à" + NBSP + ":", "informatique" + NBSP + ";", "d’information" + NBSP + ";"):
                expect(part in text, f"{ext}: {part!r} missing")
        docx_xml = zipfile.ZipFile(stem + ".docx").read("word/document.xml").decode()
        expect("vise à" + NBSP + ":" in docx_xml, "document.xml holds U+00A0 itself")


@case("the PDF line breaker never starts a line with « : », after U+00A0 or a plain space (UAX #14)")
def _():
    ref = json.loads(run("referentiel", "--json")[1])
    b16 = ref["blocs"][0]["competences"][5]
    expect(b16["id"] == "B1.6", b16["id"])

    def wrapped_lines(space):
        # Words of varying length, each followed by "<space>:": many lines end near a colon.
        b16["indicateurs"][2]["texte"] = " ".join(f"{'m' * (1 + i % 7)}{i}{space}:" for i in range(180))
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "r.json")
            with open(path, "w", encoding="utf-8") as f:
                json.dump(ref, f, ensure_ascii=False)
            rc, out, err = run("--referentiel", path, "fill", SAMPLE, "-o", d, "--form", "grille-b1", "--format", "pdf")
            expect(rc == 0, err)
            lines = pdf_lines(os.path.join(d, "02512345678_LEFEBVRE_Théo_grille-b1.pdf"))
            return [l for l in lines if re.search(r"m+\d+", l)]
    for space, name in ((NBSP, "U+00A0"), (" ", "espace ordinaire")):
        lines = wrapped_lines(space)
        expect(len(lines) > 20, f"{name} : le texte devrait occuper plus de 20 lignes : {len(lines)}")
        bad = [l for l in lines if l.strip().startswith(":")]
        expect(not bad, f"{name} : {bad[:5]}")


finish()
