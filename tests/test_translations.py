"""French is complete and every visible string goes through Qt's translation."""

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FRENCH = ROOT / "translations" / "guichet_fr.ts"


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {
        (context.findtext("name"), message.findtext("source")): message.find("translation")
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    }


def test_every_french_translation_is_finished() -> None:
    unfinished = [
        source
        for (_, source), translation in messages(FRENCH).items()
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not translation.text
    ]
    assert unfinished == []


def test_the_french_file_covers_every_string_in_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "src" / "guichet").rglob("*.py"))
    lupdate = Path(__import__("sys").executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(fresh), "-locations", "none"],
        check=True,
        capture_output=True,
    )
    missing = set(messages(fresh)) - set(messages(FRENCH))
    assert missing == set(), "run scripts/update-translations and translate"


def test_placeholders_survive_translation() -> None:
    import re

    for (_, source), translation in messages(FRENCH).items():
        assert set(re.findall(r"{\w+}", source)) == set(re.findall(r"{\w+}", translation.text)), (
            source
        )
