#!/usr/bin/env python3
"""Times `policygen check` on texts made to be hard on the checks, and on whole corpora.

    bench_checks.py --bin POLICYGEN [--sizes 256,512,1024,2048] [--per-mb 1000] [--runs 3]
                    [--shapes SHAPE:SIZES,...] [--work DIR] [--corpus NAME=DIR ...]

For each size (KB), gen_check_text.py writes a one-text site whose text holds PER_MB findings
of each kind per megabyte (1,000 of each in the 1 MB text); each of --shapes (`placeholders:64,256`)
is gen_check_text.py's text of that shape at those sizes, with its own sections per megabyte
(mostly one kind of finding: PG202, PG205, PG203, or a Japanese text); each --corpus is a site folder
(the L corpus of bench.sh, the archive corpus). Every run is `policygen check --no-cache
--profile`, one at a time; the table gives the medians of the markdown and checks stages
(wall and CPU, from --profile), the whole process's wall time, the checks' time per MB and
the ratio checks / markdown, whose target is at most 1.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def profile(bin_path, site, runs):
    """Medians over `runs` of (markdown wall, markdown cpu, checks wall, checks cpu, process wall), in ms,
    and the number of diagnostics of the last run."""
    samples, count = [], 0
    for _ in range(runs):
        start = time.monotonic()
        run = subprocess.run([bin_path, "check", "--no-cache", "--profile", "--source", site],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        wall = (time.monotonic() - start) * 1000
        stages = {}
        for line in run.stderr.splitlines():
            match = re.match(r"^(\w+)\s+([\d.]+)\s+([\d.]+)\s+\d+%", line)
            if match:
                stages[match.group(1)] = (float(match.group(2)), float(match.group(3)))
        if "checks" not in stages:
            sys.exit(f"bench_checks: no profile from {site} (exit {run.returncode}):\n{run.stderr[-2000:]}")
        counted = re.search(r"policygen check: (\d+) errors?, (\d+) warnings?, (\d+) notes?", run.stderr)
        count = sum(int(n) for n in counted.groups()) if counted else -1
        samples.append((*stages["markdown"], *stages["checks"], wall))
    return [statistics.median(s[i] for s in samples) for i in range(5)], count


def body_bytes(site):
    total = 0
    for root, _, files in os.walk(os.path.join(site, "content")):
        total += sum(os.path.getsize(os.path.join(root, f)) for f in files if f.endswith(".md"))
    return total


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bin", required=True)
    parser.add_argument("--sizes", default="256,512,1024,2048")
    parser.add_argument("--per-mb", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--shapes", default="",
                        help="SHAPE:KB+KB,... of gen_check_text.py's other shapes (placeholders:64+256,cjk:256)")
    parser.add_argument("--work", default=os.path.join(HERE, "..", ".build", "bench-checks"))
    parser.add_argument("--corpus", action="append", default=[], help="NAME=DIR of a site to check too")
    args = parser.parse_args()
    sites = []
    for size in [int(s) for s in args.sizes.split(",") if s]:
        folder = os.path.join(args.work, f"text-{size}k")
        if not os.path.exists(os.path.join(folder, "policygen.yaml")):
            subprocess.run([sys.executable, os.path.join(HERE, "gen_check_text.py"), "--kb", str(size),
                            "--per-mb", str(args.per_mb), "--out", folder], check=True, stdout=subprocess.DEVNULL)
        sites.append((f"{size} KB text, {round(args.per_mb * size / 1024)} of each finding", folder))
    for entry in [e for e in args.shapes.split(",") if e]:
        shape, _, sizes = entry.partition(":")
        for size in [int(s) for s in (sizes or "256").split("+")]:
            folder = os.path.join(args.work, f"{shape}-{size}k")
            if not os.path.exists(os.path.join(folder, "policygen.yaml")):
                subprocess.run([sys.executable, os.path.join(HERE, "gen_check_text.py"), "--kb", str(size),
                                "--shape", shape, "--out", folder], check=True, stdout=subprocess.DEVNULL)
            sites.append((f"{size} KB text, {shape}", folder))
    for entry in args.corpus:
        name, _, folder = entry.partition("=")
        sites.append((name, folder))
    print(f"policygen: {args.bin}; {args.runs} runs each, medians; load average {os.getloadavg()[0]:.1f} before\n")
    print("| input | MB | diagnostics | markdown wall / cpu ms | checks wall / cpu ms | checks ms per MB | checks / markdown (cpu) | process wall ms |")
    print("|---|---|---|---|---|---|---|---|")
    for name, folder in sites:
        megabytes = body_bytes(folder) / 1e6
        (md_wall, md_cpu, ch_wall, ch_cpu, wall), count = profile(args.bin, folder, args.runs)
        ratio = f"{ch_cpu / md_cpu:.2f}" if md_cpu else "-"
        print(f"| {name} | {megabytes:.2f} | {count} | {md_wall:.1f} / {md_cpu:.1f} | {ch_wall:.1f} / {ch_cpu:.1f} | "
              f"{ch_cpu / megabytes:.0f} | {ratio} | {wall:.0f} |", flush=True)
    print(f"\nload average {os.getloadavg()[0]:.1f} after")


if __name__ == "__main__":
    main()
