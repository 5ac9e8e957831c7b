#!/usr/bin/env python3
"""Writes the large inputs of the bad-input corpus into a directory.

Usage: make_generated.py OUT_DIR [SOURCE_ROOT]

These cases are too big (or too repetitive) to keep in the repository; each one has
its NN-name.expect in the corpus with the directive `input generated`. tests/corpus/run_corpus.py
calls this script into a temporary directory before running the cases.
"""
import copy
import json
import os
import sys

# A valid SISR evidence file; each case breaks one thing in it.
BASE = {
    "format": "siofill-evidence/1",
    "candidat": {
        "nom": "MARTIN",
        "prenom": "Léa",
        "numero": "02412345678",
        "option": "SISR",
        "session": 2026,
        "centre": "Lycée Exemple, Rennes",
    },
    "realisations": [
        {
            "id": "R1",
            "intitule": "Mise en place d’un serveur DHCP redondant",
            "cadre": "stage-1",
            "organisation": "groupeCFR",
            "debut": "2025-05-12",
            "fin": "2025-06-20",
            "modalite": "equipe",
            "contribution": "Configuration du basculement",
            "documents": ["Procédure d’installation"],
            "activites": [{"competence": "B1.3.3", "indicateurs": ["B1.3.i5"]}],
        }
    ],
}


def evidence(change):
    doc = copy.deepcopy(BASE)
    change(doc)
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def many_realisations(doc):
    one = doc["realisations"][0]
    doc["realisations"] = []
    for i in range(600):
        r = copy.deepcopy(one)
        r["id"] = f"R{i + 1}"
        doc["realisations"].append(r)


def cases():
    yield "70-deep-nesting-arrays", "[" * 10000 + "]" * 10000 + "\n"
    yield "71-deep-nesting-objects", '{"a":' * 10000 + "1" + "}" * 10000 + "\n"
    yield "72-deep-nesting-in-realisations", evidence(lambda d: d.update(realisations=["@@"])).replace(
        '"@@"', "[" * 10000 + "]" * 10000)
    yield "73-deep-nesting-unclosed", "[" * 100000
    yield "74-too-many-realisations", evidence(many_realisations)
    yield "75-intitule-too-long", evidence(lambda d: d["realisations"][0].update(intitule="é" * 25000))
    yield "76-too-many-activites", evidence(lambda d: d["realisations"][0].update(
        activites=[{"competence": "B1.3"}] * 501))
    yield "77-too-many-documents", evidence(lambda d: d["realisations"][0].update(
        documents=[f"Document {i}" for i in range(201)]))
    yield "78-too-many-lacunes", evidence(lambda d: d.update(lacunes=[{"competence": "B1.1.4"}] * 501))
    # 9 MB: over the 8 MiB limit of an evidence file.
    yield "79-file-too-big", evidence(lambda d: d["realisations"][0].update(
        documents=["x" * 10000] * 900))


def main(argv):
    if len(argv) not in (2, 3):  # the runner also gives SOURCE_ROOT, not needed here
        print("usage: make_generated.py OUT_DIR [SOURCE_ROOT]", file=sys.stderr)
        return 2
    out = argv[1]
    os.makedirs(out, exist_ok=True)
    for name, text in cases():
        with open(os.path.join(out, name + ".json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
