#!/usr/bin/env python3
"""Hostile Markdown bodies against a release build of policygen (issue 21).

Each row is the body of content/privacy/v1/en.md in a fresh `policygen init` site; the
script builds that site with `/usr/bin/time -v` under a timeout and an address-space limit,
and prints one line per row: size, exit status, wall and CPU (user + system) seconds, peak
RSS in MiB, and the first diagnostic line policygen printed. On a shared machine read the CPU
seconds: wall time grows with the load of other work.

    scripts/hostile_inputs.py                      # every row, .build/release/policygen
    scripts/hostile_inputs.py --binary PATH        # another binary
    scripts/hostile_inputs.py --only emph --only www   # rows whose name contains a word
    scripts/hostile_inputs.py --markdown           # the table as Markdown (docs/performance.md)

Timed figures belong here and in docs/performance.md; the tests assert on work done.
"""
import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time

MIB = 1024 * 1024
LIMIT = 10 * MIB  # policygen's content file limit


def fill(line, size=LIMIT - 4096):
    """`line` repeated to just under the 10 MiB content limit (the front-matter fits too)."""
    return line * (size // len(line.encode("utf-8")))


# (name, body, needs the variable `a`); the rows first, then more of each family.
ROWS = [
    # issue 21's table
    ("emph-nest 5000", "*a **a " * 5000 + "b" + " a** a*" * 5000, False),
    ("emph-nest 30000", "*a **a " * 30000 + "b" + " a** a*" * 30000, False),
    ("bullet-nest 10000", "- " * 10000 + "x", False),
    ("ordered-nest 10000", "1. " * 10000 + "x", False),
    ("headings 2500", "## Heading\n\ntext\n\n" * 2500, False),
    ("headings 5000", "## Heading\n\ntext\n\n" * 5000, False),
    ("headings 10000", "## Heading\n\ntext\n\n" * 10000, False),
    ("headings 50000", "## Heading\n\ntext\n\n" * 50000, False),
    ("vars 200000", "{{ a }} " * 200000, True),
    ("www 100000", "www.a.com " * 100000, False),
    # nesting, more shapes
    ("emph-nest 150000", "*a **a " * 150000 + "b" + " a** a*" * 150000, False),
    ("stars 100000", "*" * 100000 + "a" + "*" * 100000, False),
    ("strike-nest 20000", "~~a " * 20000 + "b" + " a~~" * 20000, False),
    ("emph-toggle deep", "*a " * 99 + "**b** " * 400000 + " a*" * 99, False),
    ("emph-unclosed 10MiB", fill("*a **b _c __d "), False),
    ("blockquote-nest 10000", "> " * 10000 + "x", False),
    ("blockquote-nest 1M", "> " * 1000000 + "x", False),
    ("quote+list 20000", "> - " * 20000 + "x", False),
    ("bullet-nest 100000", "- " * 100000 + "x", False),
    ("list-stair 3000", "".join("  " * i + "- x\n" for i in range(3000)), False),
    ("footnote-nest 5000", "".join(f"[^{i}]: " for i in range(5000)) + "x\n", False),
    ("link-nest 10000", "[" * 10000 + "a" + "](b)" * 10000, False),
    ("image-nest 10000", "![" * 10000 + "a" + "](b)" * 10000, False),
    ("link-in-image 10000", "![[" * 10000 + "a" + "](b)](c)" * 10000, False),
    ("brackets-open 1M", "[" * 1000000, False),
    ("brackets 10MiB", fill("[a] "), False),
    ("span-nest 10000", "<span>" * 10000 + "x" + "</span>" * 10000, False),
    ("span-nest 100000", "<span>" * 100000 + "x" + "</span>" * 100000, False),
    ("div-nest 10000", "<div>\n" * 10000 + "x\n" + "</div>\n" * 10000, False),
    ("b-i-nest 50000", "<b><i>" * 50000 + "x" + "</i></b>" * 50000, False),
    ("sup-open 10MiB", fill("<sup>a "), False),
    # 10 MiB of one repeated line
    ("prose 10MiB", fill("We keep your data for as long as the law requires, and no longer.\n"), False),
    ("paragraphs 10MiB", fill("We keep your data.\n\n"), False),
    ("bullets 10MiB", fill("- an item of the list\n"), False),
    ("ordered 10MiB", fill("1. an item\n"), False),
    ("quotes 10MiB", fill("> a quoted line\n"), False),
    ("headings 10MiB", fill("## Heading\n"), False),
    ("h1 10MiB", fill("# H\n"), False),
    ("setext 10MiB", fill("H\n-\n"), False),
    ("code-fence 10MiB", "```\n" + fill("let x = 1\n", LIMIT - 8192) + "```\n", False),
    ("indented-code 10MiB", fill("    code\n"), False),
    ("breaks 10MiB", fill("---\n"), False),
    ("one-line 10MiB", fill("word "), False),
    ("hard-breaks 10MiB", fill("a  \n"), False),
    ("entities 10MiB", fill("&amp;&#123;&copy; "), False),
    ("code-spans 10MiB", fill("`a` "), False),
    ("backticks-unmatched 10MiB", fill("`` a ` "), False),
    ("emph-pairs 10MiB", fill("*a* **b** "), False),
    ("links 10MiB", fill("[a](https://example.com/x) "), False),
    ("anchor-links 10MiB", fill("[a](#nowhere) "), False),
    ("images 10MiB", fill("![a](b.png) "), False),
    ("ref-defs 10MiB", "".join(f"[r{i}]: /x{i}\n" for i in range(500000)), False),
    ("inline-html 10MiB", fill("<b>a</b> "), False),
    ("html-blocks 10MiB", fill("<div>a</div>\n\n"), False),
    ("www 10MiB", fill("www.a.com "), False),
    ("urls 10MiB", fill("https://a.com/x "), False),
    ("emails 10MiB", fill("a@b.co "), False),
    ("autolinks 10MiB", fill("<https://a.com> "), False),
    ("vars 10MiB", fill("{{ a }} "), True),
    ("vars-lines 10MiB", fill("{{ a }}\n"), True),
    ("vars-unknown 100000", "{{ b }} " * 100000, False),
    ("vars-malformed 10MiB", fill("{{ "), False),
    ("braces 10MiB", fill("{{"), False),
    ("placeholders 10MiB", fill("[Company Name] "), False),
    ("tasks 10MiB", fill("- [ ] a task\n"), False),
    ("table 10MiB", "| a | b |\n|---|---|\n" + fill("| x | y |\n", LIMIT - 8192), False),
    ("table-wide 5000", "|" + "a|" * 5000 + "\n|" + "-|" * 5000 + "\n" + ("|" + "x|" * 5000 + "\n") * 300, False),
    ("table-rows-wide 300", "| a | b |\n|---|---|\n" + ("|" + "x|" * 5000 + "\n") * 300, False),
    ("table 256 columns", "|" + "a|" * 256 + "\n|" + "-|" * 256 + "\n" + ("|" + "x|" * 256 + "\n") * 2000, False),
    ("colons 10MiB", fill("a: "), False),
    ("braces 240000", "{{ " * 240000, False),
    ("vars 240000", "{{ a }} " * 240000, True),
    ("marks under the estimate", "[a] " * 187000, False),
    ("footnotes 100000", "".join(f"a[^{i}] " for i in range(100000)) + "\n\n"
     + "".join(f"[^{i}]: note {i}\n" for i in range(100000)), False),
    ("footnote-refs 10MiB", "[^a]: the note\n\n" + fill("x[^a] ", LIMIT - 8192), False),
    ("same-heading-ids 10MiB", fill("## Heading\n\n"), False),
    ("custom-ids 50000", "".join("## Heading {#same}\n\n" for _ in range(50000)), False),
    ("heading-links 50000", "".join(f"## H{i}\n\n[x](#h{i})\n\n" for i in range(50000)), False),
    ("repeated-paragraph 10MiB", fill("The same paragraph again.\n\n"), False),
    ("cjk 10MiB", fill("個人情報を適切に管理します。\n"), False),
]


def site_with(binary, folder, body, variable):
    subprocess.run([binary, "init", folder], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    text_path = os.path.join(folder, "content/privacy/v1/en.md")
    with open(text_path, encoding="utf-8") as handle:
        text = handle.read()
    front_end = text.index("\n---\n", 4) + 5
    with open(text_path, "w", encoding="utf-8") as handle:
        handle.write(text[:front_end] + "\n" + body)
    if variable:
        config = os.path.join(folder, "policygen.yaml")
        with open(config, encoding="utf-8") as handle:
            yaml = handle.read()
        with open(config, "w", encoding="utf-8") as handle:
            handle.write(yaml.replace("variables:\n", "variables:\n  a: x\n", 1))
    return os.path.getsize(text_path)


def limit(address_bytes, cpu_seconds):
    def apply():
        resource.setrlimit(resource.RLIMIT_AS, (address_bytes, address_bytes))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    return apply


def run(binary, name, body, variable, timeout, address_limit, cpu_limit):
    folder = tempfile.mkdtemp(prefix="hostile-")
    try:
        site = os.path.join(folder, "site")
        size = site_with(binary, site, body, variable)
        command = ["/usr/bin/time", "-v", binary, "build", "--source", site]
        start = time.monotonic()
        # A session of its own, so that a row past the timeout is ended with its build, not
        # only /usr/bin/time around it.
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   errors="replace", preexec_fn=limit(address_limit, cpu_limit),
                                   start_new_session=True)
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, 9)
            process.communicate()
            return dict(name=name, size=size, status=f"timeout {timeout:.0f}s", wall=time.monotonic() - start,
                        cpu=None, rss=None, first="")
        wall = time.monotonic() - start
        rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr)
        user = re.search(r"User time \(seconds\): ([\d.]+)", stderr)
        system = re.search(r"System time \(seconds\): ([\d.]+)", stderr)
        cpu = float(user.group(1)) + float(system.group(1)) if user and system else None
        status = re.search(r"Exit status: (\d+)", stderr)
        signal = re.search(r"Command terminated by signal (\d+)", stderr)
        wall_v = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", stderr)
        if wall_v:
            wall = int(wall_v.group(1) or 0) * 3600 + int(wall_v.group(2)) * 60 + float(wall_v.group(3))
        lines = [line for line in (stdout + "\n" + stderr).splitlines()
                 if line.strip() and not line.startswith("\t") and "Command being timed" not in line
                 and "Command exited" not in line and "Command terminated" not in line]
        diagnostic = next((line for line in lines if re.search(r": (error|warning): ", line)),
                          next((line for line in lines if "Fatal" in line or "error" in line.lower()), ""))
        return dict(name=name, size=size,
                    status=f"signal {signal.group(1)}" if signal else (status.group(1) if status else "?"),
                    wall=wall, cpu=cpu, rss=int(rss.group(1)) / 1024 if rss else None, first=diagnostic.strip()[:110])
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def size_text(size):
    return f"{size / MIB:.1f} MiB" if size >= MIB else f"{size / 1024:.0f} KB"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--binary", default=os.path.join(here, "..", ".build/release/policygen"))
    parser.add_argument("--timeout", type=float, default=300, help="wall seconds")
    parser.add_argument("--cpu-limit", type=int, default=20,
                        help="CPU seconds (RLIMIT_CPU; a row over it ends with signal 24), which a busy machine does not stretch")
    parser.add_argument("--address-limit-gib", type=float, default=4,
                        help="address-space limit of the build (RLIMIT_AS), so that a runaway row cannot take the machine")
    parser.add_argument("--only", action="append", default=[])
    parser.add_argument("--markdown", action="store_true")
    options = parser.parse_args()
    binary = os.path.abspath(options.binary)
    rows = [row for row in ROWS if not options.only or any(word in row[0] for word in options.only)]
    if options.markdown:
        print("| row | size | exit | wall s | CPU s | peak MiB | first diagnostic |")
        print("|---|---|---|---|---|---|---|")
    else:
        print(f"{'row':26} {'size':>9} {'exit':>10} {'wall s':>7} {'CPU s':>7} {'MiB':>7}  first diagnostic")
    for name, body, variable in rows:
        result = run(binary, name, body, variable, options.timeout, int(options.address_limit_gib * 1024 * MIB),
                     options.cpu_limit)
        rss = f"{result['rss']:.0f}" if result["rss"] is not None else "-"
        cpu = f"{result['cpu']:.2f}" if result["cpu"] is not None else "-"
        if options.markdown:
            first = result["first"].replace("|", "\\|")
            print(f"| {name} | {size_text(result['size'])} | {result['status']} | {result['wall']:.2f} | {cpu} | {rss} | {first} |")
        else:
            print(f"{name:26} {size_text(result['size']):>9} {result['status']:>10} {result['wall']:7.2f} {cpu:>7} {rss:>7}  {result['first']}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
