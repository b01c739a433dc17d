#!/usr/bin/env python3
"""Writes a one-text site whose text is made to be hard on the checks.

    gen_check_text.py --kb 1024 --per-mb 1000 [--shape mixed] --out DIR

DIR gets policygen.yaml (languages en and ja) and content/privacy/v1/en.md (ja.md for the
cjk shape): a body of about KB kilobytes holding PER_MB sections per megabyte, spread evenly
through ordinary prose, each section with the findings of its shape:

- mixed: one finding of each kind the checks report in a text (a broken in-page anchor, a
  placeholder, an empty reference, an empty link, a repeated paragraph, Japanese in the
  English text, a skipped heading level, raw HTML, an http:// link, Liquid markup, a
  placeholder link target, a root-relative link to no page);
- placeholders: ten PG202 (bracketed blanks, some written with escapes and in table cells,
  markers, runs of X, lorem ipsum), beside citation numbers and format examples it must leave;
- repeats: ten PG205 (paragraphs and list items written twice), beside repetitions it must
  leave (a lead-in before each list, a clause again in another section);
- gaps: ten PG203 ("contact us at .", "E-mail: .", "at  or"), beside coordinated prepositions
  it must leave ("sent to or received from");
- cjk: a Japanese text: blanks 〇〇, empty 「」, "。までご連絡ください", "メール：。", Cyrillic words,
  a Latin word in full-width brackets, in Japanese prose.

The text is written by this script; the same arguments give the same bytes. Standard
library only.
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


def placeholders_slot(rng, number):
    """Ten PG202, and brackets and X it must leave alone."""
    return "\n".join([
        f"## Section {number}",
        "",
        sentence(rng) + f" The notice period is [10] days and the fee goes to [Company Name] at [Company Address].",
        f"Send it to [email protected] or to \\[insert date\\]. TODO finish clause {number}.",
        f"Call XXX-XXXX or write in the format (XXX) XXX-XXXX, as cited in [{3 * number}], [{3 * number + 1}] and [{3 * number + 2}].",
        "",
        "| Item | Value |",
        "|---|---|",
        f"| Controller | [Legal Entity Name] |",
        f"| Period {number} | [•] months |",
        "",
        f"Lorem ipsum dolor sit amet, {sentence(rng, 6)} [NAME OF ENTITY] applies [sic] to the [T]erms.",
        "",
    ])


def repeats_slot(rng, number):
    """Ten PG205, and repetitions it must leave alone."""
    paragraphs = [sentence(rng, 10) + f" Clause {number}.{k} applies." for k in range(6)]
    items = [sentence(rng, 9) + f" Item {number}.{k}." for k in range(4)]
    lead = f"We do not allow content {number} that breaks any of these rules written below:"
    return "\n".join([
        f"## Section {number}",
        "",
        paragraphs[0], "", paragraphs[0], "",
        paragraphs[1], "", paragraphs[2], "", paragraphs[1], "",
        paragraphs[3], "", paragraphs[3], "", paragraphs[3], "",
        lead, "",
        *[f"- {item}" for item in items], *[f"- {item}" for item in items[:3]], "",
        lead, "",
        *[f"- {item}" for item in items], "",
        paragraphs[4], "", paragraphs[5], "", paragraphs[4], "", paragraphs[5], "",
        f"### Supplement {number}",
        "",
        paragraphs[2],
        "",
    ])


def gaps_slot(rng, number):
    """Ten PG203, and coordinated prepositions it must leave alone."""
    return "\n".join([
        f"## Section {number}",
        "",
        sentence(rng) + " If you have questions, contact us at . You can also write to us at  or call us.",
        f"Requests should be emailed to . Data is sent to or received from partner {number}.",
        "We make records available to or instruct our processors. Reach our office via .",
        "",
        "E-mail: .",
        "Phone: .",
        "",
        f"Complaints {number} can be sent to , and we answer within a month. Visit us on .",
        "Notices are sent to and from the account holder. Contact our team at .",
        "",
    ])


JA_WORDS = ("個人情報 お客様 当社 利用 目的 提供 管理 安全 第三者 同意 取得 保存 期間 削除 請求 開示 訂正 "
            "窓口 サービス 情報 記録 法令 委託 契約").split()


def ja_sentence(rng, words=10):
    return "の".join(rng.choice(JA_WORDS) for _ in range(words)) + "について定めます。"


def cjk_slot(rng, number):
    """Japanese findings: blanks, empty quotes and references, foreign script."""
    return "\n".join([
        f"## 第{number}条",
        "",
        ja_sentence(rng) + f"「」までお知らせください。当社名は〇〇株式会社、代表者は○○です。",
        f"ご質問は。までご連絡ください。メール：。電話：。詳細は『』をご覧ください。",
        f"Политика конфиденциальности {number} はロシア語版です。二〇〇五年の規程と「〇〇年〇〇月」の書式は例です。",
        "",
        ja_sentence(rng) + ja_sentence(rng),
        "",
        "| 項目 | 内容 |",
        "|---|---|",
        "| 会社名 | 〇〇 |",
        "| 住所 | （ ） |",
        "",
    ])


SHAPES = {"mixed": slot, "placeholders": placeholders_slot, "repeats": repeats_slot, "gaps": gaps_slot,
          "cjk": cjk_slot}
# Sections per megabyte when --per-mb is not given: as many as leave room for some prose.
PER_MB = {"mixed": 1000, "placeholders": 500, "repeats": 400, "gaps": 600, "cjk": 500}


def ja_filler(rng, size):
    parts, length = [], 0
    while length < size:
        paragraph = "".join(ja_sentence(rng) for _ in range(3))
        parts.append(paragraph + "\n")
        length += len(paragraph.encode()) + 1
    return "\n".join(parts)


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
    parser.add_argument("--per-mb", type=int, help="sections per megabyte (default: 1000 for mixed, fewer for the "
                        "other shapes, whose sections are longer)")
    parser.add_argument("--shape", choices=sorted(SHAPES), default="mixed")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    rng = random.Random(17)
    per_mb = args.per_mb or PER_MB[args.shape]
    size = args.kb * 1024
    slots = max(1, round(per_mb * args.kb / 1024))
    sections = [SHAPES[args.shape](rng, n) for n in range(1, slots + 1)]
    used = sum(len(s.encode()) for s in sections)
    # The rest of the size is ordinary prose, shared between the sections.
    spare = max(0, size - used) // slots
    prose = ja_filler if args.shape == "cjk" else filler
    body = "\n".join(section + "\n" + prose(rng, spare) for section in sections)
    folder = os.path.join(args.out, "content", "privacy", "v1")
    os.makedirs(folder, exist_ok=True)
    language = "ja" if args.shape == "cjk" else "en"
    with open(os.path.join(args.out, "policygen.yaml"), "w", encoding="utf-8") as f:
        f.write(CONFIG.replace("default_language: en", f"default_language: {language}"))
    with open(os.path.join(folder, f"{language}.md"), "w", encoding="utf-8") as f:
        f.write("---\ntitle: Privacy Policy\neffective: 2024-01-01\n---\n" + body)
    print(f"{args.out}: {len(body.encode()) / 1024:.0f} KB, {slots} sections of the {args.shape} shape")


if __name__ == "__main__":
    main()
