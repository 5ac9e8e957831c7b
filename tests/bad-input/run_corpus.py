#!/usr/bin/env python3
"""Runs the bad-input corpus through `siofill check` and checks every message.

Usage: run_corpus.py PATH/TO/siofill CORPUS_DIR [COMMAND]

Each case is a NN-name.expect file (see README.md for the directives). Its input is
the sibling NN-name.json, or, with `input generated`, the file of that name written
by make_generated.py into a temporary directory; `input missing` runs on a file
that does not exist and `input directory` on a directory of that name.

A case passes when `siofill check FILE` exits with the expected code, stderr holds
every expected substring (and exactly `count` lines starting with "erreur : " when
given), nothing on stderr looks like a crash or a sanitizer report, the process was
not killed by a signal, and `siofill check --json FILE` prints valid JSON with
students[0].status == "error" and a non-empty errors list.

COMMAND is `check` (evidence files) or `plan` (sequences files, tests/bad-sequences):
`siofill plan --json FILE` must print status "error" and a non-empty errors list.
make_generated.py is optional in a corpus.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

TIMEOUT = 20
CRASH_MARKERS = ("erreur interne", "AddressSanitizer", "runtime error:", "LeakSanitizer",
                 "UndefinedBehaviorSanitizer", "terminate called", "Segmentation fault")
# nlohmann's or the C library's English wording reaching a person.
ENGLISH_MARKERS = ("[json.exception", "syntax error", "unexpected ", "expected ", "last read", "No such file",
                   "Permission denied", "Is a directory")
INPUT_KINDS = ("file", "generated", "missing", "directory")


class ExpectError(Exception):
    pass


def read_expect(path):
    """Parses an .expect file into a dict of directives."""
    spec = {"exit": None, "stderr": [], "stdout": [], "count": None, "input": "file"}
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            word, _, rest = line.partition(" ")
            if word == "exit":
                spec["exit"] = int(rest)
            elif word == "count":
                spec["count"] = int(rest)
            elif word in ("stderr", "stdout"):
                if not rest:
                    raise ExpectError(f"{path}:{number}: empty {word} directive")
                spec[word].append(rest)
            elif word == "input":
                if rest not in INPUT_KINDS:
                    raise ExpectError(f"{path}:{number}: input must be one of {', '.join(INPUT_KINDS)}")
                spec["input"] = rest
            else:
                raise ExpectError(f"{path}:{number}: unknown directive {word!r}")
    if spec["exit"] is None:
        raise ExpectError(f"{path}: no exit directive")
    return spec


def run(binary, args, cwd):
    """Runs siofill; returns (returncode, stdout, stderr, problem or None)."""
    env = dict(os.environ)
    env.setdefault("ASAN_OPTIONS", "detect_leaks=1")
    env["LC_ALL"] = "C.UTF-8"
    try:
        p = subprocess.run([binary] + args, cwd=cwd, capture_output=True, timeout=TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        return None, "", "", f"timed out after {TIMEOUT} s"
    out = p.stdout.decode("utf-8", errors="replace")
    err = p.stderr.decode("utf-8", errors="replace")
    problem = None
    if p.returncode < 0:
        problem = f"killed by signal {-p.returncode}"
    else:
        for marker in CRASH_MARKERS:
            if marker in err:
                problem = f"stderr contains {marker!r}"
                break
    if problem is None and (p.stdout and not _valid_utf8(p.stdout) or p.stderr and not _valid_utf8(p.stderr)):
        problem = "output is not valid UTF-8"
    return p.returncode, out, err, problem


def _valid_utf8(data):
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def check_case(binary, name, spec, cwd, command="check"):
    """Returns a list of failure reasons (empty when the case passes)."""
    failures = []
    rc, out, err, problem = run(binary, [command, name], cwd)
    if problem:
        return [problem, "stderr was:\n" + err]
    if rc != spec["exit"]:
        failures.append(f"exit code {rc}, expected {spec['exit']}")
    for text in spec["stderr"]:
        if text not in err:
            failures.append(f"stderr lacks: {text}")
    for text in spec["stdout"]:
        if text not in out:
            failures.append(f"stdout lacks: {text}")
    for marker in ENGLISH_MARKERS:
        if marker in err:
            failures.append(f"English text in a message: {marker!r}")
    error_lines = [l for l in err.splitlines() if l.startswith("erreur : ")]
    if spec["count"] is not None and len(error_lines) != spec["count"]:
        failures.append(f"{len(error_lines)} lines start with 'erreur : ', expected {spec['count']}")
    if not error_lines:
        failures.append("no line starts with 'erreur : '")
    for line in error_lines:
        if not line.startswith("erreur : " + name):
            failures.append(f"message does not name the file first: {line}")

    human_stderr = err
    rc, out, err, problem = run(binary, [command, "--json", name], cwd)
    if problem:
        return failures + ["--json: " + problem, "stderr was:\n" + err]
    if rc != spec["exit"]:
        failures.append(f"--json: exit code {rc}, expected {spec['exit']}")
    try:
        doc = json.loads(out)
        student = doc["students"][0] if command == "check" else doc
        if student.get("status") != "error":
            failures.append(f"--json: students[0].status is {student.get('status')!r}, expected 'error'")
        errors = student.get("errors")
        if not isinstance(errors, list) or not errors:
            failures.append("--json: students[0].errors is missing or empty")
        else:
            if spec["count"] is not None and len(errors) != spec["count"]:
                failures.append(f"--json: {len(errors)} errors, expected {spec['count']}")
            for e in errors:
                if not isinstance(e, dict) or not isinstance(e.get("message"), str) or not e["message"]:
                    failures.append(f"--json: error without a message: {e}")
    except (ValueError, KeyError, IndexError, TypeError, AttributeError) as e:
        failures.append(f"--json: stdout is not the expected JSON ({e}): {out[:300]!r}")
    if failures:
        failures.append("stderr was:\n" + human_stderr)
    return failures


def main(argv):
    if len(argv) not in (3, 4) or argv[3:] not in ([], ["check"], ["plan"]):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    binary = os.path.abspath(argv[1])
    corpus = os.path.abspath(argv[2])
    command = argv[3] if len(argv) == 4 else "check"
    if not os.access(binary, os.X_OK):
        print(f"not an executable: {binary}", file=sys.stderr)
        return 2
    names = sorted(n[:-len(".expect")] for n in os.listdir(corpus) if n.endswith(".expect"))
    if not names:
        print(f"no .expect file in {corpus}", file=sys.stderr)
        return 2
    passed = failed = 0
    scratch = tempfile.mkdtemp(prefix="siofill-bad-input-")
    try:
        generated = os.path.join(scratch, "generated")
        os.mkdir(generated)
        maker = subprocess.run([sys.executable, os.path.join(corpus, "make_generated.py"), generated],
                               capture_output=True, text=True) if os.path.exists(os.path.join(corpus, "make_generated.py")) else None
        if maker is not None and maker.returncode != 0:
            print("make_generated.py failed:\n" + maker.stderr, file=sys.stderr)
            return 1
        special = os.path.join(scratch, "special")
        os.mkdir(special)
        for base in names:
            name = base + ".json"
            try:
                spec = read_expect(os.path.join(corpus, base + ".expect"))
            except (ExpectError, ValueError, OSError) as e:
                failed += 1
                print(f"FAIL {base}: bad .expect file: {e}")
                continue
            kind = spec["input"]
            cwd = corpus
            reasons = []
            if kind == "file":
                if not os.path.isfile(os.path.join(corpus, name)):
                    reasons.append(f"{name} is missing (or use 'input generated|missing|directory')")
            elif kind == "generated":
                cwd = generated
                if not os.path.isfile(os.path.join(generated, name)):
                    reasons.append(f"make_generated.py did not write {name}")
            elif kind == "missing":
                cwd = special
                if os.path.exists(os.path.join(corpus, name)):
                    reasons.append(f"{name} must not exist for 'input missing'")
            elif kind == "directory":
                cwd = special
                os.makedirs(os.path.join(special, name), exist_ok=True)
            if not reasons:
                reasons = check_case(binary, name, spec, cwd, command)
            if reasons:
                failed += 1
                print(f"FAIL {base}")
                for r in reasons:
                    print("     " + r.replace("\n", "\n     "))
            else:
                passed += 1
                print(f"ok   {base}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
