"""The tiny harness of the command-line test scripts: named cases that all run,
failures listed at the end, exit status 1 if any failed."""
import sys

results = []


def case(name):
    def wrap(fn):
        try:
            fn()
            results.append((name, None))
        except Exception as e:  # noqa: BLE001 - any failure of a case is reported, the others still run
            results.append((name, f"{type(e).__name__}: {e}"))
        return fn
    return wrap


def expect(cond, message):
    if not cond:
        raise AssertionError(message)


def finish():
    failed = [r for r in results if r[1]]
    for name, err in results:
        print(("ok   " if not err else "FAIL ") + name + ("" if not err else "\n     " + err.replace("\n", "\n     ")))
    print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    sys.exit(1 if failed else 0)
