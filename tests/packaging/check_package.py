#!/usr/bin/env python3
"""The Debian package as a user meets it: its control fields, its files,
lintian's verdict, then installed (dpkg -i as root, removed afterwards; dpkg -x
into a temporary root otherwise): the program run from another directory on
the sample student, the man page rendered by man, the bash completion loaded
by bash and asked for commands, options, form ids and formats.

Usage: check_package.py DEB SOURCE_DIR
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.request

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print(f"ÉCHEC : {message}")
    return condition


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def control_fields(deb):
    info = run(["dpkg-deb", "-f", deb]).stdout
    fields = {}
    for line in info.splitlines():
        if re.match(r"^[A-Za-z-]+: ", line):
            k, _, v = line.partition(": ")
            fields[k] = v
    return fields


def font_packages(source):
    # The packages pdf/font_catalog.cpp opens fonts from: each must be a Depends.
    with open(os.path.join(source, "src/pdf/font_catalog.cpp"), encoding="utf-8") as f:
        return sorted(set(re.findall(r'"(fonts-[a-z0-9-]+)"', f.read())))


def help_entries(text, section):
    names, inside = [], False
    for line in text.splitlines():
        if re.match(r"^[^ ].*:$", line):
            inside = line == section + ":"
        elif inside and re.match(r"^  [^ ]", line):
            names.append(re.split(r"  +", line.strip())[0])
    return names


def complete(completion, program_dir, words):
    # Asks the completion function as bash does on TAB: COMP_WORDS, COMP_CWORD.
    script = f"""
source /usr/share/bash-completion/bash_completion 2>/dev/null
source {completion!r}
PATH={program_dir!r}:$PATH
COMP_WORDS=({' '.join(repr(w) for w in words)})
COMP_CWORD={len(words) - 1}
COMP_LINE={' '.join(words)!r}
COMP_POINT=${{#COMP_LINE}}
_siofill
printf '%s\\n' "${{COMPREPLY[@]}}"
"""
    p = run(["bash", "--norc", "--noprofile", "-c", script])
    check(p.returncode == 0, f"complétion {words} : bash a échoué : {p.stderr}")
    return [x for x in p.stdout.splitlines() if x]


def check_serve(program, workdir):
    """`siofill serve` as installed: /usr/bin/siofill hands it to /usr/libexec/siofill/siofill-web."""
    server = subprocess.Popen([program, "serve", "--port", "0"], cwd=workdir, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    try:
        line = server.stdout.readline()
        url = re.search(r"http://\S+/", line)
        if not check(url, f"siofill serve installé : pas d’adresse annoncée ({line!r} ; {server.stderr.read() if server.poll() is not None else ''})"):
            return
        with urllib.request.urlopen(url.group(0) + "api/forms", timeout=10) as reply:
            body = reply.read().decode()
        check("grille-b1" in body, f"siofill serve installé : /api/forms sans la grille : {body[:300]}")
    finally:
        server.terminate()
        server.wait(timeout=10)


def main():
    deb, source = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    check(re.search(r"/siofill_[0-9][^_/]*_amd64\.deb$", deb), f"nom du paquet inattendu : {deb}")

    fields = control_fields(deb)
    check(fields.get("Package") == "siofill", f"Package : {fields.get('Package')}")
    check(fields.get("Architecture") == "amd64", f"Architecture : {fields.get('Architecture')}")
    depends = fields.get("Depends", "")
    for lib in ("libhpdf", "libxlsxwriter", "libtinyxml2", "libminizip", "libc6", "libstdc++6"):
        check(lib in depends, f"Depends sans {lib} (dpkg-shlibdeps) : {depends}")
    for font in font_packages(source):
        check(font in depends, f"Depends sans {font}, police ouverte par le PDF : {depends}")

    listing = run(["dpkg-deb", "-c", deb]).stdout
    for path in ("./usr/bin/siofill", "./usr/libexec/siofill/siofill-web", "./usr/share/man/man1/siofill.1.gz",
                 "./usr/share/bash-completion/completions/siofill", "./usr/share/doc/siofill/copyright",
                 "./usr/share/doc/siofill/changelog.gz", "./usr/share/doc/siofill/README.md",
                 "./usr/share/doc/siofill/schemas/siofill-evidence-1.schema.json"):
        check(re.search(r"\s" + re.escape(path) + r"(\s|$)", listing), f"fichier absent du paquet : {path}")
    check(not re.search(r"^\S+ (?!root/root)\S+", listing, re.M), "fichiers n’appartenant pas à root/root")

    lint = run(["lintian", "--fail-on", "error", "--no-tag-display-limit", deb])
    print("lintian :\n" + (lint.stdout.strip() or "(rien à signaler)"))
    check(lint.returncode == 0, "lintian signale des erreurs :\n" + lint.stdout + lint.stderr)

    with tempfile.TemporaryDirectory() as tmp:
        installed_here = os.geteuid() == 0 and shutil.which("dpkg")
        if installed_here:
            p = run(["dpkg", "-i", deb])
            if not check(p.returncode == 0, f"dpkg -i a échoué : {p.stdout}{p.stderr}"):
                return 1
            prefix = "/"
        else:
            prefix = os.path.join(tmp, "root")
            run(["dpkg", "-x", deb, prefix])
        try:
            program = os.path.join(prefix, "usr/bin/siofill")
            workdir = os.path.join(tmp, "ailleurs")
            os.makedirs(workdir)
            out = os.path.join(workdir, "sortie")
            sample = os.path.join(source, "samples/etudiant-groupecfr.json")
            p = run([program, "fill", sample, "-o", out, "--form", "grille-b1"], cwd=workdir)
            check(p.returncode in (0, 1), f"siofill installé : fill a échoué ({p.returncode}) : {p.stderr}")
            pdfs = [f for f in os.listdir(out) if f.endswith(".pdf")] if os.path.isdir(out) else []
            if check(pdfs, "siofill installé : pas de PDF produit"):
                text = run(["pdftotext", os.path.join(out, pdfs[0]), "-"]).stdout
                check("B1.1" in text, "le PDF de la grille ne contient pas B1.1")
            version = run([program, "--version"], cwd=workdir).stdout
            check("référentiel intégré : bts-sio-2019" in version, f"--version sans le référentiel : {version}")
            check("à partir de 2025 : B1 → E5" in version, f"--version sans les règles de session : {version}")
            check_serve(program, workdir)

            page = os.path.join(prefix, "usr/share/man/man1/siofill.1.gz")
            man = run(["man", "--warnings", "-l", page], env=dict(os.environ, MANWIDTH="100", MAN_KEEP_FORMATTING="0"))
            rendered = re.sub(r".\x08", "", man.stdout)
            check(man.returncode == 0 and "CODES DE RETOUR" in rendered, f"man -l : {man.stderr}")
            check(not man.stderr.strip(), f"avertissements de groff sur la page de manuel :\n{man.stderr}")
            main_help = run([program, "--help"]).stdout
            commands = help_entries(main_help, "Commandes")
            check(len(commands) >= 8, f"commandes lues dans --help : {commands}")
            for c in commands:
                check(f"siofill {c}" in rendered, f"la page de manuel ne décrit pas la commande {c}")
                for option in help_entries(run([program, c, "--help"]).stdout, "Options"):
                    for name in option.split()[0].split(","):
                        check(name in rendered, f"la page de manuel ne décrit pas {c} {name}")
            for code in ("0", "1", "2", "130"):
                check(re.search(rf"^\s+{code}\s", rendered, re.M), f"la page de manuel ne décrit pas le code {code}")
            check("siofill-evidence/1" in rendered, "la page de manuel ne décrit pas le format des preuves")

            completion = os.path.join(prefix, "usr/share/bash-completion/completions/siofill")
            program_dir = os.path.dirname(program)
            check(sorted(complete(completion, program_dir, ["siofill", ""])) == sorted(commands),
                  f"complétion des commandes : {complete(completion, program_dir, ['siofill', ''])} / {commands}")
            check(set(complete(completion, program_dir, ["siofill", "f"])) == {c for c in commands if c.startswith("f")},
                  "complétion de « siofill f »")
            opts = complete(completion, program_dir, ["siofill", "fill", "--fo"])
            check(set(opts) == {"--form", "--format"}, f"complétion de « fill --fo » : {opts}")
            forms = complete(completion, program_dir, ["siofill", "fill", "x.json", "--form", ""])
            check({"grille-b1", "synthese-b1", "dossier"} <= set(forms), f"complétion de --form : {forms}")
            forms = complete(completion, program_dir, ["siofill", "fill", "--form", "grille-b1,syn"])
            check(set(forms) == {"grille-b1,synthese-b1", "grille-b1,synthese-b2"}, f"complétion de --form a,b : {forms}")
            formats = complete(completion, program_dir, ["siofill", "batch", "--format", "x"])
            check(formats == ["xlsx", "xml"], f"complétion de --format : {formats}")
        finally:
            if installed_here:
                p = run(["dpkg", "--purge", "siofill"])
                check(p.returncode == 0, f"dpkg --purge a échoué : {p.stderr}")
                check(not os.path.exists("/usr/bin/siofill"), "/usr/bin/siofill reste après dpkg --purge")

    if failures:
        print(f"{len(failures)} échec(s)")
        return 1
    print("OK : le paquet s’installe, fonctionne depuis un autre dossier, a sa page de manuel et sa complétion ; "
          "lintian ne signale aucune erreur")
    return 0


if __name__ == "__main__":
    sys.exit(main())
