#!/usr/bin/env python3
"""Times whole builds of prepared corpora, round-robin, and prints the issue's ratios.

    bench_timing.py --bin POLICYGEN --work DIR --sizes M,L --runs 5 [--no-compare-flag]

Called by scripts/bench.sh once it has built policygen and prepared, for each SIZE:
DIR/SIZE (the corpus: policygen.yaml + content/), DIR/wSIZE (prep_layouts.py's bodies,
Hugo site and version pairs) and DIR/cmark_floor.

Each run goes round the commands in the same order (floor, Hugo, git, no-compare,
full, rebuild, the next rebuild, --no-cache, then a minute's wait: see `settled`), so that a
slow minute of the machine weighs on every command alike, after one untimed warm-up round. Each command is one process: wall clock (monotonic), CPU
(user + system) and peak RSS from wait4.

The no-compare and full builds start without `.policygen-cache/` (moved away before the clock
starts, deleted at the end; see `cold`): they measure a build that renders everything and fills the cache. The previous
output is there, as it is for a user, and is replaced. `build --no-cache` neither reads nor
writes the cache: its row is there for its peak memory, which issue 22 bounds as the full build's.

Rebuild: the first build after the full one; "once more" is the build after that, as an
author's next save is (it recycles the folders of the site the first rebuild replaced).
One document (the newest English version of the first policy) gets a sentence
appended, then `policygen build --allow-history-edit` is timed with the cache the full build left (that version has taken
effect, so without the flag the history lock refuses the edit: the flag turns the error
into a warning and changes nothing else), then the file is restored and an untimed build
with the flag records the original text again.
"""
import argparse
import json
import os
import shutil
import shlex
import statistics
import subprocess
import sys
import time

GIT_TOKENS = r"[A-Za-z0-9_]+|[^[:space:]]"   # the token rule of ../shared/bench/diffbench.py
STDERR_LOG = os.devnull                       # what the timed commands write to stderr (warnings)


def time_once(cmd, cwd=None):
    """(wall s, cpu s, peak RSS MiB, KB written to stderr) of `cmd` run by sh; exits the script if it fails."""
    before = os.path.getsize(STDERR_LOG)
    with open(STDERR_LOG, "a") as log:
        start = time.monotonic()
        child = subprocess.Popen(["sh", "-c", cmd], cwd=cwd, stdin=subprocess.DEVNULL, stderr=log)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"bench: command failed (exit {code}): {cmd}\n(its messages: {STDERR_LOG})")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, (os.path.getsize(STDERR_LOG) - before) / 1024


class Rebuild:
    """Timed build after editing one document; the edit is undone after each run."""

    def __init__(self, corpus, build, sentence="We also added this sentence to time a rebuild."):
        content = os.path.join(corpus, "content")
        policy = sorted(os.listdir(content))[0]
        version = sorted(os.listdir(os.path.join(content, policy)))[-1]
        self.path = os.path.join(content, policy, version, "en.md")
        self.shown = os.path.relpath(self.path, corpus)
        self.cmd = build + " --allow-history-edit"
        self.corpus = corpus
        self.sentence = sentence

    def run(self):
        with open(self.path, encoding="utf-8") as f:
            original = f.read()
        try:
            with open(self.path, "w", encoding="utf-8") as f:
                f.write(original + "\n" + self.sentence + "\n")
            sample = time_once(self.cmd, cwd=self.corpus)
        finally:
            with open(self.path, "w", encoding="utf-8") as f:
                f.write(original)
        time_once(self.cmd, cwd=self.corpus)
        return sample


def cold(cmd, corpus, trash):
    """A runner: `cmd` timed after the cache is moved out of the corpus (untimed).

    Moved, not deleted: on an ext4 file system without a journal (this machine's), creating
    files in the 60 s after many were deleted is slow, as the allocator skips every inode freed
    that recently and reads its inode table block to know. Deleting the cache (and the site it
    kept to recycle) right before the clock starts cost about 4 s of CPU on L in the kernel,
    which no build pays: policygen itself never deletes before it writes. The moved caches are
    deleted when the script ends."""
    def run():
        cache = os.path.join(corpus, ".policygen-cache")
        if os.path.exists(cache):
            os.makedirs(trash, exist_ok=True)
            os.rename(cache, os.path.join(trash, f"cache-{len(os.listdir(trash))}"))
        return time_once(cmd, cwd=corpus)
    return run


def commands(size, work, policygen, has_no_compare):
    """[(key, label, runner)] for one size; a runner returns one sample."""
    corpus, w = os.path.join(work, size), os.path.join(work, "w" + size)
    trash = os.path.join(work, "moved-caches")
    bodies = os.path.join(w, "bodies.list")
    quiet = " > /dev/null"
    build = f"exec {shlex.quote(policygen)} build"
    git = (f"LC_ALL=C.UTF-8 git diff --no-index --word-diff=porcelain --word-diff-regex={shlex.quote(GIT_TOKENS)} "
           f"{w}/pairs/old {w}/pairs/new > /dev/null; true")
    result = [
        ("floor", "cmark-gfm floor (cmark_floor, one process)", lambda: time_once(f"exec {work}/cmark_floor -l {bodies}" + quiet)),
        ("hugo", "Hugo, 2 cores", lambda: time_once(f"exec hugo --source {w}/hugo --destination {work}/hugo-out{size} --quiet" + quiet)),
        ("git", "git word diff of every version pair, one call", lambda: time_once(git)),
    ]
    if has_no_compare:
        result.append(("nocompare", "policygen build --no-compare (no cache)", cold(build + " --no-compare" + quiet, corpus, trash)))
    result.append(("full", "policygen build (no cache)", cold(build + quiet, corpus, trash)))
    rebuild = Rebuild(corpus, build + quiet)
    result.append(("rebuild", f"policygen build after editing {rebuild.shown}", rebuild.run))
    again = Rebuild(corpus, build + quiet, "A second sentence, to time the next rebuild.")
    result.append(("again", "the same, once more (an author's next save)", again.run))
    result.append(("nocache", "policygen build --no-cache", settled(lambda: time_once(build + " --no-cache" + quiet, cwd=corpus))))
    return result


def settled(runner, seconds=61):
    """A runner: `runner`, then (untimed) the file system's buffers written and `seconds` waited.

    For the row that deletes a whole site, `build --no-cache` (it keeps no cache to move the site
    it replaces into). On an ext4 file system without a journal (this machine's), every file
    created in the 60 s after a deletion pays for each inode freed in that time (the allocator
    skips them, reading their inode table blocks): thousands of them, about 2 s of CPU in the
    kernel on L, would be charged to whichever build came next. That is why this row comes last
    in a round, and why the next round waits: each row pays for its own files only. With a
    journal, ext4 makes no such check."""
    def run():
        sample = runner()
        os.sync()
        time.sleep(seconds)
        return sample
    return run


def summary(samples, index):
    values = [s[index] for s in samples]
    return statistics.median(values), min(values), max(values)


def ratio(a, b):
    return f"{a / b:.2f}" if a and b else "-"


def count_lines(path):
    with open(path) as f:
        return sum(1 for _ in f)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bin", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--sizes", default="M,L")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-compare-flag", action="store_true", help="the binary knows build --no-compare")
    args = parser.parse_args()
    global STDERR_LOG
    STDERR_LOG = os.path.join(args.work, "bench-stderr.log")
    open(STDERR_LOG, "w").close()
    print(f"(the timed commands' warnings go to {STDERR_LOG})")
    # Caches a stopped run moved away; the warm-up round comes between this and any timing.
    shutil.rmtree(os.path.join(args.work, "moved-caches"), ignore_errors=True)
    results = {}
    for size in [s for s in args.sizes.split(",") if s]:
        cmds = commands(size, args.work, os.path.abspath(args.bin), args.no_compare_flag)
        docs = count_lines(os.path.join(args.work, "w" + size, "bodies.list"))
        pairs = count_lines(os.path.join(args.work, "w" + size, "pairs.tsv"))
        print(f"\n## {size}: {docs} documents, {pairs} version pairs, {args.runs} runs (median, min-max)\n", flush=True)
        for _, _, runner in cmds:
            runner()                                  # warm-up round, not counted
        samples = {key: [] for key, _, _ in cmds}
        for run in range(args.runs):
            for key, _, runner in cmds:
                samples[key].append(runner())
            print(f"  run {run + 1}/{args.runs} done", file=sys.stderr, flush=True)
        print("| command | wall s | CPU s | peak RSS MiB | stderr KB |")
        print("|---|---|---|---|---|")
        for key, label, _ in cmds:
            wall, cpu, rss = summary(samples[key], 0), summary(samples[key], 1), summary(samples[key], 2)
            err = summary(samples[key], 3)
            print(f"| {label} | {wall[0]:.3f} ({wall[1]:.3f}-{wall[2]:.3f}) | {cpu[0]:.3f} | {rss[0]:.0f} ({rss[1]:.0f}-{rss[2]:.0f}) | {err[0]:.1f} |")
        med = {key: statistics.median(s[0] for s in samples[key]) for key in samples}
        peak = max(s[2] for s in samples["full"])
        peak_no_cache = max(s[2] for s in samples["nocache"])
        compare = med["full"] - med["nocompare"] if "nocompare" in med else None
        rows = [
            ("no-compare build / Hugo", ratio(med.get("nocompare"), med["hugo"]) if "nocompare" in med
             else "- (this binary has no --no-compare)", "<= 0.75"),
            ("full build / Hugo", ratio(med["full"], med["hugo"]), "<= 1.5"),
            ("rebuild after one edit / full build", ratio(med["rebuild"], med["full"]), "<= 0.05"),
            ("the next rebuild / full build", ratio(med["again"], med["full"]), "<= 0.05"),
            ("peak RSS of the full build, MiB (largest run)", f"{peak:.0f}", "<= 256"),
            ("peak RSS of the build with --no-cache, MiB (largest run)", f"{peak_no_cache:.0f}", "<= 256"),
            ("no-compare build / floor", ratio(med.get("nocompare"), med["floor"]) if "nocompare" in med else "-", "-"),
            ("(full - no-compare) / git word diff of the pairs", ratio(compare, med["git"]) if compare else "-",
             "- (an upper bound of the diffs)"),
        ]
        print(f"\n| {size} ratio (medians of one run) | value | issue 22 target (L) |")
        print("|---|---|---|")
        for name, value, target in rows:
            print(f"| {name} | {value} | {target} |")
        results[size] = {key: samples[key] for key in samples}
    shutil.rmtree(os.path.join(args.work, "moved-caches"), ignore_errors=True)
    path = os.path.join(args.work, time.strftime("bench-%Y%m%dT%H%M%S.json"))
    with open(path, "w") as f:
        json.dump({"runs": args.runs, "samples": results,
                   "columns": ["wall_s", "cpu_s", "peak_rss_mib", "stderr_kb"]}, f, indent=1)
    print(f"\nraw samples: {path}")


if __name__ == "__main__":
    main()
