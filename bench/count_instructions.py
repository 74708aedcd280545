"""Count the CPU instructions the extraction pipeline spends per article (valgrind).

    python bench/count_instructions.py                 # the dev set (../shared/eval/dev.jsonl)
    python bench/count_instructions.py --file ../shared/data/bench/allsides-5k.jsonl.gz --limit 200

Wall-clock articles/s on a shared machine swing by 10-30 % from run to run, which hides the
effect of most changes. The number of instructions executed does not swing: this script runs
``extract_bench.py`` under valgrind's cachegrind (no cache simulation) once with one pass over
the articles and once with three, and prints the difference per article, so start-up, imports
and reading the file cancel out. Compare two versions of the code by this figure; report
articles/s from ``extract_bench.py``. Needs valgrind (Debian: ``apt-get install valgrind``);
each run takes about 50 times as long as the plain bench.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_FILE = HERE.parent.parent / "shared" / "eval" / "dev.jsonl"
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def instructions(valgrind: str, bench_args: list[str], repeat: int) -> int:
    """Instructions executed by one run of extract_bench.py with ``repeat`` passes."""
    command = [
        valgrind, "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
        sys.executable, str(HERE / "extract_bench.py"), *bench_args, "--repeat", str(repeat),
    ]  # fmt: skip
    run = subprocess.run(command, capture_output=True, text=True, check=False)
    found = _REFS.search(run.stderr)
    if run.returncode != 0 or not found:
        raise SystemExit(f"valgrind run failed ({run.returncode}):\n{run.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def count_articles(bench_args: list[str]) -> int:
    sys.path.insert(0, str(HERE))
    from extract_bench import read_articles

    parser = argparse.ArgumentParser()
    parser.add_argument("--file", type=Path)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args(bench_args)
    return len(read_articles(args.file, args.limit))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--file", type=Path, default=DEFAULT_FILE, help="JSONL or JSONL.gz input")
    parser.add_argument("--limit", type=int, default=None, help="read at most this many articles")
    args = parser.parse_args()
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        print("valgrind is not installed (Debian: apt-get install valgrind)", file=sys.stderr)
        return 2
    if not args.file.exists():
        print(f"no such file: {args.file}", file=sys.stderr)
        return 2
    bench_args = ["--file", str(args.file)]
    if args.limit:
        bench_args += ["--limit", str(args.limit)]
    articles = count_articles(bench_args)
    if not articles:
        print(f"no articles in {args.file}", file=sys.stderr)
        return 2
    one, three = instructions(valgrind, bench_args, 1), instructions(valgrind, bench_args, 3)
    per_article = (three - one) / (2 * articles)
    print(f"file            {args.file}")
    print(f"articles        {articles} (two extra passes counted)")
    print(f"instructions    {per_article / 1e6:.2f} M per article")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
