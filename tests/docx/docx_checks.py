"""Helpers shared by the DOCX test scripts: pass/fail counting and text extraction."""
import json
import pathlib
import re
import sys

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
PKG = "http://schemas.microsoft.com/office/2006/xmlPackage"


def q(ns, name):
    return "{%s}%s" % (ns, name)


class Checks:
    """Counts checks; prints each failure; ends with the 'N passed, M failed' line ctest reads."""

    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, ok, what):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print("ÉCHEC :", what)
        return ok

    def finish(self):
        print(f"{self.passed} passed, {self.failed} failed")
        sys.exit(1 if self.failed else 0)


def samples(directory):
    """(stem, expected) for every NAME.expected.json in the samples directory."""
    out = []
    for p in sorted(pathlib.Path(directory).glob("*.expected.json")):
        out.append((p.name[: -len(".expected.json")], json.loads(p.read_text(encoding="utf-8"))))
    if not out:
        print("aucun échantillon dans", directory)
        print("0 passed, 1 failed")
        sys.exit(1)
    return out


def element_text(element):
    """Text of an element as Word shows it: w:t text, w:tab as a tab, w:br as a line break,
    one line per paragraph; content controls (checkboxes) included."""
    lines = []
    for p in element.iter(q(W, "p")):
        parts = []
        for run in p.iter(q(W, "r")):  # runs only: a paragraph's tab stops are w:tab too
            for e in run:
                if e.tag == q(W, "t"):
                    parts.append(e.text or "")
                elif e.tag == q(W, "tab"):
                    parts.append("\t")
                elif e.tag == q(W, "br") and e.get(q(W, "type")) != "page":
                    parts.append("\n")
        lines.append("".join(parts))
    return "\n".join(lines)


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


# --- Flat XML ---------------------------------------------------------------

def normalised(e):
    """Element tree as nested tuples; whitespace-only text between elements (the
    indentation of the flat file) ignored, any other text kept exactly."""
    text = e.text or ""
    if len(e) and not text.strip():
        text = ""
    return (e.tag, sorted(e.attrib.items()), text, [normalised(k) for k in e])


def compare_flat_with_docx(c, label, flat_path, docx_path):
    """The flat XML is well-formed for xml.etree and holds exactly the .docx's parts
    with their content types."""
    import xml.etree.ElementTree as ET
    import zipfile

    ct_ns = "http://schemas.openxmlformats.org/package/2006/content-types"
    raw = open(flat_path, encoding="utf-8").read()
    c.check(raw.startswith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                           '<?mso-application progid="Word.Document"?>\n'), f"{label}: en-tête du XML Word")
    try:
        root = ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as err:
        c.check(False, f"{label}: XML mal formé : {err}")
        return raw
    c.check(root.tag == q(PKG, "package"), f"{label}: racine {root.tag}")
    with zipfile.ZipFile(docx_path) as z:
        types = ET.fromstring(z.read("[Content_Types].xml"))
        overrides = {o.get("PartName"): o.get("ContentType") for o in types.iter(q(ct_ns, "Override"))}
        defaults = {d.get("Extension"): d.get("ContentType") for d in types.iter(q(ct_ns, "Default"))}
        parts = {p.get(q(PKG, "name")): p for p in root.iter(q(PKG, "part"))}
        expected = ["/" + n for n in z.namelist() if n != "[Content_Types].xml"]
        c.check(sorted(parts) == sorted(expected), f"{label}: parties {sorted(parts)}")
        for name in expected:
            part = parts.get(name)
            if part is None:
                continue
            ctype = overrides.get(name) or defaults.get(name.rsplit(".", 1)[-1])
            c.check(part.get(q(PKG, "contentType")) == ctype, f"{label}: type de {name}")
            data = part.find(q(PKG, "xmlData"))
            if c.check(data is not None and len(data) == 1, f"{label}: {name} sans xmlData"):
                zipped = ET.fromstring(z.read(name[1:]))
                c.check(normalised(data[0]) == normalised(zipped), f"{label}: {name} diffère de la partie du .docx")
    return raw


def unpack_flat(xml_path, docx_path):
    """Rebuilds a .docx from a flat XML file, each part's bytes taken verbatim
    (LibreOffice 7.4 cannot open the flat format itself). Returns the part count."""
    import zipfile

    raw = open(xml_path, encoding="utf-8").read()
    parts = re.findall(r'<pkg:part pkg:name="([^"]+)" pkg:contentType="([^"]+)">\s*<pkg:xmlData>(.*?)</pkg:xmlData>',
                       raw, re.S)
    types = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">']
    types += [f'<Override PartName="{name}" ContentType="{ctype}"/>' for name, ctype, _ in parts]
    types.append("</Types>")
    with zipfile.ZipFile(docx_path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "".join(types))
        for name, _, data in parts:
            z.writestr(name[1:], '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + data.strip())
    return len(parts)


# --- LibreOffice and poppler --------------------------------------------------

def convert_to_pdf(c, inputs, outdir):
    """Every input converted in ONE soffice start (each costs 3–4 s), with a
    private profile since other tests run LibreOffice at the same time."""
    import os
    import shutil
    import subprocess
    import tempfile

    profile = tempfile.mkdtemp(prefix=f"lo-profile-docx-{os.getpid()}-")
    try:
        run = subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                              "--outdir", outdir] + list(inputs), capture_output=True, text=True, timeout=240)
        c.check(run.returncode == 0, f"soffice a échoué : {run.stderr[-500:]}")
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def pdf_text(pdf, first=None, last=None):
    import subprocess

    cmd = ["pdftotext", "-enc", "UTF-8"]
    if first:
        cmd += ["-f", str(first), "-l", str(last)]
    return subprocess.run(cmd + [pdf, "-"], capture_output=True, text=True, check=True).stdout


def page_count(pdf):
    import subprocess

    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def squeeze(text):
    """Text without white space or hyphens: pdftotext joins a word hyphenated at
    a line end ("Wi-" / "Fi" gives "WiFi"), so hyphens cannot be compared."""
    return re.sub(r"[\s\-\u00ad]+", "", text)


def missing_word(squeezed, text):
    """First word of `text` not found in `squeezed` (a PDF's text passed through
    squeeze()) after the previous one, or None. Removing white space makes line
    breaks inside words harmless; searching word by word lets footers and
    repeated header rows sit between two words."""
    pos = 0
    for word in text.split():
        word = squeeze(word)
        if not word:
            continue
        i = squeezed.find(word, pos)
        if i < 0:
            return word
        pos = i + len(word)
    return None
