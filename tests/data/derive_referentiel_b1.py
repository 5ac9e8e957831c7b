#!/usr/bin/python3
"""Derives tests/data/referentiel-b1-expected.txt from the source documents.

    derive_referentiel_b1.py GRID(002) DEFINITIONS(000) REFERENTIEL-ANNEX(003) REFERENTIEL.json

Every character comes from the sources, with exactly these deliberate changes
(see tests/data/README.md):
  1. spaces at the end of a line of the grid (seed 002) are dropped;
  2. the grid's single straight apostrophe ("recherche d'information", among 52
     typographic ones) becomes ’ like all the others;
  3. the savoirs associés are the référentiel's own lines, each checked to occur
     in the annex (seed 003) once its markup is removed and its straight
     apostrophes are read as ’ (the annex has no typographic apostrophe at all).
No-break spaces (U+00A0) are kept where the grid has them.
"""
import json
import re
import sys


def grid_lines(path):
    """T|, C|, S| and I| lines from the official grid (seed 002)."""
    out, indicateurs, comp = [], None, None
    for raw in open(path, encoding="utf-8").read().split("\n"):
        line = raw.lstrip("\t").rstrip(" ").replace("'", "’")
        if line.startswith("Capacité à rendre compte"):
            out.append(f"T|B1.T1|{line}")
            continue
        m = re.match(r"(B1\.\d) : (.*)", line)
        if m:
            comp, sous, indicateurs = m.group(1), 0, None
            out.append(f"C|{comp}|{m.group(2)}")
            continue
        if comp is None:
            continue
        if line.startswith("· "):
            sous += 1
            out.append(f"S|{comp}.{sous}|{line[2:]}")
        elif line in ("☒", "☐"):
            indicateurs = []
        elif indicateurs is not None and line:
            if line.startswith("- ") and indicateurs:
                indicateurs[-1] += "\\n" + line  # a list inside one indicateur
            else:
                indicateurs.append(line)
        elif indicateurs:
            out.extend(f"I|{comp}.i{n}|{t}" for n, t in enumerate(indicateurs, 1))
            indicateurs = None
    return out


def definition_lines(path):
    """D|, O| and E| lines (definition, objective, examples) from seed 000."""
    out = []
    for section in re.split(r"\n### ", open(path, encoding="utf-8").read())[1:]:
        head, body = section.split("\n", 1)
        sid = "B1." + head.split(" ", 1)[0]
        grab = lambda label: re.search(r"\*\*" + label + r" :\*\*  \n(.*?)\n", body).group(1)
        out.append(f"D|{sid}|{grab('Définition')}")
        out.append(f"O|{sid}|{grab('Objectif')}")
        for key, label in (("stage", "Stage"), ("ap", "AP"), ("perso", "Projet perso")):
            text = re.search(r"- \*" + label + r"\* : (.*?)(?:  )?\n", body).group(1)
            out.append(f"E|{sid}.{key}|{text}")
    return out


def savoir_lines(annex_path, ref_path):
    annex = open(annex_path, encoding="utf-8").read()
    annex = annex[annex.index("Compétences\tIndicateurs"):]
    annex = re.sub(r"<[^>]+>", "", annex).replace("▪", " ").replace("■", " ")
    annex = re.sub(r"\s+", " ", annex)
    ref = json.load(open(ref_path, encoding="utf-8"))
    b1 = next(b for b in ref["blocs"] if b["id"] == "B1")
    out, missing = [], []
    for c in b1["competences"]:
        for kind, key in (("K", "technologiques"), ("J", "economiques_juridiques_manageriaux")):
            for s in c["savoirs"][key]:
                if s.replace("’", "'") not in annex:
                    missing.append(s)
                out.append(f"{kind}|{c['id']}|{s}")
    if missing:
        sys.exit("savoirs absent from the annex: " + "; ".join(missing))
    return out


def main():
    grid, definitions, annex, ref = sys.argv[1:5]
    lines = grid_lines(grid)
    # Definitions sit after their sous-compétence line, savoirs after their compétence's indicateurs.
    extra = {}
    for line in definition_lines(definitions):
        sid = line.split("|")[1].rsplit(".", 1)[0] if line.startswith("E|") else line.split("|")[1]
        extra.setdefault(sid, []).append(line)
    savoirs = {}
    for line in savoir_lines(annex, ref):
        savoirs.setdefault(line.split("|")[1], []).append(line)
    out = []
    for i, line in enumerate(lines):
        out.append(line)
        kind, ident = line.split("|")[:2]
        if kind == "S":
            out.extend(extra.get(ident, []))
        nxt = lines[i + 1] if i + 1 < len(lines) else "C|"
        if kind in ("I", "S") and not nxt.startswith("I|"):
            comp = ident.split(".i")[0] if kind == "I" else ident.rsplit(".", 1)[0]
            if kind == "I" or not any(l.startswith(f"I|{comp}.") for l in lines):
                out.extend(savoirs.get(comp, []))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
