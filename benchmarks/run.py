"""Run every benchmark and print one table (`make bench`)."""

from __future__ import annotations

import importlib
import os
import platform
import sys

from benchmarks.common import table

MODULES = ["benchmarks.bench_store", "benchmarks.bench_import", "benchmarks.bench_gui",
           "benchmarks.bench_robustness", "benchmarks.bench_nlp", "benchmarks.bench_analysis",
           "benchmarks.bench_qdpx", "benchmarks.bench_values_map", "benchmarks.bench_documents",
           "benchmarks.bench_suggest"]


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    results = []
    for name in MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError as exc:
            print(f"skipped {name}: {exc}", file=sys.stderr)
            continue
        print(f"running {name} …", file=sys.stderr, flush=True)
        results.extend(module.run())
    print(f"Python {platform.python_version()}, {os.cpu_count()} cores, {platform.machine()}")
    print(table(results))
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
