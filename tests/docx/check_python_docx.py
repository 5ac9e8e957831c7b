"""Reads every sample .docx back with python-docx (Debian python3-docx), a reader
that is not ours: metadata, sections, footers, tables (texts, merges, shading,
header rows), checkbox content controls and every text of the model."""
import datetime
import sys
import zipfile

import docx
from docx_checks import W, W14, Checks, collapse, element_text, q, samples

EMU_PER_TWIP = 635
c = Checks()

for stem, exp in samples(sys.argv[1]):
    path = f"{sys.argv[1]}/{stem}.docx"
    d = docx.Document(path)

    # Document properties from form.meta, dates from the fixed timestamp.
    props = d.core_properties
    for key in ("title", "subject", "author", "keywords"):
        c.check(getattr(props, key) == exp["meta"][key], f"{stem}: propriété {key} = {getattr(props, key)!r}")
    when = datetime.datetime.fromtimestamp(exp["timestamp"], datetime.timezone.utc).replace(tzinfo=None)
    c.check(props.created == when and props.modified == when, f"{stem}: dates {props.created} {props.modified}")

    # Sections: orientation, A4, 15 mm margins, footer text and page fields.
    c.check(len(d.sections) == max(1, len(exp["sections"])), f"{stem}: {len(d.sections)} sections")
    for i, (sec, es) in enumerate(zip(d.sections, exp["sections"])):
        landscape = sec.orientation == docx.enum.section.WD_ORIENT.LANDSCAPE
        c.check(landscape == es["landscape"], f"{stem}: orientation de la section {i}")
        w, h = (16838, 11906) if es["landscape"] else (11906, 16838)
        c.check((sec.page_width, sec.page_height) == (w * EMU_PER_TWIP, h * EMU_PER_TWIP), f"{stem}: format A4 section {i}")
        c.check(all(m == 850 * EMU_PER_TWIP for m in (sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin)),
                f"{stem}: marges de 15 mm section {i}")
        footer = sec.footer
        c.check(not footer.is_linked_to_previous, f"{stem}: pied propre à la section {i}")
        ftext = element_text(footer._element)
        c.check(ftext.startswith(es["footer"]) and "page 1 / 1" in ftext, f"{stem}: pied {ftext!r}")
        instr = [e.text for e in footer._element.iter(q(W, "instrText"))]
        pages = " NUMPAGES " if len(exp["sections"]) == 1 else " SECTIONPAGES "
        c.check(instr == [" PAGE ", pages], f"{stem}: champs du pied {instr}")
        pgnum = sec._sectPr.find(q(W, "pgNumType"))
        c.check(pgnum is not None and pgnum.get(q(W, "start")) == "1", f"{stem}: numérotation reprise à 1 section {i}")

    # Tables: one per model table, cells with their colspan, shading and texts.
    c.check(len(d.tables) == len(exp["tables"]), f"{stem}: {len(d.tables)} tableaux au lieu de {len(exp['tables'])}")
    for t, et in zip(d.tables, exp["tables"]):
        grid = [int(g.get(q(W, "w"))) for g in t._tbl.tblGrid.iter(q(W, "gridCol"))]
        c.check(len(grid) == len(et["widths"]), f"{stem}: {len(grid)} colonnes")
        c.check(sum(grid) in (10206, 15138), f"{stem}: largeur totale {sum(grid)}")
        layout = t._tbl.tblPr.find(q(W, "tblLayout"))
        c.check(layout is not None and layout.get(q(W, "type")) == "fixed", f"{stem}: disposition fixe")
        borders = t._tbl.tblPr.find(q(W, "tblBorders"))
        top = borders.find(q(W, "top")) if borders is not None else None
        c.check(top is not None and (top.get(q(W, "val")) == "single") == et["borders"]
                and (not et["borders"] or top.get(q(W, "sz")) == "4"), f"{stem}: bordures")
        c.check(len(t.rows) == len(et["rows"]), f"{stem}: {len(t.rows)} lignes au lieu de {len(et['rows'])}")
        leading = True
        for r, (row, er) in enumerate(zip(t.rows, et["rows"])):
            leading = leading and er["header"]
            trpr = row._tr.trPr
            repeats = trpr is not None and trpr.find(q(W, "tblHeader")) is not None
            c.check(repeats == leading, f"{stem}: ligne {r} répétée en tête = {repeats}")
            tcs = row._tr.tc_lst
            c.check(len(tcs) == len(er["cells"]), f"{stem}: ligne {r} : {len(tcs)} cellules")
            for k, (tc, ec) in enumerate(zip(tcs, er["cells"])):
                c.check(tc.grid_span == ec["colspan"], f"{stem}: ligne {r} cellule {k} fusion {tc.grid_span}")
                shd = tc.tcPr.find(q(W, "shd")) if tc.tcPr is not None else None
                c.check((shd is not None and shd.get(q(W, "fill")) == "E6E6E6") == ec["shaded"], f"{stem}: ombrage {r}/{k}")
                text = collapse(element_text(tc))
                for item in ec["items"]:
                    c.check(collapse(item["text"]) in text, f"{stem}: ligne {r} cellule {k} sans {item['text'][:40]!r}")
        # The merged cells python-docx reports: a cell spanning n columns appears n times.
        for row, er in zip(t.rows, et["rows"]):
            c.check(len(row.cells) == sum(ec["colspan"] for ec in er["cells"]), f"{stem}: cellules fusionnées vues par python-docx")

    # Checkboxes: real content controls, in document order, with the model's state.
    boxes = [e for e in d.element.body.iter(q(W14, "checkbox"))]
    c.check(len(boxes) == len(exp["checkboxes"]), f"{stem}: {len(boxes)} cases au lieu de {len(exp['checkboxes'])}")
    for box, eb in zip(boxes, exp["checkboxes"]):
        checked = box.find(q(W14, "checked")).get(q(W14, "val")) == "1"
        c.check(checked == eb["checked"], f"{stem}: état d’une case")
        on = box.find(q(W14, "checkedState")).get(q(W14, "val"))
        off = box.find(q(W14, "uncheckedState")).get(q(W14, "val"))
        if eb["mark"]:
            c.check((on, off) == ("%04X" % ord(eb["mark"][0]), "0020"), f"{stem}: états d’une marque {on}/{off}")
            shown = eb["mark"] if eb["checked"] else " "
        else:
            c.check((on, off) == ("2612", "2610"), f"{stem}: états d’une case {on}/{off}")
            shown = "☒" if eb["checked"] else "☐"
        sdt = box.getparent().getparent()
        content = "".join(t.text or "" for t in sdt.find(q(W, "sdtContent")).iter(q(W, "t")))
        c.check(content == shown, f"{stem}: case affichée {content!r} au lieu de {shown!r}")

    # Every text of the model, in the body or a footer.
    body = collapse(element_text(d.element.body) + "\n" + "\n".join(element_text(s.footer._element) for s in d.sections))
    for text in exp["texts"]:
        c.check(collapse(text) in body, f"{stem}: texte absent {text[:50]!r}")

    # Nothing XML forbids reached the parts; what the model replaced shows as U+FFFD.
    with zipfile.ZipFile(path) as z:
        c.check(z.testzip() is None, f"{stem}: archive zip intègre")
        for name in z.namelist():
            data = z.read(name).decode("utf-8")
            c.check(not any(ord(ch) < 0x20 and ch not in "\t\n\r" for ch in data), f"{stem}: caractère de contrôle dans {name}")
    if stem == "controls":
        # 11 in the body (controls, noncharacters, stray bytes; "\r\n" is a line break), title, footer.
        with zipfile.ZipFile(path) as z:
            replaced = sum(z.read(n).decode("utf-8").count("\ufffd") for n in z.namelist())
        c.check(replaced == 13, f"controls: {replaced} U+FFFD au lieu de 13")

c.finish()
