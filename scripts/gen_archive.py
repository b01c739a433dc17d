#!/usr/bin/env python3
"""Writes a corpus shaped like the policy archives people already have.

    gen_archive.py --out DIR [--scale 1.0]

DIR gets policygen.yaml (en and ja) and content/<policy>/<date>/<lang>.md for three policy
sets with the shapes of real published histories, all of them in the past:

  privacy    300 versions, 5 KB growing to 120 KB; the title repeated as a level-1 heading,
             a stated effective date, a language switcher, citations written \\[12\\] with
             their notes, tables with HTML in cells, "Back to top" links
  terms      240 versions, 30 KB to 60 KB; sections that start at ###, Liquid tags left by
             Jekyll, a Japanese translation of the first 30 versions (then no longer kept
             up, as some sites' were; shared/bench's prep_layouts.py pairs each text with
             the previous version's in its language, so a language cannot start later)
  community   40 versions, 200 KB to 800 KB; the same lead-in before different lists, the
             same data list under each legal basis, a regional supplement repeating clauses,
             root-relative links to the company's help pages

Consecutive versions differ by one or two edited sections (now and then none: a version
identical to the one before). A few real defects are sprinkled in. --scale multiplies the
number of versions. Every sentence is generated here; the same arguments give the same bytes.
Standard library only.
"""
import argparse
import datetime
import os
import random

WORDS = ("data account service request record consent purpose provider notice period member "
         "payment device address country partner security access right law claim message "
         "review transfer storage support update setting report contract fee content user "
         "profile cookie region authority complaint retention deletion").split()
JA_WORDS = ("データ アカウント サービス 請求 記録 同意 目的 提供者 通知 期間 会員 支払 端末 住所 国 "
            "提携先 安全 権利 法令 苦情 保存 削除 設定 報告 契約 料金 利用者").split()
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
LEAD_INS = ["We do not allow content that:", "You agree not to use the service to:",
            "We may share information with:"]
BASES = ["consent", "contract", "legal obligation", "legitimate interests"]

CONFIG = """title: Archive benchmark
base_url: https://legal.example.com/
languages:
  - code: en
    name: English
  - code: ja
    name: 日本語
default_language: en
"""


def sentence(rng, words=None):
    words = words or rng.randint(9, 22)
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def ja_sentence(rng):
    return "".join(rng.choice(JA_WORDS) for _ in range(rng.randint(6, 14))) + "。"


def defect(rng):
    return rng.choice([
        "Write to [email protected] with any question.",
        "Reports should be emailed to .",
        "Send the form to [reporting email] and keep a copy.",
        "A translation is available: [French version](add link).",
        "{% data variables.contact.report_abuse %}",
    ])


class Policy:
    def __init__(self, slug, title, versions, smallest, largest, start, step, heading, languages=("en",)):
        self.slug, self.title, self.versions = slug, title, versions
        self.smallest, self.largest = smallest, largest
        self.start, self.step, self.heading = start, step, heading
        self.languages = languages

    def section(self, index, revision, cite):
        """The section's Markdown and the citation numbers it used, made from its own seed."""
        rng = random.Random(f"{self.slug}-{index}-{revision}")
        level = self.heading
        parts = [f"{level} {index + 1}. {' '.join(rng.choice(WORDS) for _ in range(3)).title()}", ""]
        cited = []
        kind = index % 5
        for _ in range(rng.randint(2, 5)):
            text = " ".join(sentence(rng) for _ in range(rng.randint(3, 7)))
            if self.slug == "privacy" and rng.random() < 0.7:
                cited.append(cite + len(cited))
                text = text[:-1] + f" \\[{cited[-1]}\\]."
            if self.slug == "community" and rng.random() < 0.3:
                text += f" See [the help article](/articles/{rng.randint(1000, 99999)})."
            parts += [text, ""]
        if kind == 1:
            parts += [rng.choice(LEAD_INS), ""]
            parts += [f"- {sentence(rng, rng.randint(6, 12))}" for _ in range(rng.randint(3, 6))] + [""]
        elif kind == 2:
            parts += ["| Data | Purpose | Kept for |", "|---|---|---|"]
            for _ in range(rng.randint(3, 8)):
                parts.append(f"| {rng.choice(WORDS).title()}<br>{rng.choice(WORDS)} | "
                             f"<strong>{rng.choice(WORDS)}</strong> {sentence(rng, 6)} | "
                             f"{rng.randint(1, 36)} months, see <a href=\"https://example.com/{rng.choice(WORDS)}\">details</a> |")
            parts.append("")
        elif kind == 3 and self.slug == "community":
            items = [sentence(random.Random(f"{self.slug}-data-{n}"), 8) for n in range(5)]
            for basis in BASES:
                parts += [f"**Legal basis: {basis}.** We process:", ""] + [f"- {item}" for item in items] + [""]
        elif kind == 4 and self.slug == "terms":
            parts += ["{% note %}", "", sentence(rng), "", "{% endnote %}", ""]
        if rng.random() < 0.02:
            parts += [defect(rng), ""]
        if self.slug == "privacy":
            parts += ["[Back to top](#)", ""]
        return "\n".join(parts), cited

    def ja_section(self, index, revision):
        rng = random.Random(f"{self.slug}-ja-{index}-{revision}")
        parts = [f"{self.heading} {index + 1}. {''.join(rng.choice(JA_WORDS) for _ in range(2))}", ""]
        for _ in range(rng.randint(2, 4)):
            parts += ["".join(ja_sentence(rng) for _ in range(rng.randint(3, 6))), ""]
        return "\n".join(parts)


def stated(day):
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def generate(policy, out, scale):
    count = max(2, round(policy.versions * scale))
    rng = random.Random(policy.slug)
    revisions = []
    day = policy.start
    total = 0
    for number in range(count):
        target = policy.smallest + (policy.largest - policy.smallest) * number / max(1, count - 1)
        # One or two sections edited (none now and then: a version identical to the one before).
        if revisions and number % 25 != 24:
            for _ in range(rng.randint(1, 2)):
                revisions[rng.randrange(len(revisions))] += 1
        sections, size, cite, notes = [], 0, 1, []
        index = 0
        while size < target:
            if index == len(revisions):
                revisions.append(0)
            text, cited = policy.section(index, revisions[index], cite)
            cite += len(cited)
            notes += cited
            sections.append(text)
            size += len(text.encode())
            index += 1
        head = []
        if policy.slug == "privacy":
            head += [f"# {policy.title}", "", f"Effective date: {stated(day)}", "",
                     "[Русский](https://example.com/ru/privacy) · [日本語](https://example.com/ja/privacy)", ""]
        if policy.slug == "community":
            # The supplement repeats the first clauses for another region, on purpose.
            sections.append("## Supplement for residents of the region\n\n" + sections[0].split("\n\n", 1)[1])
        if notes:
            sections.append("## Notes\n\n" + "\n".join(f"\\[{n}\\] {sentence(random.Random(n), 8)}" for n in notes))
        body = "\n".join(head + sections) + "\n"
        version = day.isoformat()
        summary = "" if number == 0 or number % 40 == 7 else f"summary: Section {rng.randint(1, len(revisions))} reworded.\n"
        write(os.path.join(out, "content", policy.slug, version, "en.md"),
              f"---\ntitle: {policy.title}\neffective: {version}\n{summary}---\n{body}")
        total += len(body.encode())
        if "ja" in policy.languages and number < 30:
            ja = "\n".join(policy.ja_section(i, revisions[i]) for i in range(len(sections) - (1 if notes else 0)))
            write(os.path.join(out, "content", policy.slug, version, "ja.md"),
                  f"---\ntitle: 利用規約\neffective: {version}\n---\n{ja}\n")
        day += datetime.timedelta(days=policy.step)
    return count, total


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    policies = [
        Policy("privacy", "Privacy Policy", 300, 5_000, 120_000, datetime.date(2009, 1, 5), 17, "##"),
        Policy("terms", "Terms of Service", 240, 30_000, 60_000, datetime.date(2011, 3, 1), 20, "###", ("en", "ja")),
        Policy("community", "Community Guidelines", 40, 200_000, 800_000, datetime.date(2018, 2, 1), 60, "##"),
    ]
    os.makedirs(args.out, exist_ok=True)
    write(os.path.join(args.out, "policygen.yaml"), CONFIG)
    for policy in policies:
        count, total = generate(policy, args.out, args.scale)
        print(f"{policy.slug}: {count} versions, {total / 1e6:.1f} MB of bodies")


if __name__ == "__main__":
    main()
