#!/usr/bin/env python3
"""batch --shard auto under each scheduler's environment, and shards of one
export running at the same time in the same output folder: together they
write exactly the files of the whole export.

Usage: run_shard_tests.py SIOFILL SOURCE_DIR"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import case, expect, finish  # noqa: E402

SIOFILL, SOURCE = sys.argv[1], sys.argv[2]
ROSTER = os.path.join(SOURCE, "samples/classe/roster.csv")
SCHEDULER_VARIABLES = ("JOB_COMPLETION_INDEX", "SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_TASK_COUNT", "SLURM_ARRAY_TASK_MIN",
                       "SLURM_ARRAY_TASK_STEP", "PARALLEL_SEQ")


def environment(**values):
    env = {k: v for k, v in os.environ.items() if k not in SCHEDULER_VARIABLES}
    env["SOURCE_DATE_EPOCH"] = "1767225600"
    env.update(values)
    return env


def batch(out, *args, env=None):
    return subprocess.run([SIOFILL, "batch", ROSTER, "-o", out, "--form", "grille-b1", "--format", "pdf,xlsx",
                           "--quiet", *args], capture_output=True, text=True, env=env or environment())


def student_files(report_path):
    with open(report_path, encoding="utf-8") as f:
        report = json.load(f)
    return {o["path"]: o["sha256"] for s in report["students"] for o in s["outputs"]}


with tempfile.TemporaryDirectory() as tmp:
    whole = os.path.join(tmp, "complet")
    p = batch(whole)
    expect(p.returncode in (0, 1), f"export complet : code {p.returncode} {p.stderr}")
    WHOLE = student_files(os.path.join(whole, "rapport.json"))

    @case("Slurm array: two shards at once in one folder write exactly the whole export")
    def _():
        out = os.path.join(tmp, "slurm")
        runs = [subprocess.Popen([SIOFILL, "batch", ROSTER, "-o", out, "--form", "grille-b1", "--format", "pdf,xlsx",
                                  "--quiet", "--shard", "auto"],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                 env=environment(SLURM_ARRAY_TASK_ID=str(i), SLURM_ARRAY_TASK_COUNT="2",
                                                 SLURM_ARRAY_TASK_MIN="1"))
                for i in (1, 2)]
        for r in runs:
            _, err = r.communicate(timeout=300)
            expect(r.returncode in (0, 1), f"un lot a échoué ({r.returncode}) : {err}")
            expect("SLURM_ARRAY_TASK_ID=" in err, f"le lot ne dit pas d’où il vient : {err}")
        merged = {}
        for i in (1, 2):
            part = student_files(os.path.join(out, f"rapport-lot-{i}-sur-2.json"))
            expect(not (set(part) & set(merged)), "deux lots ont écrit le même fichier")
            merged.update(part)
        expect(merged == WHOLE, f"les lots ne refont pas l’export complet : {sorted(set(WHOLE) ^ set(merged))[:5]}")
        expect(os.path.exists(os.path.join(out, "classe-synthese-lot-2-sur-2.xlsx")), "sorties de classe du lot 2")

    @case("Kubernetes Indexed Job: JOB_COMPLETION_INDEX with --shard-count")
    def _():
        out = os.path.join(tmp, "k8s")
        merged = {}
        for i in range(3):
            p = batch(out, "--shard", "auto", "--shard-count", "3", env=environment(JOB_COMPLETION_INDEX=str(i)))
            expect(p.returncode in (0, 1), f"lot {i} : {p.returncode} {p.stderr}")
            merged.update(student_files(os.path.join(out, f"rapport-lot-{i + 1}-sur-3.json")))
        expect(merged == WHOLE, "les 3 lots Kubernetes ne refont pas l’export complet")

    @case("GNU parallel: PARALLEL_SEQ counts from 1")
    def _():
        out = os.path.join(tmp, "parallel")
        p = batch(out, "--shard", "auto", "--shard-count", "4", env=environment(PARALLEL_SEQ="4"))
        expect(p.returncode in (0, 1), f"{p.returncode} {p.stderr}")
        expect(os.path.exists(os.path.join(out, "rapport-lot-4-sur-4.json")), os.listdir(out))

    @case("--shard auto with no scheduler: exit 2, names the variables, writes nothing")
    def _():
        out = os.path.join(tmp, "aucun")
        p = batch(out, "--shard", "auto")
        expect(p.returncode == 2, f"code {p.returncode}")
        expect("JOB_COMPLETION_INDEX" in p.stderr and "SLURM_ARRAY_TASK_ID" in p.stderr and "PARALLEL_SEQ" in p.stderr,
               p.stderr)
        expect(not os.path.exists(out) or not os.listdir(out), "des fichiers ont été écrits")

    @case("--shard auto: incoherent environments are refused with what was read")
    def _():
        for env, args, needle in [
            (dict(JOB_COMPLETION_INDEX="1"), [], "--shard-count"),
            (dict(JOB_COMPLETION_INDEX="3"), ["--shard-count", "3"], "hors limites"),
            (dict(SLURM_ARRAY_TASK_ID="x"), [], "« x »"),
            (dict(SLURM_ARRAY_TASK_ID="1", SLURM_ARRAY_TASK_COUNT="4"), ["--shard-count", "2"], "égaux"),
            (dict(PARALLEL_SEQ="0"), ["--shard-count", "2"], "à partir de 1"),
        ]:
            p = batch(os.path.join(tmp, "incoherent"), "--shard", "auto", *args, env=environment(**env))
            expect(p.returncode == 2 and needle in p.stderr, f"{env} {args} : {p.returncode} {p.stderr}")

    @case("--shard-count without --shard auto is a usage error")
    def _():
        p = batch(os.path.join(tmp, "count"), "--shard", "0/2", "--shard-count", "2")
        expect(p.returncode == 2 and "--shard auto" in p.stderr, p.stderr)

    @case("a whole batch still refuses a folder where a shard writes, and the other way round")
    def _():
        out = os.path.join(tmp, "exclusif")
        os.makedirs(out)
        import fcntl
        fd = os.open(out, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_SH)  # as a running shard holds it
            p = batch(out)
            expect(p.returncode == 2 and "écrit en ce moment" in p.stderr, f"{p.returncode} {p.stderr}")
            fcntl.flock(fd, fcntl.LOCK_EX)  # as a whole batch holds it
            p = batch(out, "--shard", "0/2")
            expect(p.returncode == 2 and "écrit en ce moment" in p.stderr, f"{p.returncode} {p.stderr}")
        finally:
            os.close(fd)

finish()
