#!/usr/bin/env python3
"""Runs siofill under valgrind (memcheck): every form in every format, a class batch
and a refused input; any invalid read or write, use of uninitialised memory or leak
fails the test.

Usage: run_valgrind.py PATH/TO/siofill SOURCE_ROOT

Registered in ctest for the normal build only (the ASan build already checks memory,
and ASan and valgrind do not mix).
"""
import os
import shutil
import subprocess
import sys
import tempfile

FORMS = ["grille-b1", "synthese-b1", "synthese-b2", "fiche-realisation"]
FORMATS = ["pdf", "xlsx", "docx", "xml"]
VALGRIND = ["valgrind", "--error-exitcode=99", "--leak-check=full", "--errors-for-leak-kinds=definite,indirect",
            "--track-origins=yes", "--quiet"]


def run(args, cwd, expected_exit):
    p = subprocess.run(VALGRIND + args, cwd=cwd, capture_output=True, text=True, errors="replace",
                       env=dict(os.environ, LC_ALL="C.UTF-8"), timeout=1500)
    if p.returncode == 99 or ("==" in p.stderr and "Invalid" in p.stderr):
        return [f"valgrind found errors in siofill {' '.join(args)}:\n{p.stderr[-6000:]}"]
    if p.returncode != expected_exit:
        return [f"siofill {' '.join(args)}: exit {p.returncode}, expected {expected_exit}\n{p.stderr[-3000:]}"]
    return []


def main(argv):
    if len(argv) != 3:
        print("usage: run_valgrind.py PATH/TO/siofill SOURCE_ROOT", file=sys.stderr)
        return 2
    binary, root = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    if not shutil.which("valgrind"):
        print("valgrind absent : tools/install-deps --test l’installe", file=sys.stderr)
        return 1
    work = tempfile.mkdtemp(prefix="siofill-valgrind-")
    failures = []
    try:
        sample = os.path.join(root, "samples", "etudiant-groupecfr.json")
        failures += run([binary, "fill", sample, "-o", "out", "--form", ",".join(FORMS), "--format", ",".join(FORMATS)],
                        work, 0)
        written = sorted(os.listdir(os.path.join(work, "out"))) if os.path.isdir(os.path.join(work, "out")) else []
        if len(written) != len(FORMS) * len(FORMATS):
            failures.append(f"{len(written)} files written, expected {len(FORMS) * len(FORMATS)}: {written}")
        os.mkdir(os.path.join(work, "classe"))
        for name in ("etudiant-001.json", "etudiant-002.json"):
            shutil.copy(os.path.join(root, "samples", "classe", name), os.path.join(work, "classe", name))
        with open(os.path.join(work, "classe", "casse.json"), "w", encoding="utf-8") as f:
            f.write('{"format": "siofill-evidence/1", "candidat": {"nom": "\\ud800"}}\n')
        failures += run([binary, "batch", "classe", "-o", "lot", "--jobs", "2", "--format", "pdf,xlsx", "--zip",
                         "--quiet"], work, 1)
        failures += run([binary, "check", os.path.join(root, "tests", "bad-input", "50-several-errors.json")], work, 2)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for f in failures:
        print("FAIL " + f)
    runs = 3  # fill, batch, check
    print(f"valgrind: {runs - min(runs, len(failures))} passed, {min(runs, len(failures))} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
