#!/usr/bin/env python3
"""Proves that tools/demo needs only the packages `tools/install-deps` installs
without --test: every system file the demo's configure opens (traced with
strace), every header its compiler reads (the .o.d files of the program's
build) and every shared library the program loads must belong to one of those
packages or to what they depend on (or to the base system every Debian has).

Usage: check_demo_packages.py SOURCE_DIR BUILD_DIR [--without PACKAGE] [--demo-flags "..."]
  BUILD_DIR   a build of the program (its .o.d files and binary are read)
  --without   pretend install-deps does not list PACKAGE (the self-test: the
              check must then fail, naming it)
  --demo-flags  the configure flags of the demo's build (default: what
              tools/build --no-tests passes); the self-test passes the flags of
              a build with tests, which must fail on catch2.
"""
import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile

SYSTEM_PREFIXES = ("/usr/", "/lib/", "/lib64/", "/bin/", "/sbin/")
# Read by the C library when present, skipped without error when absent (as on
# a fresh machine): not a need.
OPTIONAL_PREFIXES = ("/usr/share/locale/", "/usr/lib/locale/", "/usr/share/zoneinfo/", "/usr/lib/x86_64-linux-gnu/gconv/")


def build_packages(source):
    # The list as tools/install-deps declares it: read by bash itself.
    script = (f"eval \"$(sed -n '/^build_packages=(/,/^)/p' {shlex.quote(source)}/tools/install-deps)\"; "
              "printf '%s\\n' \"${build_packages[@]}\"")
    out = subprocess.run(["bash", "-c", script], check=True, capture_output=True, text=True).stdout
    return [p for p in out.split() if p]


def closure(packages):
    # The packages these pull in (Depends, Pre-Depends), as apt resolves them here.
    out = subprocess.run(["apt-cache", "depends", "--recurse", "--installed", "--no-recommends", "--no-suggests",
                          "--no-conflicts", "--no-breaks", "--no-replaces", "--no-enhances", *packages],
                         check=True, capture_output=True, text=True).stdout
    found = set(packages)
    for line in out.splitlines():
        line = line.strip()
        m = re.match(r"^(?:\|?(?:Pre)?Depends: )?<?([a-z0-9][a-z0-9+.-]*)(?::[a-z0-9]+)?>?$", line)
        if m:
            found.add(m.group(1))
    return found


def base_system():
    # Essential and Priority: required packages are on every Debian system.
    out = subprocess.run(["dpkg-query", "-W", "-f=${Package} ${Essential} ${Priority}\\n"],
                         check=True, capture_output=True, text=True).stdout
    base = set()
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 3 and (parts[1] == "yes" or parts[2] == "required"):
            base.add(parts[0])
    return base


def traced_configure(source, flags):
    # The files a fresh configure of the demo's build succeeds in opening.
    with tempfile.TemporaryDirectory() as tmp:
        trace = os.path.join(tmp, "trace")
        build = os.path.join(tmp, "build")
        cmd = ["strace", "-f", "-qq", "-o", trace, "-e", "trace=openat,execve,access,newfstatat,stat",
               "cmake", "-S", source, "-B", build, *flags]
        # The demo's environment, not the developer's: a compiler launcher
        # (ccache) or compiler chosen through the environment is not the demo's.
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("CMAKE_", "CCACHE_")) and k not in ("CC", "CXX", "CXXFLAGS", "LDFLAGS")}
        p = subprocess.run(cmd, capture_output=True, text=True, env=env)
        if p.returncode != 0:
            sys.exit(f"ÉCHEC : la configuration de la démo échoue :\n{p.stdout}\n{p.stderr}")
        files = set()
        with open(trace, encoding="utf-8", errors="replace") as f:
            for line in f:
                if " = -1 " in line or "<unfinished" in line:
                    continue
                m = re.search(r'"(/[^"]+)"', line)
                if m:
                    files.add(m.group(1))
        return files


def compiled_headers(build_dir):
    files = set()
    src = os.path.join(build_dir, "src")
    for dirpath, _, names in os.walk(src):
        for n in names:
            if n.endswith(".o.d"):
                with open(os.path.join(dirpath, n), encoding="utf-8", errors="replace") as f:
                    for token in f.read().replace("\\\n", " ").split():
                        if token.startswith("/"):
                            files.add(token.rstrip(":"))
    if not files:
        sys.exit(f"ÉCHEC : aucun fichier .o.d sous {src} : le programme n’y est pas compilé")
    return files


def loaded_libraries(binary):
    out = subprocess.run(["ldd", binary], check=True, capture_output=True, text=True).stdout
    return {m.group(1) for m in re.finditer(r"=> (/\S+)", out)}


def owners(paths):
    # dpkg -S on each path and on its resolved form (alternatives, /lib -> /usr/lib).
    owners_of = {}
    candidates = {}
    for p in paths:
        forms = {p, os.path.realpath(p)}
        if p.startswith("/lib/") or p.startswith("/bin/") or p.startswith("/sbin/"):
            forms.add("/usr" + p)
        candidates[p] = forms
    every = sorted({f for forms in candidates.values() for f in forms})
    found = {}
    for i in range(0, len(every), 500):
        chunk = every[i:i + 500]
        out = subprocess.run(["dpkg", "-S", *chunk], capture_output=True, text=True).stdout
        for line in out.splitlines():
            if line.startswith("diversion "):
                continue
            pkgs, _, path = line.partition(": ")
            found.setdefault(path, set()).update(x.strip().split(":")[0] for x in pkgs.split(","))
    for p, forms in candidates.items():
        owners_of[p] = set().union(*(found.get(f, set()) for f in forms))
    return owners_of


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("source")
    ap.add_argument("build_dir")
    ap.add_argument("--without", action="append", default=[])
    ap.add_argument("--demo-flags", default="-DCMAKE_BUILD_TYPE=RelWithDebInfo -DSIOFILL_TESTS=OFF -DSIOFILL_BENCH=OFF")
    ap.add_argument("--self-test", action="store_true",
                    help="the check must fail on a list without libhpdf-dev, and on a build with tests (catch2)")
    args = ap.parse_args()
    if args.self_test:
        return self_test(args.source, args.build_dir)

    listed = [p for p in build_packages(args.source) if p not in args.without]
    allowed = closure(listed) | base_system()
    for p in args.without:
        allowed.discard(p)

    used = {}
    for f in traced_configure(args.source, shlex.split(args.demo_flags)):
        used.setdefault(f, "la configuration (cmake)")
    for f in compiled_headers(args.build_dir):
        used.setdefault(f, "la compilation (en-tête)")
    for f in loaded_libraries(os.path.join(args.build_dir, "src", "siofill")):
        used.setdefault(f, "l’exécution (bibliothèque partagée)")
    used = {f: why for f, why in used.items()
            if f.startswith(SYSTEM_PREFIXES) and not f.startswith(OPTIONAL_PREFIXES) and os.path.isfile(f)}

    problems = {}
    for f, pkgs in owners(used).items():
        if pkgs and not (pkgs & allowed):
            for p in sorted(pkgs):
                problems.setdefault(p, []).append(f"{f} ({used[f]})")
    print(f"{len(used)} fichiers du système utilisés par la démo ; {len(listed)} paquets listés par "
          f"tools/install-deps, {len(allowed)} avec leurs dépendances et le système de base")
    if problems:
        for p, files in sorted(problems.items()):
            print(f"ÉCHEC : la démo a besoin du paquet {p}, que tools/install-deps (sans --test) n’installe pas :")
            for f in files[:5]:
                print(f"    {f}")
        return 1
    print("OK : la démo n’a besoin que des paquets de tools/install-deps")
    return 0


def self_test(source, build_dir):
    # A check that cannot fail proves nothing: it must catch a package missing
    # from the list, and the configuration that broke the demo before (tests
    # built by default, so catch2 was needed).
    cases = [(["--without", "libhpdf-dev"], "libhpdf-dev"),
             (["--demo-flags", "-DCMAKE_BUILD_TYPE=RelWithDebInfo -DSIOFILL_TESTS=ON -DSIOFILL_BENCH=OFF"], "catch2")]
    ok = True
    for extra, package in cases:
        p = subprocess.run([sys.executable, __file__, source, build_dir, *extra], capture_output=True, text=True)
        caught = p.returncode == 1 and f"besoin du paquet {package}," in p.stdout
        print(("OK" if caught else "ÉCHEC") + f" : {' '.join(extra)} -> {package} " +
              ("détecté" if caught else f"non détecté (code {p.returncode}) :\n{p.stdout}{p.stderr}"))
        ok = ok and caught
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
