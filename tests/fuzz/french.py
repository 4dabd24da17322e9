"""Checks that a message shown to a user is one of guichet's French phrasings.

The suite runs under the French translation; a message that is not built
from a translated template (an English source left untranslated, a raw
exception text, a traceback) matches none of them.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from xml.etree import ElementTree

TRANSLATIONS = Path(__file__).parents[2] / "translations" / "guichet_fr.ts"


@cache
def templates(context: str) -> tuple[re.Pattern[str], ...]:
    """Each French message of ``context`` as a pattern, any text in its {placeholders}."""
    root = ElementTree.parse(TRANSLATIONS).getroot()
    patterns = []
    for element in root.iter("context"):
        if element.findtext("name") != context:
            continue
        for message in element.iter("message"):
            french = message.findtext("translation") or ""
            parts = re.split(r"\{\w+\}", french)
            patterns.append(re.compile(".*".join(map(re.escape, parts)), re.DOTALL))
    assert patterns, f"no French messages for {context}"
    return tuple(patterns)


def is_french(text: str, context: str) -> bool:
    return bool(text.strip()) and any(p.fullmatch(text) for p in templates(context))
