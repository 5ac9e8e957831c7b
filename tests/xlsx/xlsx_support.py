"""Shared helpers of the XLSX tests: a small pass/fail report, the cells of a
sheet as a person sees them (merged ranges as one cell), and an estimate of
the lines a cell's text takes, made independently of the writer from the
font files LibreOffice draws with (TrueType cmap and hmtx tables)."""

import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile

from openpyxl.cell.cell import MergedCell

FONT_DIR = "/usr/share/fonts/truetype"


class Report:
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


# --- fonts --------------------------------------------------------------------

class TrueType:
    """Advance widths (in em) of a TrueType font, from its cmap and hmtx."""

    def __init__(self, path):
        with open(path, "rb") as f:
            self.data = f.read()
        num = struct.unpack(">H", self.data[4:6])[0]
        self.tables = {}
        for i in range(num):
            tag, _, off, length = struct.unpack(">4sLLL", self.data[12 + 16 * i: 28 + 16 * i])
            self.tables[tag.decode("latin-1")] = (off, length)
        head = self.tables["head"][0]
        self.units = struct.unpack(">H", self.data[head + 18: head + 20])[0]
        hhea = self.tables["hhea"][0]
        self.ascent, self.descent, self.gap = struct.unpack(">hhh", self.data[hhea + 4: hhea + 10])
        self.hmetrics = struct.unpack(">H", self.data[hhea + 34: hhea + 36])[0]
        self.cmap = self._cmap()

    def _cmap(self):
        off = self.tables["cmap"][0]
        n = struct.unpack(">H", self.data[off + 2: off + 4])[0]
        best = None
        for i in range(n):
            pid, eid, sub = struct.unpack(">HHL", self.data[off + 4 + 8 * i: off + 12 + 8 * i])
            fmt = struct.unpack(">H", self.data[off + sub: off + sub + 2])[0]
            if (pid, eid) in ((3, 10), (0, 4)) and fmt == 12:
                best = (off + sub, 12)
            elif (pid, eid) in ((3, 1), (0, 3)) and fmt == 4 and best is None:
                best = (off + sub, 4)
        table = {}
        base, fmt = best
        d = self.data
        if fmt == 4:
            segs = struct.unpack(">H", d[base + 6: base + 8])[0] // 2
            ends = struct.unpack(f">{segs}H", d[base + 14: base + 14 + 2 * segs])
            p = base + 16 + 2 * segs
            starts = struct.unpack(f">{segs}H", d[p: p + 2 * segs])
            deltas = struct.unpack(f">{segs}h", d[p + 2 * segs: p + 4 * segs])
            ro_pos = p + 4 * segs
            offsets = struct.unpack(f">{segs}H", d[ro_pos: ro_pos + 2 * segs])
            for s in range(segs):
                for c in range(starts[s], ends[s] + 1):
                    if c == 0xFFFF:
                        continue
                    if offsets[s] == 0:
                        g = (c + deltas[s]) & 0xFFFF
                    else:
                        a = ro_pos + 2 * s + offsets[s] + 2 * (c - starts[s])
                        g = struct.unpack(">H", d[a: a + 2])[0]
                        if g:
                            g = (g + deltas[s]) & 0xFFFF
                    if g:
                        table[c] = g
        else:
            n_groups = struct.unpack(">L", d[base + 12: base + 16])[0]
            for k in range(n_groups):
                s, e, g = struct.unpack(">LLL", d[base + 16 + 12 * k: base + 28 + 12 * k])
                for c in range(s, e + 1):
                    table[c] = g + c - s
        return table

    def advance(self, ch):
        g = self.cmap.get(ord(ch))
        if g is None:
            return None
        off = self.tables["hmtx"][0]
        i = min(g, self.hmetrics - 1)
        return struct.unpack(">H", self.data[off + 4 * i: off + 4 * i + 2])[0] / self.units

    def line_height(self):
        return (self.ascent - self.descent + self.gap) / self.units


_fonts = {}


def font(name):
    if name not in _fonts:
        _fonts[name] = TrueType(os.path.join(FONT_DIR, name))
    return _fonts[name]


def char_em(ch, bold):
    """Width of a character as LibreOffice draws it: Liberation Sans, else DejaVu Sans, else an em."""
    for name in (("liberation/LiberationSans-Bold.ttf", "dejavu/DejaVuSans-Bold.ttf") if bold
                 else ("liberation/LiberationSans-Regular.ttf", "dejavu/DejaVuSans.ttf")):
        w = font(name).advance(ch)
        if w is not None:
            return w
    return 1.0


def lines_needed(text, width_pt, size, bold):
    """Greedy word wrap as LibreOffice does it (break at spaces, long words between characters)."""
    total = 0
    for para in text.split("\n"):
        lines, used, word_w, line_has = 1, 0.0, 0.0, False
        for token in re.split(r"( )", para):
            if token == "":
                continue
            w = sum(char_em(c, bold) for c in token) * size
            if token == " ":
                used += w
                continue
            if line_has and used + w > width_pt:
                lines += 1
                used = 0.0
            # a word wider than the line breaks between characters
            while w > width_pt:
                lines += 1
                w -= width_pt
            used += w
            line_has = True
        total += lines
    return total


# --- sheets -------------------------------------------------------------------

def merged_range_of(ws):
    """Top-left (row, col) -> (min_row, min_col, max_row, max_col) of each merged range."""
    out = {}
    for r in ws.merged_cells.ranges:
        out[(r.min_row, r.min_col)] = (r.min_row, r.min_col, r.max_row, r.max_col)
    return out


def anchor_rows(ws):
    """Rows as lists of (cell, text): merged cells hidden by a merge are left out."""
    rows = []
    for row in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=ws.max_column):
        cells = []
        for c in row:
            if isinstance(c, MergedCell):
                continue
            v = c.value
            cells.append((c, "" if v is None else str(v)))
        rows.append(cells)
    return rows


def column_pixels(ws, col_letter):
    w = ws.column_dimensions[col_letter].width
    if w is None:
        w = 8.43
    return int(w * 7 + 5 + 0.5) if w > 1 else int(w * 12 + 0.5)


def cell_width_pt(ws, cell, merged):
    from openpyxl.utils import get_column_letter
    r = merged.get((cell.row, cell.column), (cell.row, cell.column, cell.row, cell.column))
    px = sum(column_pixels(ws, get_column_letter(c)) for c in range(r[1], r[3] + 1))
    return px * 0.75


def cell_height_pt(ws, cell, merged):
    r = merged.get((cell.row, cell.column), (cell.row, cell.column, cell.row, cell.column))
    return sum(ws.row_dimensions[i].height or 15 for i in range(r[0], r[2] + 1))


def check_row_heights(ws, report, label):
    """Every text fits the height of its row(s) at LibreOffice's metrics."""
    merged = merged_range_of(ws)
    bad = []
    for cells in anchor_rows(ws):
        for cell, text in cells:
            if not text:
                continue
            size = cell.font.sz or 10
            bold = bool(cell.font.b)
            width = cell_width_pt(ws, cell, merged) - 4  # LibreOffice keeps ~2.5 px clear each side
            lines = lines_needed(text, width, size, bold)
            need = lines * size * font("liberation/LiberationSans-Regular.ttf").line_height() + 1
            have = cell_height_pt(ws, cell, merged)
            if need > have:
                bad.append(f"{cell.coordinate}: {lines} lignes, {need:.1f} pt pour {have:.1f} pt ({text[:40]!r})")
    report.check(not bad, f"{label}: texte caché par une ligne trop basse : {bad[:5]}")


def check_sheet_basics(ws, report, label):
    """String cells only, within Excel's limits; printing set up as the form."""
    if ws.max_row == 1 and ws.max_column == 1 and ws["A1"].value is None:
        return  # an empty form: nothing to print
    for row in ws.iter_rows():
        for c in row:
            if c.value is None:
                continue
            if not report.check(c.data_type == "s" and isinstance(c.value, str),
                                f"{label} {c.coordinate}: type {c.data_type!r} au lieu d’un texte ({c.value!r:.40})"):
                return
            report.check(len(str(c.value)) <= 32767, f"{label} {c.coordinate}: plus de 32 767 caractères")
    ps = ws.page_setup
    report.check(str(ps.paperSize) == "9", f"{label}: papier {ps.paperSize} au lieu de A4 (9)")
    report.check(ws.sheet_properties.pageSetUpPr is not None and ws.sheet_properties.pageSetUpPr.fitToPage,
                 f"{label}: pas d’ajustement à la page")
    report.check(ps.fitToWidth in (None, 1, "1") and str(ps.fitToHeight) == "0",
                 f"{label}: ajustement {ps.fitToWidth} × {ps.fitToHeight} au lieu de 1 × 0")
    m = ws.page_margins
    report.check(all(abs(x - 15 / 25.4) < 0.01 for x in (m.left, m.right, m.top, m.bottom)),
                 f"{label}: marges {m.left} {m.right} {m.top} {m.bottom} au lieu de 15 mm")
    report.check(ws.print_area is not None, f"{label}: pas de zone d’impression")
    report.check("page &P / &N" in (ws.oddFooter.right.text or ""), f"{label}: pied de page sans « page &P / &N »")
    for r in range(1, ws.max_row + 1):
        report.check(ws.row_dimensions[r].height is not None and ws.row_dimensions[r].height <= 409,
                     f"{label}: ligne {r} sans hauteur ou au-delà de 409 pt")


def squeeze(s):
    return re.sub(r"\s+", "", s)


def convert_with_libreoffice(files, outdir):
    """Converts many files to PDF in one soffice run (each start costs seconds)."""
    profile = tempfile.mkdtemp(prefix=f"lo-profile-xlsx-{os.getpid()}-")
    try:
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
               "--outdir", outdir] + [str(f) for f in files]
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=280, check=False)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def pdf_text(pdf):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=False).stdout


def pdf_pages(pdf):
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=False).stdout
    m = re.search(r"Pages:\s+(\d+)", out)
    return int(m.group(1)) if m else 0


def missing_words(texts, pdf_txt):
    """Words of `texts` that the PDF's text does not show. A word longer than
    a line is looked for in pieces, since the renderer cut it."""
    flat = squeeze(pdf_txt)
    # pdftotext drops the hyphen of a word the renderer broke after it.
    unhyphenated = flat.replace("-", "")
    tokens = set(pdf_txt.split())
    missing = []
    for t in texts:
        for w in t.split():
            if w in tokens or w in flat or w.replace("-", "") in unhyphenated:
                continue
            if len(w) > 30 and all(w[i:i + 12] in flat or w[i:i + 6] in flat for i in range(0, len(w), 12)):
                continue
            missing.append(w)
    return missing
