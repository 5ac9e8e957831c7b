#!/usr/bin/env python3
"""Whole-class batch as the secretariat runs it: statuses, report, class
workbook, determinism across thread counts and shards, clean interruption.

Usage: run_batch_tests.py PATH/TO/siofill PROJECT_ROOT
"""
import csv
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SIOFILL, ROOT = sys.argv[1], sys.argv[2]
CLASS = os.path.join(ROOT, "samples", "classe")
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1767225600")
# The subtitle of one student's synthesis table in the class PDF (the sample class sits session 2026).
TABLE_2026 = "Tableau de synthèse des réalisations professionnelles (épreuve E5)"
results = []


def case(name):
    def wrap(fn):
        try:
            fn()
            results.append((name, None))
        except Exception as e:  # noqa: BLE001 - each case reports its own failure
            results.append((name, f"{type(e).__name__}: {e}"))
        return fn
    return wrap


def expect(cond, message):
    if not cond:
        raise AssertionError(message)


def run(*args, cwd=None):
    p = subprocess.run([SIOFILL, *args], capture_output=True, timeout=600, cwd=cwd, env=ENV)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def tree(d):
    """relative path -> sha256 of every file below d."""
    out = {}
    for base, _, files in os.walk(d):
        for f in files:
            p = os.path.join(base, f)
            with open(p, "rb") as fh:
                out[os.path.relpath(p, d)] = hashlib.sha256(fh.read()).hexdigest()
    return out


def make_class(d):
    """The sample class plus a broken file, a blocked student and a homonym."""
    os.makedirs(d)
    for f in sorted(os.listdir(CLASS)):
        if f.endswith(".json"):
            shutil.copy(os.path.join(CLASS, f), d)
    with open(os.path.join(d, "etudiant-001.json"), encoding="utf-8") as fh:
        good = json.load(fh)
    with open(os.path.join(d, "zz-casse.json"), "w") as fh:
        fh.write('{"format": "siofill-evidence/1", "candidat": {')
    twin = json.loads(json.dumps(good))
    twin["candidat"]["numero"] = good["candidat"]["numero"]  # same name and number: a true collision
    with open(os.path.join(d, "zz-homonyme.json"), "w", encoding="utf-8") as fh:
        json.dump(twin, fh, ensure_ascii=False)
    return good


with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "classe")
    good = make_class(src)
    full = os.path.join(tmp, "full")
    rc, out, err = run("batch", src, "-o", full, "--jobs", "2", "--format", "pdf,xml", "--quiet")
    report = json.load(open(os.path.join(full, "rapport.json"), encoding="utf-8"))

    @case("a class with broken, blocked and homonym students: exit 1, every good student written")
    def _():
        expect(rc == 1, f"exit {rc}: {err[-500:]}")
        expect(out == "", "--quiet prints nothing on stdout")
        students = report["students"]
        expect(len(students) == 37, f"{len(students)} students")
        by_source = {os.path.basename(s["source"]): s for s in students}
        broken = by_source["zz-casse.json"]
        expect(broken["status"] == "error" and broken["errors"][0]["kind"] == "input", json.dumps(broken)[:300])
        expect("line" in broken["errors"][0], "malformed JSON reported with its line")
        blocked = by_source["etudiant-004.json"]
        expect(blocked["status"] == "blocked" and any(e["code"] == "competence-non-mobilisee" for e in blocked["errors"]),
               json.dumps(blocked)[:400])
        expect(len(blocked["outputs"]) > 0, "a blocked student still gets forms for review")
        expect(report["totals"]["error"] == 1 and report["totals"]["blocked"] == 5, json.dumps(report["totals"]))
        for s in students:
            if s["status"] != "error":
                expect(len(s["outputs"]) >= 6, f"{s['source']}: {len(s['outputs'])} outputs")
            for o in s["outputs"]:
                p = os.path.join(full, o["path"])
                data = open(p, "rb").read()
                expect(len(data) == o["bytes"] and hashlib.sha256(data).hexdigest() == o["sha256"], o["path"])

    @case("homonyms get a suffix, reported, nothing overwritten")
    def _():
        twin = [s for s in report["students"] if s["source"].endswith("zz-homonyme.json")][0]
        expect(all("-2." in o["path"] for o in twin["outputs"]), [o["path"] for o in twin["outputs"]])
        expect(twin["notes"] and "déjà pris" in twin["notes"][0], twin["notes"])
        expect(not [f for f in os.listdir(full) if ".tmp-" in f], "temporary files left")

    @case("class outputs: report, class workbook and class PDF")
    def _():
        names = [o["path"] for o in report["class_outputs"]]
        expect("classe-synthese.pdf" in names and "classe-synthese.xlsx" in names, names)
        pdf = os.path.join(full, "classe-synthese.pdf")
        expect(subprocess.run(["qpdf", "--check", pdf], capture_output=True).returncode == 0, "qpdf --check")
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True).stdout.decode()
        expect(good["candidat"]["nom"] in text and TABLE_2026 in text, "class PDF holds the synthesis tables")

    @case("the class workbook read back with openpyxl has the right cells")
    def _():
        code = r"""
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Classe"]
rows = list(ws.iter_rows(values_only=True))
print(json.dumps({"header": rows[0], "rows": rows[1:], "filter": ws.auto_filter.ref, "freeze": ws.freeze_panes}, default=str))
"""
        p = subprocess.run(["/usr/bin/python3", "-c", code, os.path.join(full, "classe-synthese.xlsx")],
                           capture_output=True, timeout=120)
        expect(p.returncode == 0, p.stderr.decode()[-500:])
        data = json.loads(p.stdout)
        header = data["header"]
        expect(header[:6] == ["N° candidat", "Nom", "Prénom", "Option", "Statut", "Réalisations"], header)
        expect(header[6:12] == ["B1.1", "B1.2", "B1.3", "B1.4", "B1.5", "B1.6"], header)
        expect(len(data["rows"]) == 37, len(data["rows"]))
        row004 = [r for r in data["rows"] if r[-1].endswith("etudiant-004.json")][0]
        expect(row004[4] == "bloqué" and row004[8].startswith("non (0/3)"), row004)
        expect(isinstance(row004[0], str) and row004[0].startswith("0"), "numero kept as text with its zero")
        expect(data["filter"] and data["filter"].startswith("A1:"), data["filter"])
        expect(data["freeze"] == "D2", data["freeze"])

    @case("--jobs 1 and --jobs 2 give byte-identical outputs")
    def _():
        one = os.path.join(tmp, "one")
        run("batch", src, "-o", one, "--jobs", "1", "--format", "pdf,xml", "--quiet")
        a, b = tree(full), tree(one)
        expect(a.keys() == b.keys(), set(a) ^ set(b))
        diff = [k for k in a if a[k] != b[k]]
        expect(not diff, diff[:5])

    @case("shards 0/2 + 1/2 equal the full run")
    def _():
        sh = os.path.join(tmp, "shards")
        rc0, _, e0 = run("batch", src, "-o", sh, "--shard", "0/2", "--format", "pdf,xml", "--quiet")
        rc1, _, e1 = run("batch", src, "-o", sh, "--shard", "1/2", "--format", "pdf,xml", "--quiet")
        expect(rc0 == 1 and rc1 in (0, 1), f"{rc0} {rc1} {e0[-300:]} {e1[-300:]}")
        a, b = tree(full), tree(sh)
        students = {k: v for k, v in a.items() if not k.startswith(("rapport", "classe-synthese"))}
        expect(all(b.get(k) == v for k, v in students.items()), [k for k, v in students.items() if b.get(k) != v][:5])
        extra = [k for k in b if k not in a]
        expect(sorted(extra) == sorted(["rapport-lot-1-sur-2.json", "rapport-lot-2-sur-2.json",
                                         "classe-synthese-lot-1-sur-2.xlsx", "classe-synthese-lot-2-sur-2.xlsx",
                                         "classe-synthese-lot-1-sur-2.pdf", "classe-synthese-lot-2-sur-2.pdf"]), extra)
        r0 = json.load(open(os.path.join(sh, "rapport-lot-1-sur-2.json")))
        r1 = json.load(open(os.path.join(sh, "rapport-lot-2-sur-2.json")))
        expect(r0["totals"]["students"] + r1["totals"]["students"] == 37, "every student in one shard")

    @case("a roster CSV saved by Excel (BOM, CRLF, ';') with relative paths and a disagreeing row")
    def _():
        roster = os.path.join(src, "liste.csv")
        with open(os.path.join(CLASS, "roster.csv"), encoding="utf-8-sig") as fh:
            rows = list(csv.reader(fh, delimiter=";"))
        rows[2][1] = "AUTRE-NOM"
        with open(roster, "w", encoding="utf-8-sig", newline="") as fh:
            csv.writer(fh, delimiter=";", lineterminator="\r\n").writerows(rows[:6])
        outdir = os.path.join(tmp, "roster-out")
        rc, out, err = run("batch", roster, "-o", outdir, "--format", "xml", "--json")
        data = json.loads(out)
        expect(data["totals"]["students"] == 5, data["totals"])
        second = data["students"][1]
        expect(any(w["code"] == "liste-differente" and "AUTRE-NOM" in w["message"] for w in second["warnings"]),
               json.dumps(second["warnings"])[:400])

    @case("--zip archives every file; bad usage exits 2")
    def _():
        z = os.path.join(tmp, "zip")
        run("batch", src, "-o", z, "--format", "xml", "--zip", "--quiet")
        names = subprocess.run(["/usr/bin/python3", "-c",
                                "import zipfile,sys; print('\\n'.join(zipfile.ZipFile(sys.argv[1]).namelist()))",
                                os.path.join(z, "siofill-export.zip")], capture_output=True).stdout.decode().split()
        expect("rapport.json" in names and len(names) > 100, len(names))
        for args, part in ((["batch", src, "-o", z, "--shard", "2/2"], "--shard"),
                           (["batch", "/nonexistent", "-o", z], "n’existe pas"),
                           (["batch", src, "-o", z, "--format", "pdff"], "vouliez-vous dire « pdf »"),
                           (["batch", src, "-o", z, "--name", "../{form}.{ext}"], "dossier de sortie")):
            rc, out, err = run(*args)
            expect(rc == 2 and part in err, f"{args}: {rc} {err}")

    @case("a class of 245: class PDF in files of 200 students, same bytes with 1 and 2 jobs, report in order")
    def _():
        big = os.path.join(tmp, "c245")
        os.makedirs(big)
        files = sorted(f for f in os.listdir(CLASS) if f.endswith(".json"))
        for k in range(7):
            for f in files:
                shutil.copy(os.path.join(CLASS, f), os.path.join(big, f"{k}-{f}"))
        trees = []
        for jobs in ("1", "2"):
            o = os.path.join(tmp, f"c245-out-{jobs}")
            rc, out, err = run("batch", big, "-o", o, "--jobs", jobs, "--form", "grille-b1", "--format", "xml",
                               "--quiet")
            expect(rc == 1, f"exit {rc}: {err[-300:]}")
            trees.append(tree(o))
        expect(trees[0] == trees[1], [k for k in trees[0] if trees[0][k] != trees[1].get(k)][:5])
        o = os.path.join(tmp, "c245-out-2")
        rep = json.load(open(os.path.join(o, "rapport.json")))
        expect([s["index"] for s in rep["students"]] == list(range(245)), "students in input order")
        names = [c["path"] for c in rep["class_outputs"]]
        expect(names[:2] == ["classe-synthese-001.pdf", "classe-synthese-002.pdf"], names)
        texts = [subprocess.run(["pdftotext", os.path.join(o, n), "-"], capture_output=True).stdout.decode()
                 for n in names[:2]]
        expect(texts[0].count(TABLE_2026) == 200 and texts[1].count(TABLE_2026) == 45,
               [t.count(TABLE_2026) for t in texts])
        twins = [s for s in rep["students"] if s["notes"]]
        expect(len(twins) == 6 * 35, f"{len(twins)} homonyms renamed")  # copies 1…6 of every student

    @case("Ctrl-C stops cleanly: only complete files, each listed in the report")
    def _():
        big = os.path.join(tmp, "big")
        os.makedirs(big)
        for k in range(6):
            for f in os.listdir(CLASS):
                if f.endswith(".json"):
                    shutil.copy(os.path.join(CLASS, f), os.path.join(big, f"{k}-{f}"))
        outdir = os.path.join(tmp, "interrupted")
        p = subprocess.Popen([SIOFILL, "batch", big, "-o", outdir, "--jobs", "2", "--format", "pdf,docx,xml", "--quiet",
                              "--name", "{form}/{numero}_{nom}_{prenom}_{form}.{ext}"], env=ENV,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.time() + 60
        while time.time() < deadline and not (os.path.isdir(outdir) and sum(len(f) for _, _, f in os.walk(outdir)) > 20):
            time.sleep(0.02)
        p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=120)
        expect(p.returncode == 130, f"exit {p.returncode}: {err.decode()[-300:]}")
        files = tree(outdir)
        expect(not [f for f in files if ".tmp-" in f], "temporary files left")
        rep = json.load(open(os.path.join(outdir, "rapport.json")))
        expect(rep["interrupted"] is True and rep["totals"]["students"] < 6 * 35, rep["totals"])
        listed = {o["path"]: o["sha256"] for s in rep["students"] for o in s["outputs"]}
        listed.update({o["path"]: o["sha256"] for o in rep["class_outputs"]})
        unlisted = [f for f in files if f != "rapport.json" and listed.get(f) != files[f]]
        expect(not unlisted, unlisted[:5])
        # The class PDF (written while students run) holds exactly the students of the report.
        pdfs = [o["path"] for o in rep["class_outputs"] if o["path"].endswith(".pdf")]
        tables = sum(subprocess.run(["pdftotext", os.path.join(outdir, p), "-"], capture_output=True)
                     .stdout.decode().count(TABLE_2026) for p in pdfs)
        readable = sum(1 for s in rep["students"] if s["status"] != "error")
        expect(tables == readable, f"{tables} tables in the class PDF, {readable} students in the report")


failed = [r for r in results if r[1]]
for name, err in results:
    print(("ok   " if not err else "FAIL ") + name + ("" if not err else "\n     " + err.replace("\n", "\n     ")))
print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
sys.exit(1 if failed else 0)
