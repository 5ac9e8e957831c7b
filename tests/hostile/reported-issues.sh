#!/usr/bin/env bash
# Reproducers of problems found by the hostile corpus in code outside its scope
# (src/xlsx, src/docx, src/cli, src/diagnostics). None crashes or loses data; each
# shows English or raw text reaching a person. Delete a section once it is fixed.
# Usage: tests/hostile/reported-issues.sh [build/src/siofill]
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
siofill="$(realpath "${1:-$root/build/src/siofill}")"
sample="$root/samples/etudiant-groupecfr.json"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

full_disk() {  # every write past 3000 bytes fails with EFBIG, as on a full disk (works as root)
  /usr/bin/python3 -c 'import resource, signal, subprocess, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (3000, 3000))
sys.exit(subprocess.call(sys.argv[1:], restore_signals=False))' "$@"
}

echo "== 1. src/xlsx: libxlsxwriter's English [ERROR] lines on stderr, and an English strerror"
echo "      at the end of siofill's message (\"File too large\", \"No space left on device\")"
full_disk "$siofill" fill "$sample" -o out1 --form grille-b1 --format xlsx

echo "== 2. src/docx: the DOCX and flat-XML writers end their message with an English strerror"
echo "      (text::system_error_text in src/text/system_errors.hpp gives it in French)"
full_disk "$siofill" fill "$sample" -o out2 --form grille-b1 --format docx,xml

echo "== 3. src/cli (cli_errors.cpp): CLI11's English messages reach people"
"$siofill" batch . -o out3 --jobs -1
"$siofill" check --frobnicate "$sample"
"$siofill" --referentiel /tmp check "$sample"
"$siofill" --referentiel absent.json check "$sample"   # also: two spaces after « : »

echo "== 4. src/cli + src/diagnostics: file names are printed as given: an escape sequence in a"
echo "      file name drives the terminal (here: clears it), invalid UTF-8 reaches the output"
cp "$sample" $'\e[2J.json'
"$siofill" check $'\e[2J.json' | od -c | head -n 2
"$siofill" check $'\xff.json' 2>&1 | od -c | head -n 2

echo "== 5. src/cli/command_batch.cpp: « lecture du dossier impossible : » + ec.message() (English)"
