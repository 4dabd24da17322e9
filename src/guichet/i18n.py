"""Translation plumbing shared by the UI and the command line.

Source strings are English; French ships complete and is the default. Only
QtCore is used here, so non-widget layers can phrase messages too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from guichet.paths import resources_dir

DEFAULT_LANGUAGE = "fr"

# Installed translators must stay referenced or Qt drops them.
_installed: list[QTranslator] = []


#: Called with literal arguments everywhere so that lupdate finds the strings.
translate = QCoreApplication.translate


def install_translations(language: str = DEFAULT_LANGUAGE) -> bool:
    """Load guichet's and Qt's own catalogues for ``language``.

    Returns False when guichet's catalogue is missing, so the caller can say
    so instead of silently showing English.
    """
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    found = False
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (f"qtbase_{language}", qt_dir),
        (f"guichet_{language}", str(compiled_dir())),
    ):
        translator = QTranslator()
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
            found = found or name.startswith("guichet")
    return found or language == "en"


def compiled_dir() -> Path:
    return resources_dir() / "i18n"
