"""LibreOffice (headless, driven through UNO) opens every sample, from the .docx and
from the flat XML, and must see each ☒/☐ as a checkbox content control — the
thing a person clicks to tick or untick — in the state the model gave it, with
☒/☐ as its glyphs (the "X" columns of the synthesis tables: the mark and a blank). Then one box is ticked through the same
API the click uses and the document saved again as .docx: the box must come back
as a Word checkbox that is now checked, the others unchanged.

LibreOffice 7.4 cannot open flat XML (pkg:package) itself; its parts are packed
into a .docx verbatim first (see check_libreoffice.py)."""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

import uno
from com.sun.star.beans import PropertyValue

from docx_checks import Checks, samples, unpack_flat


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def reading_order(cell_name):
    """Sort key of a cell name ("B3", "AA12"): row first, then column (A < Z < AA)."""
    column, row = re.fullmatch(r"([A-Za-z]+)(\d+)", cell_name).groups()
    return int(row), len(column), column


def content_controls(text):
    """Content-control text portions of a text and of the tables in it, in reading order."""
    paragraphs = text.createEnumeration()
    while paragraphs.hasMoreElements():
        block = paragraphs.nextElement()
        if block.supportsService("com.sun.star.text.TextTable"):
            for name in sorted(block.getCellNames(), key=reading_order):
                yield from content_controls(block.getCellByName(name).getText())
            continue
        portions = block.createEnumeration()
        while portions.hasMoreElements():
            portion = portions.nextElement()
            if portion.TextPortionType == "ContentControl":
                yield portion.ContentControl


def checked_values(docx):
    """w14:checked values of the Word checkboxes of a saved .docx, in document order."""
    xml = zipfile.ZipFile(docx).read("word/document.xml").decode("utf-8")
    return [v == "1" for v in re.findall(r'<w14:checked w14:val="([01])"', xml)]


class Office:
    """One soffice process listening on a private pipe, with a private profile
    (other tests run LibreOffice at the same time)."""

    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix=f"lo-profile-uno-{os.getpid()}-")
        pipe = f"siofill_checkboxes_{os.getpid()}"
        self.process = subprocess.Popen(
            ["soffice", f"-env:UserInstallation=file://{self.profile}", "--headless", "--invisible", "--norestore",
             f"--accept=pipe,name={pipe};urp;"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.monotonic() + 120
        while True:
            try:
                ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise RuntimeError("LibreOffice ne répond pas sur son canal UNO")
                time.sleep(0.2)
        self.desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)

    def open(self, path):
        return self.desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(path)), "_blank", 0,
                                                 (prop("Hidden", True),))

    def close(self):
        try:
            self.desktop.terminate()
        except Exception:
            pass  # the bridge drops while LibreOffice quits
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


def check_document(c, office, path, label, expected, work):
    doc = office.open(path)
    if not c.check(doc is not None, f"{label}: LibreOffice n'ouvre pas le document"):
        return
    try:
        controls = list(content_controls(doc.getText()))
        boxes = [cc for cc in controls if cc.Checkbox]
        c.check(len(boxes) == len(controls), f"{label}: {len(controls) - len(boxes)} contrôles qui ne sont pas des cases")
        states = [bool(cc.Checked) for cc in boxes]
        c.check(states == [b["checked"] for b in expected],
                f"{label}: états lus par LibreOffice {states} au lieu de {[b['checked'] for b in expected]}")
        glyphs = [(cc.CheckedState, cc.UncheckedState) for cc in boxes]
        want_glyphs = [(b["mark"], " ") if b["mark"] else ("☒", "☐") for b in expected]
        wrong = [(i, g, w) for i, (g, w) in enumerate(zip(glyphs, want_glyphs)) if g != w]
        c.check(not wrong, f"{label}: {len(wrong)} cases aux glyphes inattendus, la première : {wrong[:1]}")
        unchecked = [i for i, v in enumerate(states) if not v]
        if not unchecked:
            return
        # Tick the first unchecked box, as a click does, and save: Word must find it checked.
        boxes[unchecked[0]].Checked = True
        saved = os.path.join(work, f"{label}-coche.docx")
        doc.storeToURL(uno.systemPathToFileUrl(saved), (prop("FilterName", "MS Word 2007 XML"),))
        want = list(states)
        want[unchecked[0]] = True
        c.check(checked_values(saved) == want, f"{label}: après un clic, enregistré {checked_values(saved)} au lieu de {want}")
    finally:
        doc.close(True)


def main():
    c = Checks()
    src = sys.argv[1]
    work = tempfile.mkdtemp(prefix="siofill-docx-uno-")
    office = Office()
    try:
        for stem, exp in samples(src):
            expected = exp["checkboxes"]
            check_document(c, office, f"{src}/{stem}.docx", stem, expected, work)
            flat = f"{work}/{stem}-flat.docx"
            unpack_flat(f"{src}/{stem}.xml", flat)
            check_document(c, office, flat, f"{stem}-flat", expected, work)
    finally:
        office.close()
        shutil.rmtree(work, ignore_errors=True)
    c.finish()


main()
