#!/usr/bin/env python3
"""The real siofill binary keeps a form workbook's parts and zip in memory.

Usage: check_in_memory.py PATH/TO/siofill PROJECT_ROOT

siofill replaces two library functions by definitions of the same name
(src/xlsx/memory_parts.hpp): libxlsxwriter's lxw_tmpfile (a part in memory, not
a temporary file) and minizip's zipOpen (the zip built in memory, written once
without O_TRUNC). Should a build of either library stop calling them, workbooks
would still come out right, through files again: this test watches the files
`siofill fill --format xlsx` opens (strace) and fails if any file other than its
own temporary output is created, or if that file is opened with O_TRUNC.
The unit test "xlsx: libxlsxwriter's parts and zip stay in memory…" checks the
same from inside, with counters.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

OPEN = re.compile(r'^\d+\s+(?:openat\(AT_FDCWD|open\(|creat\()\s*,?\s*"((?:[^"\\]|\\.)*)",\s*([A-Z_|]+)')


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    siofill, root = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    work = tempfile.mkdtemp(prefix="siofill-in-memory-")
    try:
        tmpdir = os.path.join(work, "tmp")
        os.mkdir(tmpdir)
        env = dict(os.environ, TMPDIR=tmpdir, SOURCE_DATE_EPOCH="1767225600", LC_ALL="C.UTF-8")
        # LeakSanitizer cannot run under a tracer (ASan build): leaks are the other tests' business.
        env["ASAN_OPTIONS"] = ":".join(filter(None, [os.environ.get("ASAN_OPTIONS", ""), "detect_leaks=0"]))
        trace = os.path.join(work, "trace.txt")
        cmd = ["strace", "-f", "-qq", "-e", "trace=open,openat,creat", "-o", trace, siofill, "fill",
               os.path.join(root, "samples", "etudiant-groupecfr.json"), "--form", "grille-b1,synthese-b1",
               "--format", "xlsx", "-o", os.path.join(work, "out")]
        p = subprocess.run(cmd, capture_output=True, text=True, env=env)
        failures = []
        if p.returncode != 0:
            failures.append(f"siofill fill exited with {p.returncode}: {p.stderr}")
        written = []  # (path, flags) opened for writing
        with open(trace, encoding="utf-8", errors="replace") as f:
            for line in f:
                m = OPEN.match(line)
                if m and re.search(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC", m.group(2)) and "= -1" not in line:
                    written.append((m.group(1), m.group(2)))
        outputs = sorted(n for n in os.listdir(os.path.join(work, "out"))) if os.path.isdir(os.path.join(work, "out")) else []
        if len(outputs) != 2 or not all(n.endswith(".xlsx") for n in outputs):
            failures.append(f"expected two workbooks in out/, found {outputs}")
        for path, flags in written:
            if path.startswith("/dev/"):
                continue
            if ".xlsx.tmp-" not in os.path.basename(path):
                failures.append(f"a file other than the output was created: {path} ({flags})")
            elif "O_TRUNC" in flags:
                failures.append(f"the output was opened with O_TRUNC (minizip's own zipOpen?): {path} ({flags})")
        temporaries = {path for path, _ in written if ".xlsx.tmp-" in path}
        if len(temporaries) != 2:
            failures.append(f"expected one temporary output per workbook, saw {sorted(temporaries)}")
        if os.listdir(tmpdir):
            failures.append(f"files left in TMPDIR: {os.listdir(tmpdir)}")
        for f in failures:
            print("FAIL " + f)
        if not failures:
            print(f"ok   {len(written)} files opened for writing, all of them the two temporary outputs")
        return 1 if failures else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
