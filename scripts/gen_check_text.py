#!/usr/bin/env python3
"""Writes a one-text site whose text is made to be hard on the checks.

    gen_check_text.py --kb 1024 --per-mb 1000 --out DIR

DIR gets policygen.yaml (languages en and ja) and content/privacy/v1/en.md: a body of about
KB kilobytes holding, for every megabyte, PER_MB findings of each kind the checks report in a
text (a broken in-page anchor, a placeholder, an empty reference, an empty link, a repeated
paragraph, Japanese in the English text, a skipped heading level, raw HTML, an http:// link,
Liquid markup, a placeholder link target, a root-relative link to no page), spread evenly
through sections of ordinary prose. The text is written by this script; the same arguments
give the same bytes. Standard library only.
"""
import argparse
import os
import random

WORDS = ("data account service request record consent purpose provider notice period member "
         "payment device address country partner security access right law claim message "
         "review transfer storage support update setting report contract fee").split()

CONFIG = """title: Check benchmark
base_url: https://legal.example.com/
languages: [en, ja]
default_language: en
"""


def sentence(rng, words=12):
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def slot(rng, number):
    """One section with one finding of each kind."""
    repeated = " ".join(sentence(rng, 10) for _ in range(2)) + f" Clause {number} applies."
    return "\n".join([
        f"## Section {number}",
        "",
        f"#### Detail {number}",
        "",
        sentence(rng) + f" If you have questions, contact us at . See [the terms](#missing-{number}).",
        f"The fee is set by [Company Name] within a period {sentence(rng, 4)} "
        f"Questions go to our 窓口 in Tokyo. Read <span>this</span> first.",
        f"Visit [our partner](http://partner-{number}.example.org/) and [the help pages](/articles/{number}).",
        f"{{% data variables.contact.item_{number} %}} [French version](add link) and [write to us]().",
        "",
        repeated,
        "",
        repeated,
        "",
        " ".join(sentence(rng) for _ in range(3)),
        "",
    ])


def filler(rng, size):
    parts, length = [], 0
    while length < size:
        paragraph = " ".join(sentence(rng) for _ in range(4))
        parts.append(paragraph + "\n")
        length += len(paragraph) + 1
    return "\n".join(parts)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kb", type=int, default=1024)
    parser.add_argument("--per-mb", type=int, default=1000)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    rng = random.Random(17)
    size = args.kb * 1024
    slots = max(1, round(args.per_mb * args.kb / 1024))
    sections = [slot(rng, n) for n in range(1, slots + 1)]
    used = sum(len(s.encode()) for s in sections)
    # The rest of the size is ordinary prose, shared between the sections.
    spare = max(0, size - used) // slots
    body = "\n".join(section + "\n" + filler(rng, spare) for section in sections)
    folder = os.path.join(args.out, "content", "privacy", "v1")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(args.out, "policygen.yaml"), "w", encoding="utf-8") as f:
        f.write(CONFIG)
    with open(os.path.join(folder, "en.md"), "w", encoding="utf-8") as f:
        f.write("---\ntitle: Privacy Policy\neffective: 2024-01-01\n---\n" + body)
    print(f"{args.out}: {len(body.encode()) / 1024:.0f} KB, {slots} findings of each kind")


if __name__ == "__main__":
    main()
