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



def student(d, name, **candidat):
    """Writes d/name: etudiant-001 of the sample class with these candidat fields."""
    with open(os.path.join(CLASS, "etudiant-001.json"), encoding="utf-8") as fh:
        ev = json.load(fh)
    ev["candidat"].update(candidat)
    with open(os.path.join(d, name), "w", encoding="utf-8") as fh:
        json.dump(ev, fh, ensure_ascii=False)
    return ev


def run_env(env, *args):
    p = subprocess.run([SIOFILL, *args], capture_output=True, timeout=600, env=env)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


with tempfile.TemporaryDirectory() as tmp:
    @case("issue 15.1: two long noms cut to the same name keep both students' files, each with its extension")
    def _():
        src = os.path.join(tmp, "long")
        os.makedirs(src)
        student(src, "a.json", nom="N" * 199 + "A")
        student(src, "b.json", nom="N" * 199 + "B")
        out = os.path.join(tmp, "long-out")
        rc, _, err = run("batch", src, "-o", out, "--format", "pdf,xlsx,docx,xml", "--quiet")
        expect(rc == 0, f"exit {rc}: {err[-300:]}")
        rep = json.load(open(os.path.join(out, "rapport.json"), encoding="utf-8"))
        paths = [o["path"] for s in rep["students"] for o in s["outputs"]]
        per_student = [len(st["outputs"]) for st in rep["students"]]
        expect(per_student[0] >= 12 and per_student[0] == per_student[1], per_student)
        expect(len(set(paths)) == len(paths), f"{len(set(paths))} distinct names of {len(paths)}")
        for p in paths:
            expect(os.path.isfile(os.path.join(out, p)), f"{p} missing")
            expect(len(p.encode()) <= 255 and p.rsplit(".", 1)[1] in ("pdf", "xlsx", "docx", "xml"), p)
        expect(rep["students"][1]["notes"] and "déjà pris" in rep["students"][1]["notes"][0], rep["students"][1]["notes"])

    @case("issue 15.2: --zip flags entry names as UTF-8 (bit 11): Python zipfile and Debian unzip read LÉGER")
    def _():
        out = os.path.join(tmp, "zip-utf8")
        rc, _, err = run("batch", CLASS, "-o", out, "--format", "xml", "--form", "grille-b1", "--zip", "--quiet")
        expect(rc in (0, 1), f"exit {rc}: {err[-300:]}")
        archive = os.path.join(out, "siofill-export.zip")
        code = ("import json, sys, zipfile\n"
                "z = zipfile.ZipFile(sys.argv[1])\n"
                "print(json.dumps([[i.filename, i.flag_bits] for i in z.infolist()]))\n")
        infos = json.loads(subprocess.run(["/usr/bin/python3", "-c", code, archive], capture_output=True,
                                          check=True).stdout)
        accented = [n for n, _ in infos if "LÉGER" in n]
        expect(accented, f"no entry named LÉGER in {[n for n, _ in infos][:5]}")
        expect(all(flags & 0x800 for _, flags in infos), "entries without the UTF-8 flag")
        listing = subprocess.run(["unzip", "-Z1", archive], capture_output=True, env=dict(ENV, LC_ALL="C.UTF-8"))
        expect(listing.returncode == 0 and accented[0] in listing.stdout.decode("utf-8", "replace"),
               listing.stdout.decode("utf-8", "replace")[:300])
        unpacked = os.path.join(tmp, "zip-unpacked")
        subprocess.run(["unzip", "-q", archive, "-d", unpacked], check=True, env=dict(ENV, LC_ALL="C.UTF-8"))
        expect(os.path.isfile(os.path.join(unpacked, accented[0])), f"unzip did not write {accented[0]}")

    @case("issue 15.5: MEYER_Élodie and MEYER_élodie collide (Unicode case folding): the second gets -2")
    def _():
        src = os.path.join(tmp, "case")
        os.makedirs(src)
        student(src, "a.json", nom="MEYER", prenom="Élodie")
        student(src, "b.json", nom="MEYER", prenom="élodie")
        student(src, "c.json", nom="STRASSE", prenom="Anne")
        student(src, "d.json", nom="Straße", prenom="Anne")
        out = os.path.join(tmp, "case-out")
        rc, _, err = run("batch", src, "-o", out, "--format", "xml", "--form", "grille-b1", "--quiet")
        expect(rc == 0, f"exit {rc}: {err[-300:]}")
        rep = json.load(open(os.path.join(out, "rapport.json"), encoding="utf-8"))
        paths = [s["outputs"][0]["path"] for s in rep["students"]]
        expect(paths[1].endswith("-2.xml") and paths[3].endswith("-2.xml"), paths)
        folded = {p.casefold() for p in paths}
        expect(len(folded) == 4, f"names equal once case is ignored: {paths}")

    @case("issue 15.14: a roster cannot make siofill read or quote other files")
    def _():
        src = os.path.join(tmp, "foreign")
        os.makedirs(src)
        with open(os.path.join(src, "config.json"), "w") as fh:
            fh.write('{"hunter2-SECRET-KEY": {"token": "hunter2-SECRET-VALUE"}}\n')
        with open(os.path.join(src, "shadow.json"), "w") as fh:
            fh.write("root:hunter2-SECRET-HASH:19000:0:99999:7:::\n")
        with open(os.path.join(src, "id_rsa"), "w") as fh:
            fh.write("-----BEGIN OPENSSH PRIVATE KEY-----\nhunter2-SECRET-KEYDATA\n")
        os.symlink("/dev/zero", os.path.join(src, "zero.json"))
        shutil.copy(os.path.join(CLASS, "etudiant-001.json"), src)
        roster = os.path.join(src, "liste.csv")
        with open(roster, "w", encoding="utf-8") as fh:
            fh.write("numero;nom;prenom;option;evidence\n")
            for f in ("config.json", "shadow.json", "id_rsa", "zero.json", "etudiant-001.json"):
                fh.write(f"1;A;B;SISR;{f}\n")
        out = os.path.join(tmp, "foreign-out")
        rc, stdout, err = run("batch", roster, "-o", out, "--format", "xml", "--json")
        expect(rc == 1, f"exit {rc}: {err[-300:]}")
        text = open(os.path.join(out, "rapport.json"), encoding="utf-8").read()
        expect("hunter2" not in text and "hunter2" not in stdout + err, "content of a foreign file copied")
        rep = json.loads(text)
        messages = [s["errors"][0]["message"] if s["errors"] else "" for s in rep["students"]]
        expect("n’est pas un fichier de preuves" in messages[0], messages[0])
        expect("devrait commencer par « { »" in messages[1], messages[1])
        expect("extension .json attendue" in messages[2], messages[2])
        expect("périphérique" in messages[3], messages[3])
        expect(rep["students"][4]["status"] in ("ready", "warning"), rep["students"][4]["status"])

    @case("issue 15.16: SOURCE_DATE_EPOCH=0 is honoured; a malformed value is refused (exit 2)")
    def _():
        outs = []
        for k in range(2):
            out = os.path.join(tmp, f"epoch0-{k}")
            rc, _, err = run_env(dict(ENV, SOURCE_DATE_EPOCH="0"), "fill", os.path.join(CLASS, "etudiant-001.json"),
                                 "-o", out, "--form", "grille-b1")
            expect(rc == 0, f"exit {rc}: {err[-300:]}")
            outs.append(tree(out))
        expect(outs[0] == outs[1], "SOURCE_DATE_EPOCH=0: two runs differ")
        pdf = [os.path.join(tmp, "epoch0-0", f) for f in outs[0] if f.endswith(".pdf")][0]
        info = subprocess.run(["pdfinfo", "-isodates", pdf], capture_output=True).stdout.decode()
        expect("1970-01-01T00:00:00" in info, info)
        docx = [os.path.join(tmp, "epoch0-0", f) for f in outs[0] if f.endswith(".docx")][0]
        core = subprocess.run(["unzip", "-p", docx, "docProps/core.xml"], capture_output=True).stdout.decode()
        expect("1970-01-01T00:00:00Z" in core, core[-300:])
        for bad in ("abc", "1.5", "-1", " 12", "99999999999999", "1767225600x"):
            for args in (["fill", os.path.join(CLASS, "etudiant-001.json"), "-o", os.path.join(tmp, "epoch-bad")],
                         ["batch", CLASS, "-o", os.path.join(tmp, "epoch-bad")]):
                rc, out, err = run_env(dict(ENV, SOURCE_DATE_EPOCH=bad), *args)
                expect(rc == 2 and "erreur : SOURCE_DATE_EPOCH" in err and "invalide" in err, f"{bad!r} {args[0]}: {rc} {err[-200:]}")
        expect(not os.path.exists(os.path.join(tmp, "epoch-bad")), "a refused run wrote files")


def big_class(d, copies):
    os.makedirs(d)
    for k in range(copies):
        for f in os.listdir(CLASS):
            if f.endswith(".json"):
                shutil.copy(os.path.join(CLASS, f), os.path.join(d, f"{k}-{f}"))


def wait_for_files(d, n, p, deadline=60):
    end = time.time() + deadline
    while time.time() < end and p.poll() is None:
        if os.path.isdir(d) and sum(1 for _, _, fs in os.walk(d) for f in fs if not f.startswith(".")) >= n:
            return True
        time.sleep(0.01)
    return False


with tempfile.TemporaryDirectory() as tmp:
    slow = os.path.join(tmp, "slow")
    big_class(slow, 6)
    slow_args = ["batch", slow, "--jobs", "1", "--format", "pdf,docx,xml", "--quiet"]

    @case("issue 15.6: SIGHUP stops a batch like SIGTERM: exit 130, report marked interrupted")
    def _():
        out = os.path.join(tmp, "hup")
        p = subprocess.Popen([SIOFILL, *slow_args, "-o", out], env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        expect(wait_for_files(out, 10, p), "the batch wrote nothing")
        p.send_signal(signal.SIGHUP)
        _, err = p.communicate(timeout=120)
        expect(p.returncode == 130, f"exit {p.returncode}: {err.decode()[-300:]}")
        rep = json.load(open(os.path.join(out, "rapport.json"), encoding="utf-8"))
        expect(rep["interrupted"] is True, rep["totals"])

    @case("issue 15.6: after kill -9 no old report stays; the next run removes the temporaries and writes the report last")
    def _():
        out = os.path.join(tmp, "killed")
        os.makedirs(out)
        with open(os.path.join(out, "rapport.json"), "w") as fh:
            fh.write('{"format": "siofill-rapport/1", "students": [{"source": "ancien"}]}\n')
        stale = [os.path.join(out, ".0-etudiant-001_grille-b1.pdf.tmp-Ab3xYz"), os.path.join(out, ".x.xml.tmp-000000")]
        for f in stale:
            with open(f, "w") as fh:
                fh.write("à moitié écrit")
        mine = os.path.join(out, "notes.tmp-Ab3xYz")  # not one of ours: kept
        with open(mine, "w") as fh:
            fh.write("à garder")
        p = subprocess.Popen([SIOFILL, *slow_args, "-o", out], env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        expect(wait_for_files(out, 12, p), "the batch wrote nothing")
        expect(not os.path.exists(os.path.join(out, "rapport.json")), "the previous rapport.json is still there")
        p.kill()
        p.communicate(timeout=60)
        expect(not os.path.exists(os.path.join(out, "rapport.json")), "a rapport.json stands beside a killed run")
        expect(not [f for f in stale if os.path.exists(f)], "the killed run did not remove the stale temporaries")
        for f in stale:  # more left behind, as by a second killed run
            with open(f, "w") as fh:
                fh.write("à moitié écrit")
        rc, _, err = run(*slow_args, "-o", out)
        expect(rc == 1, f"exit {rc}: {err[-300:]}")
        expect(not [f for f in stale if os.path.exists(f)], "stale temporaries still there")
        expect(os.path.exists(mine), "a file that is not ours was removed")
        expect("temporaire" in err, f"the removal is not told: {err[-300:]}")
        left = [f for f in tree(out) if ".tmp-" in f and not f.startswith("notes")]
        expect(not left, left[:5])
        rep = json.load(open(os.path.join(out, "rapport.json"), encoding="utf-8"))
        expect(rep["totals"]["students"] == 6 * 35 and not rep["interrupted"], rep["totals"])

    @case("issue 15.7: a second batch into the same folder is refused (exit 2); the first one's report matches its files")
    def _():
        out = os.path.join(tmp, "twice")
        p = subprocess.Popen([SIOFILL, *slow_args, "-o", out], env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        expect(wait_for_files(out, 5, p), "the first batch wrote nothing")
        rc, _, err = run("batch", CLASS, "-o", out, "--format", "xml", "--quiet")
        still_running = p.poll() is None
        _, err1 = p.communicate(timeout=600)
        expect(still_running, "the first batch ended before the second one started: test inconclusive")
        expect(rc == 2 and "un autre siofill écrit en ce moment dans le dossier de sortie" in err, f"exit {rc}: {err}")
        expect(p.returncode == 1, f"first run: exit {p.returncode}: {err1.decode()[-300:]}")
        rep = json.load(open(os.path.join(out, "rapport.json"), encoding="utf-8"))
        files = tree(out)
        listed = {o["path"]: o["sha256"] for s in rep["students"] for o in s["outputs"]}
        listed.update({o["path"]: o["sha256"] for o in rep["class_outputs"] if o["path"] != "rapport.json"})
        expect(all(files.get(k) == v for k, v in listed.items()), [k for k, v in listed.items() if files.get(k) != v][:5])
        expect(set(files) == set(listed) | {"rapport.json"}, sorted(set(files) ^ set(listed))[:5])

    @case("issue 15.4: a thread that cannot start (ulimit -u) leaves fewer workers and a warning, not an abort")
    def _():
        if os.geteuid() != 0:
            print("     (non exécuté : il faut être root pour devenir l’utilisateur nobody ; la CI l’est)")
            return
        out = os.path.join(tmp, "nproc")
        os.makedirs(out)
        os.chmod(tmp, 0o755)
        os.chown(out, 65534, 65534)

        def as_nobody_with_two_tasks():
            import resource
            resource.setrlimit(resource.RLIMIT_NPROC, (2, 2))
            os.setgid(65534)
            os.setuid(65534)

        p = subprocess.run([SIOFILL, "batch", CLASS, "-o", out, "--jobs", "8", "--format", "xml", "--quiet"],
                           env=ENV, capture_output=True, timeout=600, preexec_fn=as_nobody_with_two_tasks)
        err = p.stderr.decode()
        expect(p.returncode == 1, f"exit {p.returncode}: {err[-500:]}")
        expect("attention : le système refuse de créer plus de" in err, err[-500:])
        rep = json.load(open(os.path.join(out, "rapport.json"), encoding="utf-8"))
        expect(rep["totals"]["students"] == 35, rep["totals"])


with tempfile.TemporaryDirectory() as tmp:
    @case("issue 15.11: 250 KB of ZWJ emoji and flags: each glyph drawn once, a small PDF whose text is extractable")
    def _():
        with open(os.path.join(CLASS, "etudiant-001.json"), encoding="utf-8") as fh:
            ev = json.load(fh)
        sequences = "👨‍👩‍👧‍👦 🇫🇷 👩🏽‍💻 🏳️‍🌈 🇨🇮 🧑🏿‍🔬 "
        text = sequences * (12000 // len(sequences))
        r = ev["realisations"][0]
        r["activites"] = [{"competence": r["activites"][k % len(r["activites"])]["competence"], "description": text}
                          for k in range(8)]
        evidence = os.path.join(tmp, "emoji.json")
        with open(evidence, "w", encoding="utf-8") as fh:
            json.dump(ev, fh, ensure_ascii=False)
        expect(os.path.getsize(evidence) > 250_000, os.path.getsize(evidence))
        out = os.path.join(tmp, "emoji-out")
        rc, _, err = run("fill", evidence, "-o", out, "--form", "fiche-realisation", "--format", "pdf")
        expect(rc == 0, f"exit {rc}: {err[-300:]}")
        pdf = os.path.join(out, [f for f in os.listdir(out) if f.endswith(".pdf")][0])
        size = os.path.getsize(pdf)
        expect(size < 1_500_000, f"{size} bytes: glyph outlines repeated at every occurrence")
        check = subprocess.run(["qpdf", "--check", pdf], capture_output=True)
        expect(check.returncode == 0, check.stdout.decode()[-300:])
        extracted = subprocess.run(["pdftotext", pdf, "-"], capture_output=True)
        expect(extracted.stderr == b"", extracted.stderr.decode()[:300])
        # The joiners (U+200D) are not drawn and not extracted: the people and the flags are.
        expect("👨👩👧👦" in extracted.stdout.decode() and "🇫🇷" in extracted.stdout.decode(), "emoji not extractable")

    @case("issue 15.13: embedded fonts carry a valid ToUnicode CMap: pdftotext silent, text extracted, qpdf clean")
    def _():
        src = os.path.join(tmp, "cmap")
        os.makedirs(src)
        student(src, "a.json", nom="王", prenom="伟")
        student(src, "b.json", nom="Nguyễn", prenom="Thị Ánh")
        student(src, "c.json", nom="Иванова", prenom="Ольга")
        out = os.path.join(tmp, "cmap-out")
        rc, _, err = run("batch", src, "-o", out, "--format", "pdf", "--form", "grille-b1", "--quiet")
        expect(rc == 0, f"exit {rc}: {err[-300:]}")
        pdfs = [os.path.join(out, f) for f in sorted(os.listdir(out)) if f.endswith(".pdf")]
        expect(len(pdfs) == 4, pdfs)  # three students and the class PDF
        for pdf in pdfs:
            base = os.path.basename(pdf)
            names = [n for n in ("王", "Nguyễn", "Иванова") if n in base] or ["王", "Nguyễn", "Иванова"]
            extracted = subprocess.run(["pdftotext", pdf, "-"], capture_output=True)
            expect(extracted.stderr.decode() == "", f"{os.path.basename(pdf)}: {extracted.stderr.decode()[:200]}")
            expect(all(n in extracted.stdout.decode() for n in names), f"{os.path.basename(pdf)}: {names} not extracted")
            check = subprocess.run(["qpdf", "--check", pdf], capture_output=True)
            expect(check.returncode == 0 and b"WARNING" not in check.stdout + check.stderr, check.stdout.decode()[-300:])

with tempfile.TemporaryDirectory() as tmp:
    @case("fill and batch take one student job: same files, same bytes, same status (blocked included)")
    def _():
        src = os.path.join(tmp, "two")
        os.makedirs(src)
        shutil.copy(os.path.join(CLASS, "etudiant-001.json"), src)
        blocked = student(src, "etudiant-bloque.json", numero="02599999999")
        blocked["realisations"] = []  # no réalisation: a blocking finding
        with open(os.path.join(src, "etudiant-bloque.json"), "w", encoding="utf-8") as fh:
            json.dump(blocked, fh, ensure_ascii=False)
        name = "{option}/{numero}_{nom}_{form}.{ext}"
        rc, _, err = run("batch", src, "-o", os.path.join(tmp, "by-batch"), "--name", name, "--quiet")
        expect(rc == 1, f"batch: exit {rc}: {err[-300:]}")
        rep = json.load(open(os.path.join(tmp, "by-batch", "rapport.json"), encoding="utf-8"))
        statuses = {s["source"]: s["status"] for s in rep["students"]}
        batch_files = {}
        for s in rep["students"]:
            for o in s["outputs"]:
                batch_files[o["path"]] = o["sha256"]
        fill_files = {}
        for f in sorted(os.listdir(src)):
            out = os.path.join(tmp, "by-fill-" + f)
            rc, _, err = run("fill", os.path.join(src, f), "-o", out, "--name", name)
            expected_rc = 1 if statuses[os.path.join(src, f)] == "blocked" else 0
            expect(rc == expected_rc, f"fill {f}: exit {rc}, batch says {statuses[os.path.join(src, f)]}: {err[-300:]}")
            fill_files.update(tree(out))
        expect(sorted(statuses.values()) == ["blocked", "ready"] or sorted(statuses.values()) == ["blocked", "warning"],
               statuses)
        # Four formats of each of the student's forms, for both students.
        expect(len(fill_files) >= 2 * 4 * 2 and all(f.endswith((".pdf", ".xlsx", ".docx", ".xml")) for f in fill_files),
               sorted(fill_files))
        expect(fill_files == batch_files,
               f"only fill: {sorted(set(fill_files) - set(batch_files))[:4]}, "
               f"only batch: {sorted(set(batch_files) - set(fill_files))[:4]}, "
               f"different bytes: {sorted(f for f in fill_files if batch_files.get(f) not in (None, fill_files[f]))[:4]}")


failed = [r for r in results if r[1]]
for name, err in results:
    print(("ok   " if not err else "FAIL ") + name + ("" if not err else "\n     " + err.replace("\n", "\n     ")))
print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
sys.exit(1 if failed else 0)
