"""Same forms, same bytes: the samples written again, under other time zones
and locales, must be byte-identical (cmp), and every zip entry must carry the
fixed timestamp (in UTC) in a stable order."""
import datetime
import filecmp
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import zipfile

from docx_checks import Checks, samples

c = Checks()
writer, reference = sys.argv[1], pathlib.Path(sys.argv[2])
work = pathlib.Path(tempfile.mkdtemp(prefix="siofill-docx-repro-"))
try:
    for k, tz in enumerate(["Pacific/Kiritimati", "America/Los_Angeles"]):
        env = dict(os.environ, TZ=tz, LC_ALL="C.UTF-8", SOURCE_DATE_EPOCH="1")
        out = work / str(k)
        subprocess.run([writer, str(out)], check=True, env=env)
        for f in sorted(reference.glob("*")):
            if f.suffix in (".docx", ".xml"):
                c.check(filecmp.cmp(f, out / f.name, shallow=False), f"{f.name} diffère sous TZ={tz}")

    expected_order = ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
                      "word/styles.xml", "word/settings.xml"]
    for stem, exp in samples(reference):
        when = datetime.datetime.fromtimestamp(exp["timestamp"], datetime.timezone.utc)
        with zipfile.ZipFile(reference / f"{stem}.docx") as z:
            infos = z.infolist()
            names = [i.filename for i in infos]
            c.check(names[:6] == expected_order and names[-2:] == ["docProps/core.xml", "docProps/app.xml"],
                    f"{stem}: ordre des parties {names}")
            for i in infos:
                c.check(i.date_time == when.timetuple()[:6], f"{stem}: date de {i.filename} {i.date_time}")
                c.check(i.compress_type == zipfile.ZIP_DEFLATED, f"{stem}: {i.filename} non compressé")
finally:
    shutil.rmtree(work, ignore_errors=True)

c.finish()
