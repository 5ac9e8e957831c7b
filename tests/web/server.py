"""Starts `siofill serve` on a free loopback port for a test and talks to it
over real HTTP (http.client: no mock, the server's own sockets)."""
import http.client
import json
import os
import re
import subprocess
import threading


class Server:
    def __init__(self, siofill, *args, env=None):
        self.proc = subprocess.Popen([siofill, "serve", "--port", "0", *args], stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, env=env, text=True)
        line = self.proc.stdout.readline()
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not m:
            self.proc.kill()
            raise RuntimeError("siofill serve did not print its address: " + line + self.proc.stderr.read())
        self.port = int(m.group(1))
        self.url = m.group(0)
        self.stderr_lines = []
        # The log is read as it comes so the pipe never fills up.
        self._reader = threading.Thread(target=lambda: self.stderr_lines.extend(self.proc.stderr), daemon=True)
        self._reader.start()

    def request(self, method, path, body=None, headers=None, timeout=120):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            h = {"Host": f"127.0.0.1:{self.port}"}
            h.update(headers or {})
            conn.request(method, path, body=body, headers=h)
            r = conn.getresponse()
            return r.status, {k.lower(): v for k, v in r.getheaders()}, r.read()
        finally:
            conn.close()

    def post_json(self, path, data, content_type="application/json"):
        body = data if isinstance(data, (bytes, str)) else json.dumps(data)
        if isinstance(body, str):
            body = body.encode()
        return self.request("POST", path, body, {"Content-Type": content_type})

    def stop(self):
        self.proc.terminate()
        rc = self.proc.wait(timeout=60)
        self._reader.join(timeout=10)
        return rc


def env_with(**extra):
    env = dict(os.environ)
    env.update({k: str(v) for k, v in extra.items()})
    return env
