#!/usr/bin/python3
"""Teaching sequences (siofill-sequences/1): `plan`, `--sequences` on fill, check,
coverage and batch, the plan named in the evidence or in a roster column; forms read
back with real readers (pdftotext, openpyxl, python-docx, the flat XML's text runs).

Usage: run_sequences_tests.py PATH/TO/siofill PROJECT_ROOT
"""
import copy
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import case, expect, finish  # noqa: E402

SIOFILL, ROOT = sys.argv[1], sys.argv[2]
SAMPLE = os.path.join(ROOT, "samples", "etudiant-groupecfr.json")
PLAN = os.path.join(ROOT, "samples", "sequences-b1.json")
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1767225600", LC_ALL="C.UTF-8")
A1 = "Explorer le patrimoine informatique d’une petite organisation"
B1 = "Mettre en place un partage de fichiers simple entre des utilisateurs d’un même service"
STEM = "02512345678_LEFEBVRE_Théo_"


def run(*args, stdin=None, cwd=None):
    p = subprocess.run([SIOFILL, *args], input=stdin, capture_output=True, timeout=120, env=ENV, cwd=cwd)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def flat(text):
    """Whitespace runs as one space: a title wraps inside its table cell."""
    return re.sub(r"\s+", " ", text)


def pdf_text(path):
    return subprocess.run(["pdftotext", path, "-"], capture_output=True, check=True).stdout.decode()


def xlsx_text(path):
    import openpyxl
    wb = openpyxl.load_workbook(path)
    return "\n".join(str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v is not None)


def docx_text(path):
    import docx
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def xml_text(path):
    raw = open(path, encoding="utf-8").read()
    # A cell's paragraphs are separate runs: read them as the words they show.
    return " ".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", raw)).replace("&amp;", "&")


READERS = {"pdf": pdf_text, "xlsx": xlsx_text, "docx": docx_text, "xml": xml_text}


def student(ids=("1.1-A1", "1.1-B1"), **realisation):
    with open(SAMPLE, encoding="utf-8") as f:
        doc = json.load(f)
    r = {"id": "F1", "cadre": "formation", "debut": "2025-09-15", "fin": "2025-10-17", "sequences": list(ids)}
    r.update(realisation)
    doc["realisations"].append(r)
    return doc


def write(path, doc):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)


@case("plan samples/sequences-b1.json: B1.1 partly covered, B1.2 to B1.6 not, exit 1")
def _():
    rc, out, err = run("plan", PLAN)
    expect(rc == 1, f"exit {rc}: {err}")
    expect("Plan de séquences" in out and "5 séquences, 12h30" in flat(out), out[:300])
    expect("[X] B1.1 Gérer le patrimoine informatique — 4/6 sous-compétences, 12h30" in flat(out), out)
    for c in ("B1.2", "B1.3", "B1.4", "B1.5", "B1.6"):
        expect(f"[ ] {c} " in out, f"{c} not shown uncovered: {out}")
    expect("✓ B1.1.3 Mettre en place et vérifier les niveaux d’habilitation associés à un service (1.1-B1, 1.1-A2 ; 4h)"
           in flat(out), out)
    expect("· B1.1.4 " in out and "· B1.1.6 " in out, out)
    expect("indicateurs jamais travaillés : ✗ B1.1.i4 Les conditions de continuité" in flat(out), out)
    expect("non respectée par le plan seul — aucune séquence ne travaille B1.2, B1.3, B1.4, B1.5, B1.6." in flat(out), out)


@case("plan --json: the same facts for scripts")
def _():
    rc, out, err = run("plan", PLAN, "--json")
    expect(rc == 1, f"exit {rc}: {err}")
    doc = json.loads(out)
    expect(doc["status"] == "incomplete" and doc["minutes"] == 750 and doc["bloc"]["id"] == "B1", doc)
    comps = {c["id"]: c for c in doc["competences"]}
    b11 = comps["B1.1"]
    expect(b11["covered"] and b11["sous_competences"]["covered"] == 4 and b11["sous_competences"]["total"] == 6, b11)
    items = {i["id"]: i for i in b11["sous_competences"]["items"]}
    expect(items["B1.1.1"]["sequences"] == ["1.1-A1"] and items["B1.1.1"]["minutes"] == 330, items["B1.1.1"])
    expect(items["B1.1.5"]["sequences"] == ["1.1-C2"] and not items["B1.1.4"]["covered"], items)
    expect([i["id"] for i in b11["indicateurs_jamais_travailles"]] == ["B1.1.i4", "B1.1.i7"], b11)
    expect(all(not comps[c]["covered"] and comps[c]["sequences"] == [] for c in ("B1.2", "B1.3", "B1.4", "B1.5", "B1.6")), comps)
    rule = doc["regle_toutes_competences_mobilisees"]
    expect(rule == {"respectee": False, "non_mobilisees": ["B1.2", "B1.3", "B1.4", "B1.5", "B1.6"]}, rule)
    expect([s["id"] for s in doc["sequences"]] == ["1.1-A1", "1.1-B1", "1.1-A2", "1.1-B2", "1.1-C2"], doc["sequences"])


@case("plan: a plan working every compétence of the bloc respects the rule, exit 0")
def _():
    with open(PLAN, encoding="utf-8") as f:
        plan = json.load(f)
    for n, sc in enumerate(("B1.2.1", "B1.3.1", "B1.4.1", "B1.5.1", "B1.6.1"), 2):
        plan["sequences"].append({"id": f"1.{n}-A1", "intitule": f"Séquence du bloc {n}", "semestre": 1, "duree": "1h30",
                                  "sous_competences": [sc], "seances": [{"duree": "1h"}, {"duree": "30min"}]})
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "complet.json")
        write(path, plan)
        rc, out, err = run("plan", path)
        expect(rc == 0, f"exit {rc}: {err}")
        expect("respectée par le plan seul." in flat(out) and "non respectée" not in out, out)


@case("plan: a bad file is an input error with the file, the pointer and a did-you-mean (exit 2)")
def _():
    with open(PLAN, encoding="utf-8") as f:
        plan = json.load(f)
    plan["sequences"][1]["sous_competences"] = ["B1.1.33"]
    plan["sequences"][3]["duree"] = 2
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "plan.json")
        write(path, plan)
        rc, out, err = run("plan", path)
        expect(rc == 2, f"exit {rc}")
        expect(f"erreur : {path}: /sequences/1/sous_competences/0 : sous-compétence « B1.1.33 » inconnue dans le bloc B1"
               in err and "vouliez-vous dire « B1.1.3 » ?" in err, err)
        expect(f"{path}: /sequences/3/duree : durée attendue comme" in err and "(écrivez l’unité : \"2h\")" in err, err)
        expect(out == "", out)
        rc, out, err = run("plan", path, "--json")
        expect(rc == 2 and json.loads(out)["status"] == "error" and len(json.loads(out)["errors"]) == 2, out)


@case("coverage --sequences: citing 1.1-A1 and 1.1-B1 covers B1.1.1 and B1.1.3 with their indicateurs")
def _():
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "preuves.json")
        write(path, student())
        rc, out, err = run("coverage", path, "--sequences", PLAN, "--json")
        expect(rc == 0, err)
        b11 = json.loads(out)["competences"][0]
        items = {i["id"]: i for i in b11["sous_competences"]["items"]}
        expect("F1" in items["B1.1.1"]["realisations"] and "F1" in items["B1.1.3"]["realisations"], items)
        expect("F1" not in items["B1.1.2"]["realisations"], items["B1.1.2"])
        expect("B1.1.i1" in b11["indicateurs"] and "B1.1.i3" in b11["indicateurs"], b11["indicateurs"])
        # Without the plan the same file is an input error that says how to give it.
        rc, out, err = run("coverage", path)
        expect(rc == 2 and "aucun plan de séquences n’est donné" in err and "--sequences" in err, err)
        rc, out, err = run("check", path, "--sequences", PLAN)
        expect(rc == 0 and "prêt" in out, out + err)


@case("fill --sequences: the sequence titles on the synthesis table in all four formats")
def _():
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "preuves.json")
        write(path, student())
        rc, out, err = run("fill", path, "--sequences", PLAN, "-o", d, "--form", "synthese-b1,fiche-realisation")
        expect(rc == 0, err)
        for ext, read in READERS.items():
            text = flat(read(os.path.join(d, f"{STEM}synthese-b1.{ext}")))
            for title in (f"{A1} (séquence 1.1-A1)", f"{B1} (séquence 1.1-B1)"):
                expect(title in text, f"synthese-b1.{ext} lacks {title!r}: …{text[text.find('Réalisations en cours'):][:600]}")
            fiche = flat(read(os.path.join(d, f"{STEM}fiche-realisation.{ext}")))
            # The résultats attendus are the réalisation's documents.
            expect("Groupe dynamique de machines créé selon un critère." in fiche, f"fiche.{ext}: no résultat attendu")


@case("the student's own intitulé and documents win over the plan's")
def _():
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "preuves.json")
        write(path, student(intitule="Inventaire et partage pour le cabinet Martin", documents=["Mon compte rendu"]))
        rc, out, err = run("fill", path, "--sequences", PLAN, "-o", d, "--form", "synthese-b1,fiche-realisation",
                           "--format", "docx")
        expect(rc == 0, err)
        text = flat(docx_text(os.path.join(d, f"{STEM}synthese-b1.docx")))
        expect("Inventaire et partage pour le cabinet Martin" in text and "(séquence 1.1-A1)" not in text, text[:800])
        fiche = flat(docx_text(os.path.join(d, f"{STEM}fiche-realisation.docx")))
        expect("Mon compte rendu" in fiche and "Groupe dynamique de machines" not in fiche, fiche[:800])


@case("the plan named in the evidence (fichier_sequences), relative to the evidence's folder")
def _():
    with tempfile.TemporaryDirectory() as d:
        os.mkdir(os.path.join(d, "plans"))
        shutil.copy(PLAN, os.path.join(d, "plans", "b1.json"))
        doc = student()
        doc["fichier_sequences"] = "plans/b1.json"
        path = os.path.join(d, "preuves.json")
        write(path, doc)
        rc, out, err = run("coverage", path, "--json")
        expect(rc == 0, err)
        expect("F1" in json.loads(out)["competences"][0]["realisations"], out[:500])
        doc["fichier_sequences"] = "plans/b2.json"
        write(path, doc)
        rc, out, err = run("check", path)
        expect(rc == 2 and "/fichier_sequences : fichier de séquences" in err and "introuvable" in err, err)


@case("a cited id the plan lacks: exit 2 with a did-you-mean, in fill, check and coverage")
def _():
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "preuves.json")
        write(path, student(ids=("1.1-A1", "1.1B1")))
        for cmd in (["check"], ["coverage"], ["fill", "-o", d]):
            rc, out, err = run(*cmd, path, "--sequences", PLAN)
            expect(rc == 2, f"{cmd}: exit {rc}")
            expect(f"{path}: /realisations/3/sequences/1 : séquence « 1.1B1 » absente du plan {PLAN}" in err, err)
            expect("vouliez-vous dire « 1.1-B1 » ?" in err, err)
        expect(not [n for n in os.listdir(d) if n != "preuves.json"], os.listdir(d))


@case("--sequences with a bad plan: exit 2 naming the plan, before any evidence is read")
def _():
    with tempfile.TemporaryDirectory() as d:
        bad = os.path.join(d, "plan.json")
        with open(bad, "w", encoding="utf-8") as f:
            f.write('{"format": "siofill-sequences/1", "bloc": "B7", "sequences": []}')
        rc, out, err = run("check", SAMPLE, "--sequences", bad)
        expect(rc == 2 and f"{bad}: /bloc : bloc « B7 » inconnu" in err, err)


@case("batch --sequences: the class workbook gets a sheet students × sequences")
def _():
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "classe")
        os.mkdir(src)
        write(os.path.join(src, "a.json"), student())
        other = student(ids=("1.1-C2",))
        other["candidat"].update(numero="02599999999", nom="DURAND", prenom="Inès")
        write(os.path.join(src, "b.json"), other)
        plain = student()
        plain["realisations"].pop()
        plain["candidat"].update(numero="02588888888", nom="PETIT", prenom="Jules")
        write(os.path.join(src, "c.json"), plain)
        shutil.copy(PLAN, os.path.join(src, "sequences-b1.json"))  # the plan may sit with the evidence
        out_dir = os.path.join(d, "sortie")
        rc, out, err = run("batch", src, "-o", out_dir, "--sequences", os.path.join(src, "sequences-b1.json"),
                           "--format", "pdf", "--json")
        expect(rc == 0, f"exit {rc}: {err}\n{out[:2000]}")
        expect(json.loads(out)["totals"]["students"] == 3, out[:500])
        import openpyxl
        wb = openpyxl.load_workbook(os.path.join(out_dir, "classe-synthese.xlsx"))
        expect(wb.sheetnames == ["Classe", "Séquences"], wb.sheetnames)
        rows = list(wb["Séquences"].iter_rows(values_only=True))
        expect(rows[0][:4] == ("N° candidat", "Nom", "Prénom", f"1.1-A1\n{A1}"), rows[0])
        expect([r.split("\n")[0] for r in rows[0][3:8]] == ["1.1-A1", "1.1-B1", "1.1-A2", "1.1-B2", "1.1-C2"], rows[0])
        by_name = {r[1]: r for r in rows[1:]}
        expect(by_name["LEFEBVRE"][3:] == ("citée", "citée", "non", "non", "non", "2/5"), by_name["LEFEBVRE"])
        expect(by_name["DURAND"][3:] == ("non", "non", "non", "non", "citée", "1/5"), by_name["DURAND"])
        expect(by_name["PETIT"][3:] == ("non", "non", "non", "non", "non", "0/5"), by_name["PETIT"])


@case("batch from a roster: the « sequences » column gives each student's plan")
def _():
    with tempfile.TemporaryDirectory() as d:
        write(os.path.join(d, "a.json"), student())
        shutil.copy(PLAN, os.path.join(d, "plan.json"))
        with open(os.path.join(d, "liste.csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter=";")
            w.writerow(["numero", "nom", "prenom", "option", "evidence", "sequences"])
            w.writerow(["02512345678", "LEFEBVRE", "Théo", "SLAM", "a.json", "plan.json"])
        out_dir = os.path.join(d, "sortie")
        rc, out, err = run("batch", os.path.join(d, "liste.csv"), "-o", out_dir, "--format", "docx",
                           "--form", "synthese-b1")
        expect(rc == 0, f"exit {rc}: {err}")
        text = flat(docx_text(os.path.join(out_dir, f"{STEM}synthese-b1.docx")))
        expect(f"{A1} (séquence 1.1-A1)" in text, text[:800])



@case("serve --sequences: POST /api/coverage sees the merged réalisation, as the CLI does")
def _():
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "web"))
    from server import Server
    srv = Server(SIOFILL, "--sequences", PLAN, env=ENV)
    try:
        status, _, body = srv.post_json("/api/coverage", student())
        expect(status == 200, f"{status} {body[:400]}")
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "preuves.json")
            write(path, student())
            rc, out, err = run("coverage", path, "--sequences", PLAN, "--json")
        api, cli = json.loads(body), json.loads(out)
        api.pop("file"), cli.pop("file")
        expect(api == cli, "differs from the CLI")
        expect("F1" in api["competences"][0]["realisations"], api["competences"][0])
        # A cited id the plan lacks: 422 with the loader's message.
        status, _, body = srv.post_json("/api/check", student(ids=("1.1B1",)))
        expect(status == 422 and "vouliez-vous dire « 1.1-B1 » ?" in body.decode(), f"{status} {body[:400]}")
    finally:
        srv.stop()


finish()
