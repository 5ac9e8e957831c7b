"""siofill serve measured (tools/bench calls measure()): the server-side time of
one grid fill in three formats (Server-Timing header), requests/s of
/api/fill over loopback, and a class via /api/batch against `siofill batch
--zip` for the same class. Measures only; asserts nothing."""
import concurrent.futures
import http.client
import io
import os
import re
import statistics
import subprocess
import tempfile
import time
import zipfile


def _start(siofill, env):
    proc = subprocess.Popen([siofill, "serve", "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True, env=env)
    port = int(re.search(r"127\.0\.0\.1:(\d+)/", proc.stdout.readline()).group(1))
    return proc, port


def _post(conn, port, path, body, ctype):
    conn.request("POST", path, body=body, headers={"Host": f"127.0.0.1:{port}", "Content-Type": ctype})
    r = conn.getresponse()
    data = r.read()
    return r.status, r.getheader("Server-Timing") or "", data


def measure(siofill, klass, sample, tmp):
    """Rows (what, value) for tools/bench."""
    rows = []
    env = dict(os.environ, SOURCE_DATE_EPOCH="1767225600")
    proc, port = _start(siofill, env)
    try:
        with open(sample, "rb") as f:
            evidence = f.read()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        server_ms = {}
        for fmt in ("pdf", "xlsx", "docx"):
            for _ in range(5):  # warm-up: fonts, first allocations
                _post(conn, port, f"/api/fill?form=grille-b1&format={fmt}", evidence, "application/json")
            times = []
            for _ in range(41):
                status, timing, _ = _post(conn, port, f"/api/fill?form=grille-b1&format={fmt}", evidence, "application/json")
                assert status == 200, status
                times.append(float(timing.split("dur=")[1]))
            server_ms[fmt] = statistics.median(times)
        total = sum(server_ms.values())
        rows.append(("serve : grille d’un étudiant, temps côté serveur par requête /api/fill (en-tête Server-Timing : "
                     "lecture des preuves, vérification, remplissage, écriture ; médiane de 41)",
                     " ; ".join(f"{k.upper()} {v:.2f} ms".replace(".", ",") for k, v in server_ms.items())
                     + f" ; total {total:.2f} ms".replace(".", ",")))
        conn.close()

        def client(n):
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            ok = 0
            for _ in range(n):
                status, _, _ = _post(c, port, "/api/fill?form=grille-b1&format=pdf", evidence, "application/json")
                ok += status == 200
            c.close()
            return ok

        for clients in (1, 2, 4):
            per = 400 // clients
            t0 = time.monotonic()
            with concurrent.futures.ThreadPoolExecutor(clients) as pool:
                ok = sum(pool.map(client, [per] * clients))
            wall = time.monotonic() - t0
            rows.append((f"serve : débit de /api/fill (grille PDF), {clients} client(s) en connexion persistante, "
                         f"{per * clients} requêtes", f"{ok / wall:.0f} requêtes/s ({per * clients - ok} refusées)"))

        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for name in sorted(os.listdir(klass)):
                if name.endswith(".json"):
                    z.write(os.path.join(klass, name), name)
        archive = buf.getvalue()
        api, cli = [], []
        for i in range(3):
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
            t0 = time.monotonic()
            status, _, data = _post(c, port, "/api/batch", archive, "application/zip")
            api.append(time.monotonic() - t0)
            c.close()
            assert status == 200, data[:300]
            out = tempfile.mkdtemp(prefix=f"serve-cli{i}-", dir=tmp)
            t0 = time.monotonic()
            subprocess.run([siofill, "batch", klass, "-o", out, "--zip", "--quiet", "--jobs", "2"], env=env,
                           check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            cli.append(time.monotonic() - t0)
        n = sum(1 for f in os.listdir(klass) if f.endswith(".json"))
        a, b = statistics.median(api), statistics.median(cli)
        rows.append((f"serve : classe de {n} par /api/batch (archive envoyée, tous formulaires et formats, archive "
                     f"reçue ; médiane de 3) face à `siofill batch --zip --jobs 2` (processus entier)",
                     f"{a * 1000:.0f} ms contre {b * 1000:.0f} ms ({a / b:.2f}×)".replace(".", ",")))
    finally:
        proc.terminate()
        proc.wait(timeout=60)
    return rows
