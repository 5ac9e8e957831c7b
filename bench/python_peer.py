#!/usr/bin/python3
"""The Python peer of siofill, for tools/bench: fills the seed-002 compétence grid (bloc 1)
of every student of a class as PDF (reportlab), XLSX (openpyxl) and DOCX (python-docx),
in one process, the way a school would script it.

    bench/python_peer.py REFERENTIEL CLASS_DIR OUT_DIR

It reads the same référentiel file and the same evidence files as `siofill batch
--form grille-b1 --format pdf,xlsx,docx`, and writes the same document for each student:
title, identity block with the option boxes, then a three-column table (compétence with its
sous-compétences, the box ticked when a réalisation cites it, the performance indicators),
its header repeated on each page, and a footer naming the student on each page. It is a
fair, straightforward version: the libraries' documented high-level APIs (platypus tables,
openpyxl cells, python-docx tables), nothing done twice, nothing left out that siofill
prints. What it does not do, and siofill does: check the evidence against the exam rules,
embed a Unicode font for names outside WinAnsi (reportlab's Helvetica draws them as
missing glyphs), number pages "n / total", fill the document properties.
"""

import json
import os
import sys

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from xml.sax.saxutils import escape

BLOC = "B1"
BOX = {True: "☒", False: "☐"}
PDF_BOX = {True: "[X]", False: "[ ]"}  # Helvetica (WinAnsi) has no ballot box


def load_bloc(referentiel, option):
    bloc = next(b for b in referentiel["blocs"] if b["id"] == BLOC)
    competences = [c for c in bloc["competences"] if c.get("option") in (None, option)]
    return bloc, competences


def epreuve(referentiel, session):
    for rule in referentiel["regles_sessions"]:
        de, a = rule["sessions"].get("de"), rule["sessions"].get("a")
        if (de is None or session >= de) and (a is None or session <= a):
            return rule["epreuves"][BLOC]["numero"]
    return "?"


def grid_rows(referentiel, student):
    """The rows of the grid: (what, [bullets], ticked, [indicators])."""
    option = student["candidat"]["option"]
    bloc, competences = load_bloc(referentiel, option)
    cited = set()
    transversal = False
    for r in student.get("realisations", []):
        codes = [a["competence"] for a in r.get("activites", [])]
        cited.update(".".join(code.split(".")[:2]) for code in codes)
        if r.get("modalite") == "equipe" and r.get("contribution") and any(c.startswith(BLOC + ".") for c in codes):
            transversal = True
    rows = [(t["intitule"], [], transversal, []) for t in bloc.get("capacites_transversales", [])]
    for c in competences:
        rows.append((f"{c['id']} : {c['intitule']}", [s["intitule"] for s in c["sous_competences"]],
                     c["id"] in cited, [i["texte"] for i in c.get("indicateurs", [])]))
    return bloc, rows


def texts(referentiel, student):
    cand = student["candidat"]
    bloc, rows = grid_rows(referentiel, student)
    ep = epreuve(referentiel, cand["session"])
    return {
        "title": f"BTS SERVICES INFORMATIQUES AUX ORGANISATIONS – SESSION {cand['session']}",
        "subtitle": f"Bloc {bloc['numero']} – {bloc['intitule']} (épreuve {ep})",
        "identity": [("NOM et prénom", f"{cand['nom']} {cand['prenom']}"), ("N° candidat", cand["numero"]),
                     ("Centre de formation", cand.get("centre", ""))],
        "option": cand["option"],
        "header": (f"Bloc {bloc['numero']} : compétences", "", "Indicateurs de performance"),
        "rows": rows,
        "footer": f"{cand['nom']} {cand['prenom']} – n° {cand['numero']} – grille des compétences du bloc {bloc['numero']}",
    }


# --- PDF (reportlab) -------------------------------------------------------

STYLE = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)
BOLD = ParagraphStyle("bold", parent=STYLE, fontName="Helvetica-Bold")
BULLET = ParagraphStyle("bullet", parent=STYLE, leftIndent=8, bulletIndent=0)
TITLE = ParagraphStyle("title", parent=BOLD, fontSize=12, leading=15, alignment=1)
SUBTITLE = ParagraphStyle("subtitle", parent=BOLD, fontSize=10, leading=13, alignment=1)


def write_pdf(t, path):
    def footer(canvas, doc):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(15 * mm, 10 * mm, t["footer"])
        canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, f"page {doc.page}")

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                            bottomMargin=18 * mm, title=t["title"])
    width = A4[0] - 30 * mm
    story = [Paragraph(escape(t["title"]), TITLE), Paragraph(escape(t["subtitle"]), SUBTITLE), Spacer(1, 4 * mm)]
    ident = [[Paragraph(escape(k), BOLD), Paragraph(escape(v), STYLE)] for k, v in t["identity"]]
    ident.append([Paragraph("Option", BOLD),
                  Paragraph(f"{PDF_BOX[t['option'] == 'SISR']} SISR &nbsp;&nbsp;&nbsp; {PDF_BOX[t['option'] == 'SLAM']} SLAM",
                            STYLE)])
    it = Table(ident, colWidths=[0.3 * width, 0.7 * width])
    it.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [it, Spacer(1, 4 * mm)]
    data = [[Paragraph(escape(h), BOLD) for h in t["header"]]]
    for what, bullets, ticked, indicators in t["rows"]:
        left = [Paragraph(escape(what), BOLD if bullets else STYLE)]
        left += [Paragraph(escape(b), BULLET, bulletText="•") for b in bullets]
        data.append([left, Paragraph(PDF_BOX[ticked], STYLE), [Paragraph(escape(i), STYLE) for i in indicators]])
    table = Table(data, colWidths=[0.44 * width, 0.08 * width, 0.48 * width], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("VALIGN", (1, 1), (1, -1), "MIDDLE"), ("ALIGN", (1, 0), (1, -1), "CENTER"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story.append(table)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# --- XLSX (openpyxl) -------------------------------------------------------

THIN = Side(style="thin")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center")


def write_xlsx(t, path):
    wb = Workbook()
    ws = wb.active
    ws.title = "grille"
    ws.column_dimensions["A"].width = 50
    ws.column_dimensions["B"].width = 8
    ws.column_dimensions["C"].width = 60
    ws.append([t["title"]])
    ws.append([t["subtitle"]])
    ws["A1"].font = ws["A2"].font = Font(bold=True)
    ws.append([])
    for k, v in t["identity"]:
        ws.append([k, v])
    ws.append(["Option", f"{BOX[t['option'] == 'SISR']} SISR", f"{BOX[t['option'] == 'SLAM']} SLAM"])
    ws.append([])
    ws.append(list(t["header"]))
    header_row = ws.max_row
    for cell in ws[header_row]:
        cell.font = Font(bold=True)
        cell.border = GRID
    for what, bullets, ticked, indicators in t["rows"]:
        ws.append(["\n".join([what] + [f"• {b}" for b in bullets]), BOX[ticked], "\n".join(indicators)])
        r = ws.max_row
        ws.row_dimensions[r].height = 13 * max(1 + len(bullets), len(indicators), 1) + 4
        for col, cell in enumerate(ws[r]):
            cell.border = GRID
            cell.alignment = CENTER if col == 1 else WRAP
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.oddFooter.left.text = t["footer"]
    ws.oddFooter.right.text = "page &P / &N"
    wb.save(path)


# --- DOCX (python-docx) ----------------------------------------------------

def write_docx(t, path):
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(9)
    for text in (t["title"], t["subtitle"]):
        p = doc.add_paragraph()
        p.alignment = 1
        p.add_run(text).bold = True
    ident = doc.add_table(rows=0, cols=2)
    ident.style = "Table Grid"
    for k, v in t["identity"] + [("Option", f"{BOX[t['option'] == 'SISR']} SISR    {BOX[t['option'] == 'SLAM']} SLAM")]:
        cells = ident.add_row().cells
        cells[0].paragraphs[0].add_run(k).bold = True
        cells[1].text = v
    doc.add_paragraph()
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, h in zip(table.rows[0].cells, t["header"]):
        cell.paragraphs[0].add_run(h).bold = True
    table.rows[0]._tr.get_or_add_trPr().append(_repeat_header())
    for what, bullets, ticked, indicators in t["rows"]:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(what).bold = bool(bullets)
        for b in bullets:
            cells[0].add_paragraph(f"• {b}")
        cells[1].text = BOX[ticked]
        cells[1].paragraphs[0].alignment = 1
        if indicators:
            cells[2].text = indicators[0]
            for i in indicators[1:]:
                cells[2].add_paragraph(i)
    for row in table.rows:
        for cell, w in zip(row.cells, (Cm(7.9), Cm(1.4), Cm(8.7))):
            cell.width = w
    section.footer.paragraphs[0].text = t["footer"]
    doc.save(path)


def _repeat_header():
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    return el


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    ref_path, class_dir, out_dir = sys.argv[1:]
    with open(ref_path, encoding="utf-8") as f:
        referentiel = json.load(f)
    os.makedirs(out_dir, exist_ok=True)
    count = 0
    for name in sorted(os.listdir(class_dir)):
        if not name.endswith(".json") or name.startswith("."):
            continue
        with open(os.path.join(class_dir, name), encoding="utf-8") as f:
            student = json.load(f)
        if "candidat" not in student:
            continue
        t = texts(referentiel, student)
        cand = student["candidat"]
        base = os.path.join(out_dir, f"{cand['numero']}_{cand['nom']}_{cand['prenom']}_grille-b1")
        write_pdf(t, base + ".pdf")
        write_xlsx(t, base + ".xlsx")
        write_docx(t, base + ".docx")
        count += 1
    print(f"{count} étudiants, {3 * count} fichiers dans {out_dir}")


if __name__ == "__main__":
    main()
