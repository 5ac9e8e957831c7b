#!/usr/bin/python3
"""Derives the teaching sequences of bloc 1 from the school's plan (seed 001).

    derive_sequences_b1.py SEQUENCES(001) REFERENTIEL.json > tests/data/sequences-b1-expected.txt
    derive_sequences_b1.py --sample SEQUENCES(001) REFERENTIEL.json > samples/sequences-b1.json

The first form writes one line per text (see tests/data/README.md); the unit test
compares samples/sequences-b1.json, read by siofill's own loader, with it. The
second writes the sample itself (siofill-sequences/1), so that nothing is retyped.

Every character comes from the source, with exactly these deliberate changes:
  1. tabs at the start and spaces (one is a no-break space) at the end of a
     line are dropped: layout, as every text siofill reads is trimmed;
  2. a list's "· " marker is dropped: each item is one line of its list;
  3. the "Prérequis" label that opens some prérequis cells is dropped (it repeats
     the column's title);
  4. compétences travaillées and indicateurs are written as référentiel ids; the
     script checks that each text is, character for character, the référentiel's.
No-break spaces (U+00A0) are kept where the source has them.
"""
import json
import re
import sys

SAVOIRS_TECH = "Savoirs technologiques"
SAVOIRS_EJM = "Savoirs économiques, juridiques et managériaux"


def clean(line):
    return line.lstrip("\t").rstrip(" \u00a0")


def item(line):
    line = clean(line)
    return line[2:] if line.startswith("· ") else line


def cells(lines):
    """Splits table lines into cells: a cell starts at a line opening with a tab."""
    out = []
    for raw in lines:
        if raw.startswith("\t") or (not out and clean(raw)):
            out.append([])
        if clean(raw):
            out[-1].append(raw)
    return out


def parse(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    starts = [i for i, l in enumerate(lines) if clean(l).startswith("Séquence ")]
    semestre = None
    for l in lines[:starts[0]]:
        m = re.search(r"\tSemestre (\d)$", l.rstrip(" "))
        if m:
            semestre = int(m.group(1))
    sequences = []
    for n, start in enumerate(starts):
        body = lines[start + 1:starts[n + 1] if n + 1 < len(starts) else len(lines)]
        ident = re.fullmatch(r"Séquence (\d+\.\d+) ([A-Z]\d+)", clean(lines[start]))
        seq = {"id": f"{ident.group(1)}-{ident.group(2)}"}
        it = iter(body)
        title = next(clean(l) for l in it if clean(l))
        m = re.fullmatch(r"(.*?)\tSemestre (\d)", title)
        if m:
            title, semestre = m.group(1).rstrip(" "), int(m.group(2))
        seq["intitule"], seq["semestre"] = title, semestre
        seq["duree"] = next(clean(l) for l in it if clean(l))
        contexte = []
        for l in it:
            if clean(l) == "Compétences travaillées":
                break
            if clean(l):
                contexte.append(clean(l))
        seq["contexte"] = contexte
        for l in it:
            if clean(l) == "Prérequis / Transversalités":
                break
        row = []
        for l in it:
            if clean(l) == "Séance 1":
                break
            row.append(l)
        row_cells = cells(row)[1:]  # the first cell is the row's empty opening tab
        row_cells += [[]] * (4 - len(row_cells))
        comp, savoirs, indicateurs, prerequis = row_cells[:4]
        seq["competences"] = [item(l) for l in comp]
        tech, ejm, current = [], [], None
        for l in savoirs:
            if clean(l) == SAVOIRS_TECH:
                current = tech
            elif clean(l) == SAVOIRS_EJM:
                current = ejm
            else:
                current.append(item(l))
        seq["savoirs"] = {"technologiques": tech, "economiques_juridiques_manageriaux": ejm}
        seq["indicateurs"] = [item(l) for l in indicateurs]
        pre = [clean(l) for l in prerequis]
        seq["prerequis"] = pre[1:] if pre and pre[0] == "Prérequis" else pre
        seances, rest = [], list(it)
        # Séance headers: "Séance N" then three column titles, then four cells.
        marks = [i for i, l in enumerate(rest) if re.fullmatch(r"Séance \d+", clean(l))]
        bounds = [-1] + marks + [len(rest)]
        for k in range(len(bounds) - 1):
            chunk = rest[bounds[k] + 1:bounds[k + 1]]
            chunk = chunk[3:] if k == 0 else chunk[4:]  # column titles
            c = [x for x in cells(chunk) if x]
            duree, taches, ressources, resultats = c[0], c[1], c[2], c[3] if len(c) > 3 else []
            seances.append({"duree": clean(duree[0]), "taches": [item(l) for l in taches],
                            "ressources": [item(l) for l in ressources],
                            "resultats": [item(l) for l in resultats]})
        seq["seances"] = seances
        sequences.append(seq)
    return sequences


def ids_from_referentiel(sequences, ref_path):
    ref = json.load(open(ref_path, encoding="utf-8"))
    b1 = next(b for b in ref["blocs"] if b["id"] == "B1")
    sous = {s["intitule"]: s["id"] for c in b1["competences"] for s in c["sous_competences"]}
    ind = {i["texte"]: i["id"] for c in b1["competences"] for i in c["indicateurs"]}
    for seq in sequences:
        try:
            seq["sous_competences"] = [sous[t] for t in seq["competences"]]
            seq["indicateur_ids"] = [ind[t] for t in seq["indicateurs"]]
        except KeyError as e:
            sys.exit(f"{seq['id']}: text not in the référentiel: {e}")


def expected_lines(sequences):
    out = []
    for s in sequences:
        q = s["id"]
        out.append(f"Q|{q}|{s['intitule']}")
        out.append(f"M|{q}|{s['semestre']}")
        out.append(f"H|{q}|{s['duree']}")
        out += [f"X|{q}|{t}" for t in s["contexte"]]
        out += [f"S|{q}|{t}" for t in s["competences"]]
        out += [f"K|{q}|{t}" for t in s["savoirs"]["technologiques"]]
        out += [f"J|{q}|{t}" for t in s["savoirs"]["economiques_juridiques_manageriaux"]]
        out += [f"I|{q}|{t}" for t in s["indicateurs"]]
        out += [f"P|{q}|{t}" for t in s["prerequis"]]
        for n, se in enumerate(s["seances"], 1):
            out.append(f"N|{q}.{n}|{se['duree']}")
            out += [f"T|{q}.{n}|{t}" for t in se["taches"]]
            out += [f"R|{q}.{n}|{t}" for t in se["ressources"]]
            out += [f"A|{q}.{n}|{t}" for t in se["resultats"]]
    return out


def sample(sequences, seed):
    heading = next(clean(l) for l in open(seed, encoding="utf-8") if clean(l).startswith("Bloc de compétences"))
    doc = {
        "$schema": "../referentiel/siofill-sequences-1.schema.json",
        "format": "siofill-sequences/1",
        "bloc": "B1",
        "intitule": heading.rstrip("\n"),
        "sequences": [],
    }
    for s in sequences:
        doc["sequences"].append({
            "id": s["id"], "intitule": s["intitule"], "semestre": s["semestre"], "duree": s["duree"],
            "contexte": s["contexte"], "sous_competences": s["sous_competences"],
            "indicateurs": s["indicateur_ids"], "savoirs": s["savoirs"], "prerequis": s["prerequis"],
            "seances": s["seances"],
        })
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def main():
    args = sys.argv[1:]
    as_sample = args[:1] == ["--sample"]
    if as_sample:
        args = args[1:]
    seed, ref = args
    sequences = parse(seed)
    ids_from_referentiel(sequences, ref)
    sys.stdout.write(sample(sequences, seed) if as_sample else "\n".join(expected_lines(sequences)) + "\n")


if __name__ == "__main__":
    main()
