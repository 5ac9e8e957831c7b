"""API tests of `siofill serve` over loopback: every endpoint against the CLI
(same library, so the same JSON and the same bytes), every error code, the
limits and hostile bodies (malformed JSON, 100 MB, zip bomb, ../ names, wrong
Content-Type), 200 concurrent requests, and nothing left on disk or in the log.

Usage: run_api_tests.py SIOFILL SOURCE_DIR"""
import base64
import re
import concurrent.futures
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cli"))
from cases import case, expect, finish  # noqa: E402
from server import Server, env_with  # noqa: E402

SIOFILL, SOURCE = sys.argv[1], sys.argv[2]
SAMPLE = os.path.join(SOURCE, "samples", "etudiant-groupecfr.json")
CLASS = os.path.join(SOURCE, "samples", "classe")
NOTES = os.path.join(SOURCE, "tests", "data", "notes-seed-004.txt")
BAD = os.path.join(SOURCE, "tests", "bad-input")
EPOCH = "1767225600"

work = tempfile.mkdtemp(prefix="siofill-web-test-")
server_tmp = os.path.join(work, "tmp")  # the server's TMPDIR: must be empty after every request
os.mkdir(server_tmp)
srv = Server(SIOFILL, "--jobs", "2", env=env_with(TMPDIR=server_tmp, SOURCE_DATE_EPOCH=EPOCH))


def cli(*args, stdin=None):
    return subprocess.run([SIOFILL, *args], capture_output=True, input=stdin,
                          env=env_with(SOURCE_DATE_EPOCH=EPOCH))


def read(path):
    with open(path, "rb") as f:
        return f.read()


def error_of(body):
    data = json.loads(body)
    expect(isinstance(data.get("error"), str) and data["error"], f"no French message: {data}")
    return data


def zip_of(entries):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            z.writestr(name, data)
    return buf.getvalue()


def class_entries(prefix=""):
    return [(prefix + n, read(os.path.join(CLASS, n))) for n in sorted(os.listdir(CLASS)) if n.endswith(".json")]


@case("GET /api/forms: the list of `siofill forms --json`")
def _():
    status, headers, body = srv.request("GET", "/api/forms")
    expect(status == 200 and headers["content-type"].startswith("application/json"), f"{status} {headers}")
    expect(json.loads(body) == json.loads(cli("forms", "--json").stdout), "differs from the CLI")


@case("GET /api/referentiel: the référentiel of `siofill referentiel --json`")
def _():
    status, _, body = srv.request("GET", "/api/referentiel")
    expect(status == 200, status)
    expect(json.loads(body) == json.loads(cli("referentiel", "--json").stdout), "differs from the CLI")


@case("GET /api/formats: pdf, xlsx, docx, xml with their media types")
def _():
    status, _, body = srv.request("GET", "/api/formats")
    formats = {f["name"]: f["media_type"] for f in json.loads(body)}
    expect(status == 200 and formats["pdf"] == "application/pdf" and set(formats) == {"pdf", "xlsx", "docx", "xml"}, formats)


@case("POST /api/check: the entry of `siofill check --json`")
def _():
    status, _, body = srv.post_json("/api/check", read(SAMPLE))
    expect(status == 200, f"{status} {body[:300]}")
    api = json.loads(body)
    ref = json.loads(cli("check", "--json", SAMPLE).stdout)
    for s in api["students"] + ref["students"]:
        s.pop("file")
    expect(api == ref, f"API {api} != CLI {ref}")


@case("POST /api/coverage: `siofill coverage --json`, B1 by default, ?bloc=B2, unknown bloc 400")
def _():
    for query, args in (("", []), ("?bloc=B2", ["--bloc", "B2"])):
        status, _, body = srv.post_json("/api/coverage" + query, read(SAMPLE))
        expect(status == 200, f"{query}: {status} {body[:300]}")
        api, ref = json.loads(body), json.loads(cli("coverage", "--json", *args, SAMPLE).stdout)
        api.pop("file"), ref.pop("file")
        expect(api == ref, f"{query}: differs from the CLI")
    status, _, body = srv.post_json("/api/coverage?bloc=B9", read(SAMPLE))
    expect(status == 400 and "B9" in error_of(body)["error"] and "B1" in error_of(body)["error"], f"{status} {body}")


@case("POST /api/fill: every format of the grid, byte for byte what `siofill fill -o -` writes")
def _():
    for fmt, mime in (("pdf", "application/pdf"), ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                      ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                      ("xml", "application/xml")):
        status, headers, body = srv.post_json(f"/api/fill?form=grille-b1&format={fmt}", read(SAMPLE))
        expect(status == 200, f"{fmt}: {status} {body[:300]}")
        expect(headers["content-type"] == mime, f"{fmt}: {headers['content-type']}")
        disposition = headers["content-disposition"]
        expect(disposition.startswith("attachment;") and f"_grille-b1.{fmt}" in disposition, disposition)
        expect(headers.get("x-siofill-status") in ("ready", "warning", "blocked"), headers)
        ref = cli("fill", SAMPLE, "--form", "grille-b1", "--format", fmt, "-o", "-").stdout
        expect(body == ref, f"{fmt}: {len(body)} bytes, the CLI wrote {len(ref)}")


@case("POST /api/fill: the dossier as PDF, read by qpdf and pdftotext")
def _():
    status, headers, body = srv.post_json("/api/fill?form=dossier&format=pdf", read(SAMPLE))
    expect(status == 200, f"{status} {body[:300]}")
    path = os.path.join(work, "dossier.pdf")
    with open(path, "wb") as f:
        f.write(body)
    check = subprocess.run(["qpdf", "--check", path], capture_output=True, text=True)
    expect(check.returncode == 0, check.stdout + check.stderr)
    text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    expect("LEFEBVRE" in text and "groupeCFR" in text, text[:500])
    expect("filename*=UTF-8''02512345678_LEFEBVRE_Th%C3%A9o_dossier.pdf" in headers["content-disposition"],
           headers["content-disposition"])


@case("POST /api/fill: unknown or missing form and format are 400 with the list and a did-you-mean")
def _():
    status, _, body = srv.post_json("/api/fill?form=grile-b1&format=pdf", read(SAMPLE))
    msg = error_of(body)["error"]
    expect(status == 400 and "grille-b1" in msg and "inconnu" in msg, f"{status} {msg}")
    status, _, body = srv.post_json("/api/fill?form=grille-b1&format=odt", read(SAMPLE))
    expect(status == 400 and "pdf" in error_of(body)["error"], f"{status} {body}")
    status, _, body = srv.post_json("/api/fill?form=grille-b1", read(SAMPLE))
    expect(status == 400 and "format" in error_of(body)["error"], f"{status} {body}")


@case("POST /api/import: seed 004's notes give the evidence of `siofill import -o -`, with the remarks")
def _():
    status, _, body = srv.request("POST", "/api/import?organisation=Yiriah", read(NOTES),
                                  {"Content-Type": "text/plain; charset=utf-8"})
    expect(status == 200, f"{status} {body[:300]}")
    api = json.loads(body)
    ref = cli("import", NOTES, "--organisation", "Yiriah", "-o", "-")
    expect(api["evidence"] == json.loads(ref.stdout), "evidence differs from the CLI")
    expect(len(api["to_complete"]) > 0 and all(isinstance(r["message"], str) for r in api["remarks"]), api.keys())
    stderr = ref.stderr.decode()
    for item in api["to_complete"]:
        expect(item in stderr, f"not said by the CLI: {item}")


@case("POST /api/import: a bad option is 400, notes that are not text are 422 with the line")
def _():
    status, _, body = srv.request("POST", "/api/import?option=SLAMM", read(NOTES), {"Content-Type": "text/plain"})
    expect(status == 400 and "SISR ou SLAM" in error_of(body)["error"], f"{status} {body}")
    status, _, body = srv.request("POST", "/api/import", b"Bloc 1\n\x00\xff\xfe", {"Content-Type": "text/plain"})
    data = error_of(body)
    expect(status == 422 and data["errors"][0]["line"] >= 1 and data["error"].startswith("notes.txt:"), f"{status} {body}")


@case("malformed JSON is 400 with line and column; valid JSON that is not evidence is 422 with pointers, the CLI's messages")
def _():
    for name, code in (("01-missing-comma.json", 400), ("13-truncated-file.json", 400), ("23-missing-candidat.json", 422),
                       ("25-numero-number.json", 422), ("31-key-intitule-accent.json", 422)):
        status, _, body = srv.post_json("/api/check", read(os.path.join(BAD, name)))
        data = error_of(body)
        expect(status == code, f"{name}: {status}, expected {code}")
        ref = json.loads(cli("check", "--json", os.path.join(BAD, name)).stdout)["students"][0]["errors"]
        strip = lambda errors: [{k: v for k, v in e.items() if k != "file"} for e in errors]  # noqa: E731
        expect(strip(data["errors"]) == strip(ref), f"{name}: {data['errors']} != {ref}")
        if code == 422:
            expect(all(e.get("pointer", "").startswith("/") or "pointer" not in e for e in data["errors"]), data)


@case("wrong Content-Type is 415 on every POST")
def _():
    for path, ctype in (("/api/check", "text/plain"), ("/api/coverage", "application/x-www-form-urlencoded"),
                        ("/api/fill?form=grille-b1&format=pdf", "application/xml"),
                        ("/api/import", "application/json"), ("/api/batch", "application/json")):
        status, _, body = srv.request("POST", path, b"{}", {"Content-Type": ctype})
        expect(status == 415 and "Content-Type" in error_of(body)["error"], f"{path}: {status} {body}")
    status, _, body = srv.request("POST", "/api/check", b"{}")
    expect(status == 415, f"no Content-Type: {status}")


@case("evidence over 8 MB is 413; a 100 MB body is 413 and the server still answers")
def _():
    big = b'{"format": "siofill-evidence/1", "x": "' + b"a" * (9 << 20) + b'"}'
    status, _, body = srv.post_json("/api/check", big)
    expect(status == 413 and "octets" in error_of(body)["error"], f"{status} {body[:200]}")
    status, _, body = srv.post_json("/api/check", b" " * (100 << 20))
    expect(status == 413 and "octets" in error_of(body)["error"], f"{status} {body[:200]}")
    status, _, _ = srv.request("GET", "/api/forms")
    expect(status == 200, f"after 100 MB: {status}")


@case("Host and Origin: DNS rebinding and cross-site posts are 403, the page's own origin is accepted")
def _():
    status, _, body = srv.request("GET", "/api/forms", headers={"Host": f"evil.example:{srv.port}"})
    expect(status == 403 and "Host" in error_of(body)["error"], f"{status} {body}")
    status, _, _ = srv.request("GET", "/", headers={"Host": f"localhost:{srv.port}"})
    expect(status == 200, f"localhost: {status}")
    status, _, _ = srv.request("GET", "/", headers={"Host": "127.0.0.1:1"})
    expect(status == 403, f"other port: {status}")
    post = lambda headers: srv.request("POST", "/api/check", read(SAMPLE), {"Content-Type": "application/json", **headers})  # noqa: E731
    status, _, body = post({"Origin": "http://evil.example"})
    expect(status == 403 and "Origin" in error_of(body)["error"], f"{status} {body}")
    status, _, _ = post({"Origin": "null"})
    expect(status == 403, f"Origin null: {status}")
    status, _, _ = post({"Sec-Fetch-Site": "cross-site"})
    expect(status == 403, f"cross-site: {status}")
    status, _, _ = post({"Origin": f"http://127.0.0.1:{srv.port}", "Sec-Fetch-Site": "same-origin"})
    expect(status == 200, f"same origin: {status}")


@case("pages: strict Content-Security-Policy, no inline script or style, assets embedded")
def _():
    for path in ("/", "/secretariat"):
        status, headers, body = srv.request("GET", path)
        html = body.decode()
        expect(status == 200 and headers["content-type"].startswith("text/html"), f"{path}: {status}")
        csp = headers["content-security-policy"]
        expect("default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe" not in csp, csp)
        expect(headers["x-frame-options"] == "DENY" and headers["x-content-type-options"] == "nosniff", headers)
        expect("<script>" not in html and " style=" not in html and " onclick=" not in html, f"{path}: inline code")
        expect(not re.search(r'(src|href)="(https?:)?//', html), f"{path}: an asset from elsewhere")
        for asset in re.findall(r'(?:src|href)="(/static/[^"]+)"', html):
            s, h, _ = srv.request("GET", asset)
            expect(s == 200, f"{asset}: {s}")
    status, _, body = srv.request("GET", "/static/../CMakeLists.txt")
    expect(status == 404, f"traversal: {status}")
    status, _, body = srv.request("GET", "/nulle-part")
    expect(status == 404 and error_of(body), f"{status}")


@case("POST /api/batch: a class zip gives the zip of `siofill batch --zip`, statuses with ?reponse=json")
def _():
    status, headers, body = srv.request("POST", "/api/batch", zip_of(class_entries("classe/")), {"Content-Type": "application/zip"})
    expect(status == 200 and headers["content-type"] == "application/zip", f"{status} {body[:300]}")
    with zipfile.ZipFile(io.BytesIO(body)) as z:
        names = z.namelist()
        report = json.loads(z.read("rapport.json"))
    expect(len(report["students"]) == 35 and "classe-synthese.xlsx" in names, f"{len(report['students'])} {names[:5]}")
    expect(sum(n.endswith(".pdf") for n in names) > 35, "students' PDFs missing")
    status, _, body = srv.request("POST", "/api/batch?reponse=json", zip_of(class_entries()), {"Content-Type": "application/zip"})
    data = json.loads(body)
    expect(status == 200 and len(data["rapport"]["students"]) == 35, status)
    with zipfile.ZipFile(io.BytesIO(base64.b64decode(data["zip"]))) as z:
        expect("rapport.json" in z.namelist(), "zip in the JSON reply")


@case("POST /api/batch: a roster CSV with its files; a roster naming a file outside the archive is 422")
def _():
    entries = class_entries() + [("roster.csv", read(os.path.join(CLASS, "roster.csv")))]
    status, _, body = srv.request("POST", "/api/batch?reponse=json", zip_of(entries), {"Content-Type": "application/zip"})
    expect(status == 200 and len(json.loads(body)["rapport"]["students"]) == 35, f"{status} {body[:300]}")
    for target in ("/etc/passwd.json", "../../secret.json", os.path.abspath(SAMPLE)):
        roster = f"numero;nom;prenom;option;evidence\n1;A;B;SLAM;{target}\n".encode()
        status, _, body = srv.request("POST", "/api/batch", zip_of([("roster.csv", roster)]), {"Content-Type": "application/zip"})
        expect(status == 422 and "en dehors de l’archive" in error_of(body)["error"], f"{target}: {status} {body[:300]}")


@case("POST /api/batch: zip bomb, too many entries, ../ and absolute names, not a zip, empty: refused")
def _():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("etudiant.json", b"{" + b" " * (300 << 20))  # 300 MB of spaces, ~300 KB compressed
    bomb = buf.getvalue()
    expect(len(bomb) < 2 << 20, len(bomb))
    status, _, body = srv.request("POST", "/api/batch", bomb, {"Content-Type": "application/zip"})
    expect(status == 413 and "décompressé" in error_of(body)["error"], f"bomb: {status} {body[:300]}")
    # A bomb that lies: the header says 10 bytes, the data inflates to 300 MB.
    lying = bytearray(bomb)
    header = lying.find(b"PK\x03\x04")
    central = lying.find(b"PK\x01\x02")
    lying[header + 22:header + 26] = (10).to_bytes(4, "little")
    lying[central + 24:central + 28] = (10).to_bytes(4, "little")
    status, _, body = srv.request("POST", "/api/batch", bytes(lying), {"Content-Type": "application/zip"})
    expect(status in (413, 422), f"lying bomb: {status} {body[:300]}")
    many = zip_of([(f"e{i}.json", b"{}") for i in range(2001)])
    status, _, body = srv.request("POST", "/api/batch", many, {"Content-Type": "application/zip"})
    expect(status == 413 and "2000" in error_of(body)["error"], f"entries: {status} {body[:300]}")
    for name in ("../evil.json", "classe/../../evil.json", "/tmp/evil.json", "C:\\evil.json", "a\\..\\evil.json"):
        status, _, body = srv.request("POST", "/api/batch", zip_of([(name, read(SAMPLE))]), {"Content-Type": "application/zip"})
        expect(status == 422 and "refusée" in error_of(body)["error"], f"{name}: {status} {body[:300]}")
    expect(not os.path.exists(os.path.join(work, "evil.json")) and not os.path.exists("/tmp/evil.json"), "written outside")
    for data in (b"not a zip", zip_of([]), zip_of([("lisezmoi.txt", b"rien")])):
        status, _, body = srv.request("POST", "/api/batch", data, {"Content-Type": "application/zip"})
        expect(status == 422 and error_of(body), f"{data[:10]}: {status}")


@case("200 concurrent requests: each answered (200 or 503 with Retry-After), then the server still answers")
def _():
    sample = read(SAMPLE)

    def one(i):
        path = "/api/fill?form=grille-b1&format=pdf" if i % 2 else "/api/check"
        return srv.post_json(path, sample)

    with concurrent.futures.ThreadPoolExecutor(max_workers=200) as pool:
        results = list(pool.map(one, range(200), timeout=600))
    statuses = [r[0] for r in results]
    expect(set(statuses) <= {200, 503} and statuses.count(200) > 0, sorted(set(statuses)))
    busy = [r for r in results if r[0] == 503]
    expect(len(busy) > 0, "with --jobs 2, 200 requests at once must meet a busy server")
    expect(all(r[1].get("retry-after") == "1" and "occupé" in error_of(r[2])["error"] for r in busy), "503 reply")
    status, _, _ = srv.post_json("/api/check", sample)
    expect(status == 200, f"after the burst: {status}")


@case("nothing left in the server's TMPDIR; no student data in its log")
def _():
    expect(os.listdir(server_tmp) == [], os.listdir(server_tmp))
    log = "".join(srv.stderr_lines)
    for secret in ("LEFEBVRE", "Théo", "02512345678", "groupeCFR", "Yiriah", "LÉGER"):
        expect(secret not in log, f"{secret} in the log")
    expect("POST /api/fill 200" in log, log[:300])


@case("SIGTERM stops the server with exit code 0")
def _():
    expect(srv.stop() == 0, "exit code")


@case("--host on another address warns loudly on stderr")
def _():
    s = Server(SIOFILL, "--host", "0.0.0.0")
    try:
        status, _, _ = s.request("GET", "/api/forms")
        expect(status == 200, status)
    finally:
        s.stop()
    expect("ATTENTION" in "".join(s.stderr_lines), "no warning")


@case("a port already taken: French message, exit code 2")
def _():
    s = Server(SIOFILL)
    try:
        r = subprocess.run([SIOFILL, "serve", "--port", str(s.port)], capture_output=True, text=True, timeout=30)
        expect(r.returncode == 2 and "port" in r.stderr and "erreur" in r.stderr, r.stderr)
    finally:
        s.stop()


shutil.rmtree(work, ignore_errors=True)
finish()
