#!/usr/bin/env python3
"""Runs siofill as a script or a person would and checks exit codes and output.

Usage: run_cli_tests.py PATH/TO/siofill PROJECT_ROOT
"""
import json
import os
import subprocess
import sys
import tempfile

SIOFILL, ROOT = sys.argv[1], sys.argv[2]
SAMPLE = os.path.join(ROOT, "samples", "etudiant-groupecfr.json")
results = []


def run(*args, stdin=None, cwd=None):
    p = subprocess.run([SIOFILL, *args], input=stdin, capture_output=True, timeout=60, cwd=cwd)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def case(name):
    def wrap(fn):
        try:
            fn()
            results.append((name, None))
        except Exception as e:  # noqa: BLE001 - any failure of a case is reported, the others still run
            results.append((name, f"{type(e).__name__}: {e}"))
        return fn
    return wrap


def expect(cond, message):
    if not cond:
        raise AssertionError(message)


def no_crash(err):
    for bad in ("erreur interne", "AddressSanitizer", "runtime error:", "LeakSanitizer"):
        expect(bad not in err, f"crash marker {bad!r} in stderr: {err[:500]}")


@case("check explains the sample's status")
def _():
    rc, out, err = run("check", SAMPLE)
    no_crash(err)
    expect(rc == 0, f"exit {rc}")
    expect("prêt avec avertissements (warning)" in out, out)
    expect("B1.1.4" in out and "à définir" in out, out)


@case("check --json is machine-readable and alone on stdout")
def _():
    rc, out, err = run("check", "--json", SAMPLE)
    data = json.loads(out)
    expect(data["students"][0]["status"] == "warning", out)
    expect(data["students"][0]["candidat"]["numero"] == "02512345678", out)
    expect(data["totals"]["warning"] == 1, out)
    expect(any(f["code"] == "lacune" for f in data["students"][0]["findings"]), out)


@case("check reads standard input with -")
def _():
    with open(SAMPLE, "rb") as f:
        rc, out, err = run("check", "-", stdin=f.read())
    expect(rc == 0, f"exit {rc} {err}")
    expect(out.startswith("- — LEFEBVRE"), out)


@case("coverage shows the 6 compétences with k/n in 80 columns")
def _():
    rc, out, err = run("coverage", SAMPLE)
    expect(rc == 0, err)
    for line in out.splitlines():
        expect(len(line) <= 80, f"line longer than 80 columns: {line!r}")
    for code, kn in (("B1.1", "5/6"), ("B1.2", "3/3"), ("B1.3", "3/3"), ("B1.4", "3/3"), ("B1.5", "3/3"), ("B1.6", "4/4")):
        expect(any(l.startswith(f"[X] {code} ") and l.rstrip().endswith(kn) for l in out.splitlines()), f"{code} {kn}\n{out}")
    expect("réalisations : R1, R2" in out, out)


@case("coverage --json")
def _():
    rc, out, err = run("coverage", "--json", SAMPLE)
    data = json.loads(out)
    expect(data["covered"] == 6 and data["total"] == 6, out[:300])
    b11 = data["competences"][0]
    expect(b11["sous_competences"]["covered"] == 5 and b11["sous_competences"]["total"] == 6, json.dumps(b11)[:300])
    expect(data["transversal"]["covered"] is True, "transversal")


@case("a blocked student exits 1, an unreadable one 2, and the others are still checked")
def _():
    with tempfile.TemporaryDirectory() as d:
        with open(SAMPLE, encoding="utf-8") as f:
            doc = json.load(f)
        for r in doc["realisations"]:
            r["activites"] = [a for a in r["activites"] if not a["competence"].startswith("B1.3")]
        blocked = os.path.join(d, "bloque.json")
        with open(blocked, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False)
        rc, out, err = run("check", SAMPLE, blocked)
        expect(rc == 1, f"exit {rc}")
        flat = " ".join(out.split())  # messages are wrapped at 80 columns
        expect("bloqué (blocked)" in flat and "La compétence B1.3 « Développer la présence en ligne de l’organisation » n’est mobilisée par aucune réalisation" in flat, out)
        broken = os.path.join(d, "casse.json")
        with open(broken, "w") as f:
            f.write("{")
        rc, out, err = run("check", SAMPLE, blocked, broken)
        expect(rc == 2, f"exit {rc}")
        expect("LEFEBVRE" in out and "bloqué" in out, out)
        expect("casse.json:1:2: JSON mal formé" in err, err)


@case("referentiel shows the embedded référentiel, --json round-trips, --bloc filters")
def _():
    rc, out, err = run("referentiel", "--bloc", "B1")
    expect(rc == 0 and "B1.6" in out and "B2.1" not in out, out[:200])
    rc, out, err = run("referentiel", "--json")
    data = json.loads(out)
    expect([b["id"] for b in data["blocs"]] == ["B1", "B2", "B2", "B3"], out[:200])
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "ref.json")
        data["blocs"][0]["competences"][0]["intitule"] = "Gérer le patrimoine (modifié)"
        with open(path, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False)
        rc, out, err = run("--referentiel", path, "coverage", SAMPLE)
        expect(rc == 0 and "Gérer le patrimoine (modifié)" in out, out[:400] + err)
        rc, out, err = run("coverage", SAMPLE, "--referentiel", path)
        expect(rc == 0 and "Gérer le patrimoine (modifié)" in out, "option after the command: " + err)
        with open(path, "w") as f:
            f.write('{"format": "siofill-referentiel/1"}')
        rc, out, err = run("--referentiel", path, "check", SAMPLE)
        expect(rc == 2 and "champ obligatoire « blocs » absent" in err, err)
    rc, out, err = run("referentiel", "--bloc", "B9")
    expect(rc == 2 and "B9" in err, err)


@case("usage errors are French, exit 2, with a did-you-mean")
def _():
    rc, out, err = run("chek", SAMPLE)
    expect(rc == 2 and "vouliez-vous dire « check » ?" in err, err)
    rc, out, err = run()
    expect(rc == 2 and "erreur :" in err, err)
    rc, out, err = run("check")
    expect(rc == 2 and "erreur :" in err, err)
    rc, out, err = run("check", "/nonexistent/x.json")
    expect(rc == 2 and "impossible d’ouvrir le fichier" in err, err)
    rc, out, err = run("--help")
    expect(rc == 0 and "Utilisation" in out, out)


@case("forms lists the forms")
def _():
    rc, out, err = run("forms", "--json")
    ids = [f["id"] for f in json.loads(out)]
    expect(ids == ["dossier", "fiche-realisation", "grille-b1", "synthese-b1", "synthese-b2"], out)


@case("every student of the sample class loads (no input error)")
def _():
    d = os.path.join(ROOT, "samples", "classe")
    files = sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".json"))
    expect(len(files) == 35, f"{len(files)} files")
    rc, out, err = run("check", "--json", *files)
    data = json.loads(out)
    statuses = [s["status"] for s in data["students"]]
    expect("error" not in statuses, err[:1000])
    expect(rc == 1 and "blocked" in statuses and "ready" in statuses, f"exit {rc}, {statuses}")


NOTES = os.path.join(ROOT, "tests", "data", "notes-seed-004.txt")


@case("import turns seed 004 notes into evidence that check, coverage and fill accept")
def _():
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "OUT.json")
        rc, _, err = run("import", NOTES, "-o", out)
        no_crash(err)
        expect(rc == 0, f"exit {rc}: {err}")
        expect(": ligne ignorée :" not in err, err)
        expect("à compléter : /realisations/0/cadre (formation, stage-1 ou stage-2)" in err, err)
        with open(out, encoding="utf-8") as f:
            data = json.load(f)
        expect([r["id"] for r in data["realisations"]] == ["R1", "R2", "A-COMPLETER"], data["realisations"])
        expect(data["lacunes"] == [{"competence": "B1.1.4", "note": "NON (à définir)"}], data.get("lacunes"))
        rc, out_text, err = run("check", out)
        no_crash(err)
        expect(rc in (0, 1) and "erreur" not in err, f"check: exit {rc}: {err}")
        rc, cov, err = run("coverage", out)
        expect(rc == 0, err)
        lines = cov.splitlines()
        for code, kn in (("B1.1", "5/6"), ("B1.2", "3/3"), ("B1.3", "3/3"), ("B1.4", "3/3"), ("B1.5", "3/3"), ("B1.6", "4/4")):
            expect(any(l.startswith(f"[X] {code} ") and l.rstrip().endswith(kn) for l in lines), f"{code} {kn}\n{cov}")
        rc, _, err = run("import", NOTES, "-o", out)
        expect(rc == 2 and "existe déjà" in err and "--force" in err, f"overwrite: exit {rc}: {err}")
        rc, _, err = run("import", NOTES, "-o", out, "--force", "--nom", "LEFEBVRE", "--prenom", "Théo",
                         "--numero", "02512345678", "--session", "2026")
        expect(rc == 0, err)
        rc, out_text, err = run("fill", out, "-o", os.path.join(d, "forms"), "--form", "grille-b1", "--format", "xml")
        no_crash(err)
        expect(rc in (0, 1) and os.listdir(os.path.join(d, "forms")), f"fill: exit {rc}: {err}")


@case("import: stdin, -o -, ignored lines exit 1, unreadable input exits 2")
def _():
    with open(NOTES, "rb") as f:
        notes = f.read()
    rc, out, err = run("import", "-", "-o", "-", stdin=notes)
    expect(rc == 0 and json.loads(out)["candidat"]["option"] == "SLAM", err)
    bad = notes.replace("Planifier les activités".encode(), "Planifer les activitées du projet".encode())
    bad += "\nBloc 4 : Cuisine\n".encode()
    rc, out, err = run("import", "-", "-o", "-", stdin=bad)
    expect(rc == 1, f"exit {rc}")
    expect(json.loads(out)["format"] == "siofill-evidence/1", "still written")
    expect("-:69: ligne ignorée : « Planifer les activitées du projet » ne correspond à aucune compétence du bloc 1"
           " — vouliez-vous dire « Planifier les activités » ?" in err, err)
    expect("-:193: ligne ignorée : « Bloc 4 : Cuisine »" in err, err)
    rc, out, err = run("import", "-", "-o", "-", stdin=b"Recenser et identifier les ressources num\xe9riques\n")
    expect(rc == 2 and "UTF-8" in err and out == "", f"exit {rc}: {err}")
    rc, out, err = run("import", "/nonexistent/notes.txt", "-o", "-")
    expect(rc == 2 and "il n’existe pas" in err, err)
    rc, out, err = run("import", NOTES, "--option", "SISX")
    expect(rc == 2, f"exit {rc}: {err}")
    rc, out, err = run("import", "--organisation", "Google cloud plateform", NOTES, "-o", "-")
    orgs = [r.get("organisation") for r in json.loads(out)["realisations"]]
    expect(rc == 0 and orgs == ["groupeCFR", "Yiriah", "Google cloud plateform", None], f"exit {rc}: {orgs} {err}")


@case("init writes a skeleton that loads, refuses to overwrite, --schema writes the schema")
def _():
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "preuves.json")
        rc, _, err = run("init", "-o", out, "--nom", "MARTIN", "--schema")
        no_crash(err)
        expect(rc == 0, err)
        with open(out, encoding="utf-8") as f:
            data = json.load(f)
        expect(data["$schema"] == "siofill-evidence-1.schema.json", data)
        expect(data["candidat"]["nom"] == "MARTIN", data)
        expect([r["cadre"] for r in data["realisations"]] == ["formation", "stage-1", "stage-2"], data)
        expect(all(len(r["activites"]) == 1 for r in data["realisations"]), data)
        with open(os.path.join(d, "siofill-evidence-1.schema.json"), encoding="utf-8") as f:
            expect(json.load(f)["title"].startswith("Preuves"), "schema")
        rc, _, err = run("check", out)
        expect(rc == 1 and "erreur" not in err, f"check: exit {rc}: {err}")
        rc, _, err = run("init", "-o", out)
        expect(rc == 2 and "existe déjà" in err, f"exit {rc}: {err}")
        rc, _, err = run("init", "-o", out, "--force")
        expect(rc == 0, err)
        rc, out_text, err = run("init", "-o", "-")
        expect(rc == 0 and json.loads(out_text)["format"] == "siofill-evidence/1", err)


@case("fill writes every form of the student in the four formats, named from the template")
def _():
    with tempfile.TemporaryDirectory() as d:
        rc, out, err = run("fill", SAMPLE, "-o", d)
        expect(rc == 0, f"exit {rc} {err}")
        names = sorted(os.listdir(d))
        expected = sorted(f"02512345678_LEFEBVRE_Théo_{form}.{ext}" for form in ("grille-b1", "synthese-b1", "fiche-realisation")
                          for ext in ("pdf", "xlsx", "docx", "xml"))
        expect(names == expected, names)
        expect(sorted(os.path.basename(l) for l in out.splitlines()) == expected, out)
        rc, out2, err = run("fill", SAMPLE, "-o", d)  # a re-run replaces its own outputs
        expect(rc == 0 and sorted(os.listdir(d)) == expected, os.listdir(d))
        rc, out, err = run("fill", SAMPLE, "-o", d, "--form", "grille-b1", "--format", "pdf",
                           "--name", "{session}/{option}/{nom}-{form}.{ext}")
        expect(rc == 0 and os.path.isfile(os.path.join(d, "2026", "SLAM", "LEFEBVRE-grille-b1.pdf")), out + err)


@case("fill -o - writes one file to stdout; bad lists and templates exit 2 with a did-you-mean")
def _():
    p = subprocess.run([SIOFILL, "fill", SAMPLE, "-o", "-", "--form", "grille-b1", "--format", "pdf"],
                       capture_output=True, timeout=60)
    expect(p.returncode == 0 and p.stdout.startswith(b"%PDF-"), p.stderr.decode())
    expect(not [f for f in os.listdir(".") if f.startswith(".siofill-stdout")], "temporary file left in cwd")
    rc, out, err = run("fill", SAMPLE, "-o", "-")
    expect(rc == 2 and "exactement un formulaire" in err, err)
    rc, out, err = run("fill", SAMPLE, "--form", "grile-b1")
    expect(rc == 2 and "vouliez-vous dire « grille-b1 » ?" in err, err)
    rc, out, err = run("fill", SAMPLE, "--format", "docs")
    expect(rc == 2 and "vouliez-vous dire « docx » ?" in err, err)
    rc, out, err = run("fill", SAMPLE, "--name", "/etc/{form}.{ext}")
    expect(rc == 2 and "chemin absolu" in err, err)


@case("fill warns when no installed font can draw a character")
def _():
    with open(SAMPLE, encoding="utf-8") as f:
        doc = json.load(f)
    doc["candidat"]["nom"] = "LEFEBVRE \u0f00"
    with tempfile.TemporaryDirectory() as d:
        rc, out, err = run("fill", "-", "-o", d, "--form", "grille-b1", "--format", "pdf",
                           stdin=json.dumps(doc, ensure_ascii=False).encode())
        expect(rc == 0 and "U+0F00" in err and "aucune police" in err, f"{rc} {err}")


failed = [r for r in results if r[1]]
for name, err in results:
    print(("ok   " if not err else "FAIL ") + name + ("" if not err else "\n     " + err.replace("\n", "\n     ")))
print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
sys.exit(1 if failed else 0)
