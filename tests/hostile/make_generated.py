#!/usr/bin/env python3
"""Writes the big inputs of the hostile corpus (never committed) into a directory.

Usage: make_generated.py OUT_DIR SOURCE_ROOT

Each file is named after the stem of its case (`KIND/NNN-name.expect` with the
directive `input generated`); tests/corpus/run_corpus.py calls this script once per run.
"""
import copy
import json
import os
import sys

MB = 1 << 20


def sample(root):
    with open(os.path.join(root, "samples", "etudiant-groupecfr.json"), encoding="utf-8") as f:
        return json.load(f)


def dump(doc):
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def write_repeated(path, head, chunk, total, tail):
    """head + chunk repeated up to `total` bytes + tail, without building it in memory."""
    with open(path, "wb") as f:
        f.write(head)
        written = len(head)
        block = chunk * max(1, (1 * MB) // len(chunk))
        while written + len(block) < total:
            f.write(block)
            written += len(block)
        while written < total:
            f.write(chunk)
            written += len(chunk)
        f.write(tail)


def cases(root):
    base = sample(root)
    one = base["realisations"][0]

    def evidence(change):
        doc = copy.deepcopy(base)
        change(doc)
        return dump(doc)

    # --- evidence ---
    yield "evidence/101-file-100mb-spaces.json", (b"{", b" ", 100 * MB, b"}\n")
    yield "evidence/102-file-100mb-one-string.json", (b'{"format": "', b"x", 100 * MB, b'"}\n')
    yield "evidence/103-nesting-100000-mixed.json", '{"a":[' * 50000 + "]}" * 50000 + "\n"
    yield "evidence/104-unknown-keys-200000.json", json.dumps(
        dict(base, **{f"cle{i}": i for i in range(200000)}), ensure_ascii=False)
    yield "evidence/105-duplicate-keys-100000.json", json.dumps(base, ensure_ascii=False)[:-1] + \
        ', "lacunes": []' * 100000 + "}\n"

    def many_activites(doc):
        doc["realisations"] = []
        for i in range(11):
            r = copy.deepcopy(one)
            r["id"] = f"R{i + 1}"
            r["activites"] = [{"competence": "B1.1.1"}] * 500
            doc["realisations"].append(r)
    yield "evidence/106-activites-total-5500.json", evidence(many_activites)

    def many_errors(doc):
        doc["realisations"] = []
        for i in range(300):
            r = copy.deepcopy(one)
            r["id"] = f"R{i + 1}"
            r["activites"] = [{"competence": "B9.9"}]
            doc["realisations"].append(r)
    yield "evidence/107-errors-over-200.json", evidence(many_errors)
    yield "evidence/108-string-300k-bytes.json", evidence(
        lambda d: d["realisations"][0].update(description="a" * 300000))
    yield "evidence/109-text-20001-chars.json", evidence(
        lambda d: d["realisations"][0].update(contribution="é" * 20001))
    yield "evidence/110-file-9mb-valid.json", evidence(
        lambda d: d.update(lacunes=[{"competence": "B1.1.4", "note": "n" * 9000}] * 1000))
    yield "evidence/111-max-size-text-fill.json", evidence(
        lambda d: d["realisations"][0].update(documents=["mot " * 4900] * 190))
    yield "evidence/112-stdin-100mb.json", (b"[", b"1,", 100 * MB, b"1]\n")
    # nlohmann's callback parser rescanned the parent array after each object: quadratic,
    # half an hour for this file (found while fuzzing the référentiel; fixed in src/json).
    yield "evidence/113-two-million-objects.json", (b'{"realisations": [', b"{},", 7 * MB, b"{}]}\n")

    # --- référentiel ---
    with open(os.path.join(root, "referentiel", "bts-sio-2019.json"), encoding="utf-8") as f:
        ref_text = f.read()
    ref = json.loads(ref_text)
    yield "referentiel/201-nesting-100000.json", "[" * 100000 + "]" * 100000
    yield "referentiel/207-two-million-objects.json", (b'{"format": "siofill-referentiel/1", "blocs": [', b"{},",
                                                       7 * MB, b"{}]}\n")
    yield "referentiel/202-file-100mb.json", (b'{"format": "siofill-referentiel/1", "x": [', b"0,", 100 * MB, b"0]}\n")
    yield "referentiel/203-bom-real.json", "\ufeff" + ref_text
    yield "referentiel/204-crlf-real.json", ref_text.replace("\n", "\r\n")
    yield "referentiel/205-unknown-keys-200000.json", json.dumps(
        dict(ref, **{f"cle{i}": i for i in range(200000)}), ensure_ascii=False)

    def many_indicateurs(doc):
        c = doc["blocs"][0]["competences"][0]
        c["indicateurs"] = [{"id": f"{c['id']}.i{i + 1}", "texte": f"Indicateur {i + 1}"} for i in range(100000)]
    r = copy.deepcopy(ref)
    many_indicateurs(r)
    yield "referentiel/206-indicateurs-100000.json", json.dumps(r, ensure_ascii=False)

    def changed_ref(change):
        doc = copy.deepcopy(ref)
        change(doc)
        return json.dumps(doc, ensure_ascii=False)
    yield "referentiel/228-intitule-2001-chars.json", changed_ref(
        lambda d: d["blocs"][0]["competences"][0].update(intitule="é" * 2001))
    yield "referentiel/229-string-300k-bytes.json", changed_ref(
        lambda d: d["blocs"][0]["competences"][0]["sous_competences"][0].update(definition="a" * 300000))

    # --- roster ---
    header = b"numero;nom;prenom;option;evidence\n"
    yield "roster/301-roster-100mb.csv", (header, b"1;A;B;SISR;classe/etudiant-001.json\n", 100 * MB, b"")
    rows = "".join(f"{i:011d};NOM{i};Prenom;SISR;absent-{i}.json\n" for i in range(100001))
    yield "roster/302-rows-100001.csv", header.decode() + rows
    yield "roster/304-header-5-million-columns.csv", (b"", b"a;", 10 * MB, b"evidence\n")
    yield "roster/303-field-1mb.csv", header.decode() + "1;" + "N" * MB + ";B;SISR;classe/etudiant-001.json\n" + \
        "08010283837;LÉGER;Dylan;SLAM;classe/etudiant-001.json\n"

    # --- import ---
    lines = ["Bloc de compétences n°1 - Support et mise à disposition de services informatiques",
             "\tGérer le patrimoine informatique", "\t\t- Gérer des sauvegardes"]
    for k in range(20000):
        lines += [f"\t\t\t# sauvegarde {k} (Organisation{k})", f"\t\t\t# restauration {k} (Organisation{k})"]
    yield "cli/549-import-20000-organisations.txt", "\n".join(lines) + "\n"


def main(argv):
    if len(argv) != 3:
        print("usage: make_generated.py OUT_DIR SOURCE_ROOT", file=sys.stderr)
        return 2
    out, root = argv[1], argv[2]
    os.makedirs(out, exist_ok=True)
    for name, content in cases(root):
        path = os.path.join(out, os.path.basename(name))
        if isinstance(content, tuple):
            write_repeated(path, *content)
        else:
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(content)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
