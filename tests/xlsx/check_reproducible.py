#!/usr/bin/python3
"""Writes the samples twice more and compares the bytes with the fixture's:
same input, same file (no clock, no random ids in the workbook or its zip).
Also checks that the output directories hold the workbooks and nothing else
(libxlsxwriter's temporary files are gone).

    check_reproducible.py WRITE_SAMPLES_EXE SAMPLES_DIR
"""

import pathlib
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from xlsx_support import Report  # noqa: E402


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: check_reproducible.py WRITE_SAMPLES_EXE SAMPLES_DIR")
    exe, samples = sys.argv[1], pathlib.Path(sys.argv[2])
    report = Report()
    reference = {p.name: p.read_bytes() for p in samples.glob("*.xlsx")}
    report.check(len(reference) >= 7, f"{len(reference)} classeurs de référence seulement")
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="siofill-xlsx-repro-"))
    try:
        for run in ("a", "b"):
            out = tmp / run
            subprocess.run([exe, str(out)], check=True)
            names = sorted(p.name for p in out.iterdir())
            extra = [n for n in names if not (n.endswith(".xlsx") or n.endswith(".expected.json"))]
            report.check(not extra, f"fichiers en trop après l’écriture : {extra}")
            for name, data in reference.items():
                got = (out / name).read_bytes()
                report.check(got == data, f"{name}: octets différents au passage {run}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    report.finish()


if __name__ == "__main__":
    main()
