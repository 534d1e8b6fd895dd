#!/usr/bin/env python3
"""Fill the English numerus forms of tenure_en.ts after lupdate.

The source strings are English with "(s)" plurals ("%n change(s)"); Qt turns them into
"1 change" / "5 changes" only through a translation, so English is translated here:
the singular drops "(s)", the plural spells it "s". Other messages stay unfinished, so the
source text is used. Run after `cmake --build <dir> --target update_translations`.
"""
import re
import sys
from pathlib import Path

path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("tenure_en.ts"))
text = path.read_text(encoding="utf-8")

message = re.compile(r'(<message numerus="yes">\s*<source>(.*?)</source>\s*)<translation[^>]*>.*?</translation>',
                     re.S)


def fill(match):
    head, source = match.group(1), match.group(2)
    singular = source.replace("(s)", "")
    plural = source.replace("(s)", "s")
    return (f"{head}<translation>\n            <numerusform>{singular}</numerusform>\n"
            f"            <numerusform>{plural}</numerusform>\n        </translation>")


filled, count = message.subn(fill, text)
path.write_text(filled, encoding="utf-8")
print(f"{path}: {count} numerus messages filled")
