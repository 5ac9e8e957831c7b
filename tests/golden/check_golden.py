#!/usr/bin/env python3
"""Compares the text dumps of the real forms with the golden files in this folder.

Usage: check_golden.py PATH/TO/dump_real_form GOLDEN_DIR

A golden file is FORM.txt (the form filled for samples/etudiant-groupecfr.json) or
STUDENT.FORM.txt (for samples/classe/STUDENT.json). Every built-in form must have its
FORM.txt. A difference is printed as a unified diff (golden -> now) and fails the test.
With SIOFILL_UPDATE_GOLDEN=1 in the environment, the golden files are rewritten
instead (and the missing FORM.txt created); review them with `git diff` before committing.
"""
import difflib
import os
import subprocess
import sys


def dump(binary, form, sample):
    args = [binary, form] + ([sample] if sample else [])
    p = subprocess.run(args, capture_output=True)
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({p.returncode}): {p.stderr.decode('utf-8', 'replace')}")
    return p.stdout.decode("utf-8")  # the dump is UTF-8: a decoding error is a failure


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    binary, golden = argv[1], argv[2]
    update = os.environ.get("SIOFILL_UPDATE_GOLDEN") == "1"
    ids = subprocess.run([binary, "--list"], capture_output=True, text=True, check=True).stdout.split()
    if not ids:
        print("dump_real_form --list gave no form", file=sys.stderr)
        return 1
    cases = {f"{form}.txt": (form, None) for form in ids}
    for name in sorted(os.listdir(golden)):
        if name.endswith(".txt") and name not in cases:
            student, _, form = name[:-len(".txt")].partition(".")
            if not form:
                print(f"FAIL {name}: not a built-in form ({', '.join(ids)}) nor STUDENT.FORM.txt")
                return 1
            cases[name] = (form, f"classe/{student}.json")
    failed = 0
    for name, (form, sample) in sorted(cases.items()):
        path = os.path.join(golden, name)
        now = dump(binary, form, sample)
        before = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if before == now:
            print(f"ok   {name}")
        elif update:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(now)
            print(f"UPDATED {name}")
        else:
            failed += 1
            print(f"FAIL {name}: the form differs from its golden file"
                  + (" (missing: run with SIOFILL_UPDATE_GOLDEN=1)" if before is None else ""))
            sys.stdout.writelines(difflib.unified_diff((before or "").splitlines(True), now.splitlines(True),
                                                       f"tests/golden/{name}", f"{form} ({sample or 'etudiant-groupecfr.json'}) now"))
    print(f"{len(cases) - failed} identical, {failed} different")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
