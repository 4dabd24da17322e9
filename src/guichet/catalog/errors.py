"""A catalogue problem, precise enough for a site's technician to fix the file."""

from __future__ import annotations

from guichet.i18n import translate


class CatalogError(Exception):
    """``file`` and ``entry`` locate the fault; ``detail`` is already phrased."""

    def __init__(self, file: str, entry: str | None, detail: str) -> None:
        super().__init__(f"{file}: {entry}: {detail}")
        self.file = file
        self.entry = entry
        self.detail = detail

    def message(self) -> str:
        if self.entry:
            return translate(
                "CatalogError", "The catalogue file “{file}” is invalid, at {entry}: {detail}"
            ).format(file=self.file, entry=self.entry, detail=self.detail)
        return translate("CatalogError", "The catalogue file “{file}” is invalid: {detail}").format(
            file=self.file, detail=self.detail
        )
