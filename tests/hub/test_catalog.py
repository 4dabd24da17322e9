"""The shipped catalogue served as one document, revalidated with its ETag."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from guichet.hub import catalog
from guichet.paths import shipped_catalog_dir
from tests.hub.conftest import Hub


def test_catalog_is_one_document(hub: Hub) -> None:
    token = hub.token(hub.add_site())
    shipped = shipped_catalog_dir()
    head = json.loads((shipped / "catalog.json").read_text(encoding="utf-8"))

    response = hub.get("/v1/catalog", token)

    assert response.status_code == 200
    document = response.json()
    assert (document["version"], document["date"]) == (head["version"], head["date"])
    assert document["files"]["catalog.json"] == head
    procedures = {f"procedures/{path.name}" for path in (shipped / "procedures").glob("*.json")}
    assert set(document["files"]) == {"catalog.json"} | procedures
    caf = json.loads((shipped / "procedures" / "caf.json").read_text(encoding="utf-8"))
    assert document["files"]["procedures/caf.json"] == caf


def test_a_desk_with_this_version_downloads_nothing(hub: Hub) -> None:
    token = hub.token(hub.add_site())
    etag = hub.get("/v1/catalog", token).headers["ETag"]

    same = hub.get("/v1/catalog", token, headers={"If-None-Match": etag})
    listed = hub.get("/v1/catalog", token, headers={"If-None-Match": f'"old", W/{etag}'})
    other = hub.get("/v1/catalog", token, headers={"If-None-Match": '"old"'})

    assert etag.startswith('"')  # strong
    assert (same.status_code, same.content, same.headers["ETag"]) == (304, b"", etag)
    assert listed.status_code == 304
    assert other.status_code == 200
    assert other.headers["ETag"] == etag


def test_catalog_needs_a_token(hub: Hub) -> None:
    assert hub.get("/v1/catalog").status_code == 401
    assert hub.get("/v1/catalog", hub.admin_token()).status_code == 200


def test_etag_follows_the_content(tmp_path: Path) -> None:
    copy = tmp_path / "catalog"
    shutil.copytree(shipped_catalog_dir(), copy)
    before = catalog.build(copy)
    path = copy / "procedures" / "caf.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["procedures"][0]["title"] += " (modifié)"
    path.write_text(json.dumps(data), encoding="utf-8")

    after = catalog.build(copy)

    assert catalog.build(shipped_catalog_dir()).etag == before.etag
    assert after.etag != before.etag
