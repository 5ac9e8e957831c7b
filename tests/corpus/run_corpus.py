#!/usr/bin/env python3
"""Runs a corpus of inputs through siofill and checks every answer: one runner, one `.expect` dialect.

Usage: run_corpus.py PATH/TO/siofill SOURCE_ROOT CORPUS_DIR [CASE_SUBSTRING...]

Corpora: tests/bad-input (everyday mistakes in evidence files, their exact wording),
tests/bad-sequences (the same for plans of sequences), tests/hostile (inputs written to
break siofill; one sub-folder per kind of input). tests/corpus/README.md describes the
directives. A case is `NNN-name.expect` in CORPUS_DIR or in one of its sub-folders; the
directives of `_defaults.expect` in the same folder come first (a case's `args`, `input`,
`exit`... replace them; list directives add up). Its input is the sibling file with the
same stem (any other extension), or, with `input generated`, the file the corpus's
make_generated.py writes at test time (big inputs are never committed). Every case runs
in a fresh directory holding:

    <input>         the case's input, under its own base name
    etudiant.json   a valid evidence file (samples/etudiant-groupecfr.json)   -> {sample}
    classe/         three valid evidence files (samples/classe/etudiant-00[1-3].json) -> {classe}
    dehors/         a folder outside the output one, with victime.txt; it must be left
                    exactly as it was (symbolic links in the cases point here)

Every case also fails when the process dies by a signal or runs too long, when its
output holds "erreur interne", a sanitizer report, invalid UTF-8 or a raw control
character (an escape sequence read from an input would drive the terminal), when
stderr holds English from a library ("syntax error", "No such file"...), when a
temporary file is left anywhere in the case's directory or in TMPDIR, or when
dehors/ changed.
"""
import concurrent.futures
import ctypes
import hashlib
import json
import os
import resource
import shlex
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import xml.dom.minidom
import zipfile

DEFAULTS = "_defaults.expect"
INPUT_KINDS = ("file", "generated", "none", "missing", "directory")
TIMEOUT = int(os.environ.get("SIOFILL_CORPUS_TIMEOUT", "240"))
CRASH_MARKERS = ("erreur interne", "AddressSanitizer", "LeakSanitizer", "runtime error:",
                 "UndefinedBehaviorSanitizer", "terminate called", "Segmentation fault", "std::bad_alloc",
                 "Assertion", "stack-overflow")
# nlohmann's or the C library's English wording reaching a person.
ENGLISH_MARKERS = ("[json.exception", "syntax error", "unexpected ", "expected ", "last read", "No such file",
                   "Permission denied", "Is a directory")
VICTIM = "ne pas toucher\n"
PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER = 24, 1, 2, 3


class CaseError(Exception):
    pass


def empty_spec():
    return {"args": None, "stdin": None, "input": "file", "setup": [], "exit": None, "stderr": [],
            "stdout": [], "not-stderr": [], "count": None, "file": [], "no-file": [], "well-formed": [], "outputs": None,
            "students-ok": None, "json-errors": False, "names-file": False}


def read_expect(path, spec=None):
    """Parses an .expect file into `spec` (a copy of it: the folder's defaults) or a new one."""
    spec = {k: (list(v) if isinstance(v, list) else v) for k, v in (spec or empty_spec()).items()}
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            word, _, rest = line.partition(" ")
            if word in ("exit", "count", "outputs", "students-ok"):
                spec[word] = int(rest)
            elif word in ("args", "stdin", "input"):
                if word == "input" and rest not in INPUT_KINDS:
                    raise CaseError(f"{path}:{number}: input must be one of {', '.join(INPUT_KINDS)}")
                spec[word] = rest
            elif word in ("stderr", "stdout", "not-stderr", "file", "no-file", "well-formed", "setup"):
                if not rest:
                    raise CaseError(f"{path}:{number}: empty {word} directive")
                spec[word].append(rest)
            elif word in ("json-errors", "names-file"):
                if rest:
                    raise CaseError(f"{path}:{number}: {word} takes no value")
                spec[word] = True
            else:
                raise CaseError(f"{path}:{number}: unknown directive {word!r}")
    return spec


def read_case(path):
    defaults = os.path.join(os.path.dirname(path), DEFAULTS)
    spec = read_expect(path, read_expect(defaults) if os.path.exists(defaults) else None)
    if spec["exit"] is None:
        raise CaseError(f"{path}: no exit directive")
    return spec


def expand(token, values):
    """Placeholders: {input} {sample} {classe}, {byte:ff} (a raw byte), {repeat:N:TEXT}."""
    out = token
    for key, value in values.items():
        out = out.replace("{" + key + "}", value)
    while "{repeat:" in out:
        a = out.index("{repeat:")
        b = out.index("}", a)
        count, _, text = out[a + 8:b].partition(":")
        out = out[:a] + text * int(count) + out[b + 1:]
    data = out.encode("utf-8", "surrogateescape")
    while b"{byte:" in data:
        a = data.index(b"{byte:")
        data = data[:a] + bytes([int(data[a + 6:a + 8], 16)]) + data[a + 9:]
    return data


def snapshot(root):
    """{relative path: (kind, size, mtime_ns, sha256 or link target)} of every entry under root."""
    result = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            p = os.path.join(dirpath, name)
            rel = os.path.relpath(p, root)
            st = os.lstat(p)
            if os.path.islink(p):
                result[rel] = ("link", os.readlink(p))
            elif os.path.isdir(p):
                result[rel] = ("dir",)
            elif not stat.S_ISREG(st.st_mode):  # a FIFO: opening it would block
                result[rel] = ("special", st.st_mode)
            else:
                with open(p, "rb") as f:
                    digest = hashlib.sha256(f.read()).hexdigest()
                result[rel] = ("file", st.st_size, st.st_mtime_ns, digest)
    return result


def temp_leftovers(root):
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            if ".tmp-" in name or name.startswith(".siofill") or name.startswith("siofill-stdout"):
                found.append(os.path.relpath(os.path.join(dirpath, name), root))
    return found


def prepare(case_dir, stem, spec, source_root, generated_dir):
    """Returns (workdir, input name or None)."""
    work = tempfile.mkdtemp(prefix="siofill-corpus-")
    shutil.copy(os.path.join(source_root, "samples", "etudiant-groupecfr.json"), os.path.join(work, "etudiant.json"))
    os.mkdir(os.path.join(work, "classe"))
    for i in (1, 2, 3):
        name = f"etudiant-00{i}.json"
        shutil.copy(os.path.join(source_root, "samples", "classe", name), os.path.join(work, "classe", name))
    os.mkdir(os.path.join(work, "dehors"))
    with open(os.path.join(work, "dehors", "victime.txt"), "w") as f:
        f.write(VICTIM)
    input_name = None
    if spec["input"] == "generated":
        matches = [n for n in os.listdir(generated_dir) if os.path.splitext(n)[0] == stem]
        if len(matches) != 1:
            raise CaseError(f"make_generated.py wrote no input for {stem}")
        input_name = matches[0]
        os.symlink(os.path.join(generated_dir, input_name), os.path.join(work, input_name))
    elif spec["input"] in ("missing", "directory"):  # a file that is not there, a folder in place of a file
        input_name = stem + ".json"
        if spec["input"] == "directory":
            os.mkdir(os.path.join(work, input_name))
        elif os.path.exists(os.path.join(case_dir, input_name)):
            raise CaseError(f"{input_name} must not exist for 'input missing'")
    elif spec["input"] == "file":
        matches = [n for n in os.listdir(case_dir) if os.path.splitext(n)[0] == stem and not n.endswith(".expect")]
        if len(matches) > 1:
            raise CaseError(f"several inputs for {stem}: {matches}")
        if matches:
            input_name = matches[0]
            shutil.copy(os.path.join(case_dir, input_name), os.path.join(work, input_name))
    elif spec["input"] != "none":
        raise CaseError(f"input must be one of {', '.join(INPUT_KINDS)}, not {spec['input']!r}")
    return work, input_name


def apply_setup(work, spec, source_root):
    """Returns (preexec function or None, list of cleanup callables, skip reason or None)."""
    limits = []
    cleanups = []
    drop_caps = False
    for line in spec["setup"]:
        word, _, rest = line.partition(" ")
        args = rest.split()
        if word == "symlink-dir":  # a folder in the output that leads elsewhere
            path = os.path.join(work, args[0])
            os.makedirs(os.path.dirname(path), exist_ok=True)
            os.symlink(os.path.join(work, "dehors"), path)
        elif word == "symlink-file":  # an output name that is a link to someone else's file
            path = os.path.join(work, args[0])
            os.makedirs(os.path.dirname(path), exist_ok=True)
            os.symlink(os.path.join(work, "dehors", "victime.txt"), path)
        elif word == "user-file":  # a file siofill did not write: must be left untouched
            path = os.path.join(work, args[0])
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as f:
                f.write(VICTIM)
            os.utime(path, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
        elif word == "mkdir":
            os.makedirs(os.path.join(work, args[0]), exist_ok=True)
        elif word == "fsize":  # every write past N bytes fails with EFBIG, like a full disk (works as root)
            limits.append(int(args[0]))
        elif word == "tmpfs":  # a real full disk: a tiny tmpfs mounted on the output folder
            path = os.path.join(work, args[0])
            os.makedirs(path, exist_ok=True)
            r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={args[1]}", "tmpfs", path],
                               capture_output=True)
            if r.returncode != 0:
                return None, cleanups, "cannot mount a tmpfs here"
            cleanups.append(lambda p=path: subprocess.run(["umount", p], capture_output=True))
        elif word == "copy":  # copy SRC DEST (DEST may hold {byte:XX}: a file name with control characters)
            dest = os.path.join(work.encode(), expand(args[1], {}))
            shutil.copy(os.path.join(work, args[0]), dest)
        elif word == "source":  # source PATH DEST: a file of the project (samples/…) the input refers to
            shutil.copy(os.path.join(source_root, args[0]), os.path.join(work, args[1]))
        elif word == "mkfifo":  # a named pipe: reading it would block for ever
            os.mkfifo(os.path.join(work, args[0]))
        elif word == "link":  # link PATH TARGET: a symbolic link to anything (/dev/zero…)
            os.symlink(args[1], os.path.join(work, args[0]))
        elif word == "hardlink":  # hardlink PATH TARGET: PATH is a second name of TARGET (same inode)
            path = os.path.join(work, args[0])
            os.makedirs(os.path.dirname(path), exist_ok=True)
            os.link(os.path.join(work, args[1]), path)
        elif word == "chmod":  # chmod PATH OCTAL (only binding with drop-root-rights: root ignores modes)
            os.chmod(os.path.join(work, args[0]), int(args[1], 8))
        elif word == "readonly":  # PATH becomes a read-only bind mount of itself (EROFS), skipped where mount is refused
            path = os.path.join(work, args[0])
            os.makedirs(path, exist_ok=True)
            r = subprocess.run(["mount", "--bind", path, path], capture_output=True)
            if r.returncode != 0:
                return None, cleanups, "cannot bind-mount here"
            cleanups.append(lambda p=path: subprocess.run(["umount", p], capture_output=True))
            r = subprocess.run(["mount", "-o", "remount,bind,ro", path], capture_output=True)
            if r.returncode != 0:
                return None, cleanups, "cannot remount read-only here"
        elif word == "drop-root-rights":  # file permissions apply as for an ordinary user
            drop_caps = True
        elif word == "run-twice":
            pass
        else:
            raise CaseError(f"unknown setup {word!r}")

    def preexec():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        for n in limits:
            resource.setrlimit(resource.RLIMIT_FSIZE, (n, n))
        if drop_caps:
            # Root bypasses file modes through these capabilities; a program run
            # after dropping them from the bounding set never gets them back.
            libc = ctypes.CDLL(None, use_errno=True)
            for cap in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER):
                if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
                    raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")
    return (preexec if limits or drop_caps else None), cleanups, None


def run_once(binary, argv, work, spec, preexec, values):
    env = dict(os.environ)
    env.setdefault("ASAN_OPTIONS", "detect_leaks=1")
    env["LC_ALL"] = "C.UTF-8"
    env["TMPDIR"] = os.path.join(work, "tmp")
    os.makedirs(env["TMPDIR"], exist_ok=True)
    stdin = subprocess.DEVNULL
    if spec["stdin"]:
        stdin = open(os.path.join(work, expand(spec["stdin"], values).decode()), "rb")
    try:
        p = subprocess.run([binary.encode()] + argv, cwd=work, stdin=stdin, capture_output=True, timeout=TIMEOUT,
                           env=env, preexec_fn=preexec)
    except subprocess.TimeoutExpired:
        raise CaseError(f"timed out after {TIMEOUT} s")
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    return p


def check_output_bytes(name, data):
    problems = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return [f"{name} is not valid UTF-8"], data.decode("utf-8", "replace")
    bad = sorted({c for c in text if (ord(c) < 0x20 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F})
    if bad:
        problems.append(f"{name} holds raw control characters {[hex(ord(c)) for c in bad]}")
    return problems, text


def malformed(path):
    """Why the XLSX/DOCX (every XML part) or XML file at path is not whole, or None."""
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as z:
                bad = z.testzip()
                if bad:
                    return f"bad checksum in {bad}"
                for name in z.namelist():
                    if name.endswith((".xml", ".rels")):
                        try:
                            xml.dom.minidom.parseString(z.read(name))
                        except Exception as e:
                            return f"part {name} is not well-formed XML: {e}"
            return None
        with open(path, "rb") as f:
            xml.dom.minidom.parseString(f.read())
        return None
    except Exception as e:
        return f"unreadable: {e}"


def check_students(work, expected, failures):
    rapport = os.path.join(work, "out", "rapport.json")
    try:
        with open(rapport, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        failures.append(f"out/rapport.json unreadable: {e}")
        return
    ok = 0
    for s in doc.get("students", []):
        if s.get("status") not in ("ready", "warning", "blocked"):
            continue
        complete = bool(s.get("outputs"))
        for o in s.get("outputs", []):
            p = os.path.join(work, "out", o["path"])
            if not os.path.isfile(p) or os.path.islink(p):
                failures.append(f"{s.get('source')}: output {o['path']} is missing")
                complete = False
                continue
            with open(p, "rb") as f:
                data = f.read()
            if len(data) != o["bytes"] or hashlib.sha256(data).hexdigest() != o["sha256"]:
                failures.append(f"{s.get('source')}: output {o['path']} differs from rapport.json")
                complete = False
        ok += complete
    if ok != expected:
        failures.append(f"{ok} students with all their files, expected {expected}")


def check_json_errors(binary, argv, work, spec, preexec, values, failures):
    """json-errors: the same command with --json after its name reports the error as JSON."""
    json_argv = argv[:1] + [b"--json"] + argv[1:]
    p = run_once(binary, json_argv, work, spec, preexec, values)
    problems, out = check_output_bytes("--json stdout", p.stdout)
    failures += problems
    if p.returncode < 0:
        failures.append(f"--json: killed by signal {-p.returncode}")
    if p.returncode != spec["exit"]:
        failures.append(f"--json: exit code {p.returncode}, expected {spec['exit']}")
    try:
        doc = json.loads(out)
        report = doc["students"][0] if "students" in doc else doc  # check: per student; plan: the plan
        if report.get("status") != "error":
            failures.append(f"--json: status is {report.get('status')!r}, expected 'error'")
        errors = report.get("errors")
        if not isinstance(errors, list) or not errors:
            failures.append("--json: errors is missing or empty")
        else:
            if spec["count"] is not None and len(errors) != spec["count"]:
                failures.append(f"--json: {len(errors)} errors, expected {spec['count']}")
            for e in errors:
                if not isinstance(e, dict) or not isinstance(e.get("message"), str) or not e["message"]:
                    failures.append(f"--json: error without a message: {e}")
    except (ValueError, KeyError, IndexError, TypeError, AttributeError) as e:
        failures.append(f"--json: stdout is not the expected JSON ({e}): {out[:300]!r}")


def run_case(binary, source_root, generated_dir, case_path):
    stem = os.path.splitext(os.path.basename(case_path))[0]
    spec = read_case(case_path)
    work, input_name = prepare(os.path.dirname(case_path), stem, spec, source_root, generated_dir)
    cleanups = []
    try:
        preexec, cleanups, skip = apply_setup(work, spec, source_root)
        if skip:
            return "skip", [skip]
        args_text = spec["args"]
        if args_text is None:
            raise CaseError(f"no args directive (nor in {DEFAULTS})")
        values = {"input": input_name or "", "sample": "etudiant.json", "classe": "classe"}
        argv = [expand(t, values) for t in shlex.split(args_text)]
        dehors_before = snapshot(os.path.join(work, "dehors"))
        user_files = {l.split()[1] for l in spec["setup"] if l.startswith("user-file ")}
        before = {p: snapshot(work).get(p) for p in user_files}
        runs = 2 if "run-twice" in spec["setup"] else 1
        for i in range(runs):
            if i == 1:
                first_outputs = {k for k, v in snapshot(os.path.join(work, "out")).items() if v[0] == "file"}
            p = run_once(binary, argv, work, spec, preexec, values)
        failures = []
        if p.returncode < 0:
            failures.append(f"killed by signal {-p.returncode}")
        out_problems, out = check_output_bytes("stdout", p.stdout)
        err_problems, err = check_output_bytes("stderr", p.stderr)
        failures += out_problems + err_problems
        for marker in CRASH_MARKERS:
            if marker in err or marker in out:
                failures.append(f"output contains {marker!r}")
        if p.returncode != spec["exit"]:
            failures.append(f"exit code {p.returncode}, expected {spec['exit']}")
        for text in spec["stderr"]:
            if expand(text, values).decode("utf-8", "surrogateescape") not in err:
                failures.append(f"stderr lacks: {text}")
        for text in spec["stdout"]:
            if expand(text, values).decode("utf-8", "surrogateescape") not in out:
                failures.append(f"stdout lacks: {text}")
        for text in spec["not-stderr"]:
            if text in err:
                failures.append(f"stderr holds: {text}")
        for marker in ENGLISH_MARKERS:
            if marker in err:
                failures.append(f"English text in a message: {marker!r}")
        if spec["count"] is not None:
            n = sum(1 for l in err.splitlines() if l.startswith("erreur : "))
            if n != spec["count"]:
                failures.append(f"{n} lines start with 'erreur : ', expected {spec['count']}")
        if spec["names-file"]:
            error_lines = [l for l in err.splitlines() if l.startswith("erreur : ")]
            if not error_lines:
                failures.append("no line starts with 'erreur : '")
            for line in error_lines:
                if not line.startswith("erreur : " + values["input"]):
                    failures.append(f"message does not name the file first: {line}")
        if spec["json-errors"]:
            check_json_errors(binary, argv, work, spec, preexec, values, failures)
        for rel in spec["file"]:
            path = os.path.join(work, expand(rel, values).decode("utf-8", "surrogateescape"))
            if not os.path.isfile(path) or os.path.islink(path) or os.path.getsize(path) == 0:
                failures.append(f"missing or empty output {rel}")
        for rel in spec["no-file"]:
            if os.path.lexists(os.path.join(work, expand(rel, values).decode("utf-8", "surrogateescape"))):
                failures.append(f"{rel} should not exist")
        for rel in spec["well-formed"]:
            problem = malformed(os.path.join(work, expand(rel, values).decode("utf-8", "surrogateescape")))
            if problem:
                failures.append(f"{rel}: {problem}")
        if spec["outputs"] is not None:
            files = [k for k, v in snapshot(os.path.join(work, "out")).items() if v[0] == "file"] \
                if os.path.isdir(os.path.join(work, "out")) else []
            if len(files) != spec["outputs"]:
                failures.append(f"{len(files)} files in out/, expected {spec['outputs']}: {sorted(files)[:10]}")
        if runs == 2:
            now = {k for k, v in snapshot(os.path.join(work, "out")).items() if v[0] == "file"}
            if now != first_outputs:
                failures.append(f"the re-run changed the set of outputs: {sorted(now ^ first_outputs)[:10]}")
        if spec["students-ok"] is not None:
            check_students(work, spec["students-ok"], failures)
        leftovers = temp_leftovers(work)
        tmpdir = os.path.join(work, "tmp")
        leftovers += ["TMPDIR/" + n for n in os.listdir(tmpdir)] if os.path.isdir(tmpdir) else []
        if leftovers:
            failures.append(f"temporary files left: {leftovers[:5]}")
        if snapshot(os.path.join(work, "dehors")) != dehors_before:
            failures.append("dehors/ (outside the output folder) was changed")
        after = snapshot(work)
        for path, state in before.items():
            if after.get(path) != state:
                failures.append(f"{path}, a file siofill did not write, was changed or removed")
        if failures:
            failures.append("command: siofill " + " ".join(shlex.quote(a.decode("utf-8", "replace")[:200]) for a in argv))
            failures.append("stderr was:\n" + err[:3000])
            failures.append("stdout was:\n" + out[:1500])
        return ("fail" if failures else "pass"), failures
    finally:
        for c in cleanups:
            c()
        shutil.rmtree(work, ignore_errors=True)


def main(argv):
    if len(argv) < 4:
        print(__doc__.splitlines()[2], file=sys.stderr)
        return 2
    binary, source_root, corpus = (os.path.abspath(a) for a in argv[1:4])
    filters = argv[4:]
    if not os.access(binary, os.X_OK):
        print(f"not an executable: {binary}", file=sys.stderr)
        return 2
    cases = []
    for folder in [corpus] + sorted(os.path.join(corpus, d) for d in os.listdir(corpus)
                                    if os.path.isdir(os.path.join(corpus, d))):
        cases += [os.path.join(folder, n) for n in sorted(os.listdir(folder)) if n.endswith(".expect") and n != DEFAULTS]
    if not cases:
        print(f"no .expect file in {corpus}", file=sys.stderr)
        return 2
    if filters:
        cases = [c for c in cases if any(f in c for f in filters)]
    generated = tempfile.mkdtemp(prefix="siofill-corpus-gen-")
    try:
        maker = os.path.join(corpus, "make_generated.py")
        if os.path.exists(maker):
            subprocess.run([sys.executable, maker, generated, source_root], check=True)
        results = {}
        jobs = int(os.environ.get("SIOFILL_CORPUS_JOBS", "2"))
        with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
            futures = {pool.submit(run_case, binary, source_root, generated, c): c for c in cases}
            for future in concurrent.futures.as_completed(futures):
                case = futures[future]
                try:
                    results[case] = future.result()
                except (CaseError, OSError, ValueError) as e:
                    results[case] = ("fail", [f"{type(e).__name__}: {e}"])
    finally:
        shutil.rmtree(generated, ignore_errors=True)
    passed = failed = skipped = 0
    for case in cases:
        status, reasons = results[case]
        name = os.path.relpath(case, corpus)
        if status == "pass":
            passed += 1
        elif status == "skip":
            skipped += 1
            print(f"SKIP {name}: {reasons[0]}")
        else:
            failed += 1
            print(f"FAIL {name}")
            for r in reasons:
                print("    " + r.replace("\n", "\n    "))
    summary = f"{os.path.basename(corpus)}: {passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else "")
    print(summary)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
