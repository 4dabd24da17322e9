import shutil

from guichet.paths import shipped_catalog_dir
from guichet.services.desk import open_desk
from guichet.ui.main_window import MainWindow


def test_broken_catalogue_is_announced_and_the_desk_keeps_working(qtbot, tmp_path):
    catalog_dir = tmp_path / "catalog"
    shutil.copytree(shipped_catalog_dir(), catalog_dir)
    data_dir = tmp_path / "data"
    open_desk(data_dir, catalog_dir, demo=True).close()  # a good catalogue was seen once

    (catalog_dir / "procedures" / "justice.json").write_text(
        '{"procedures": [{}]}', encoding="utf-8"
    )
    desk = open_desk(data_dir, catalog_dir, demo=True)
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(desk)
    window.show()

    assert window.banner.isVisible()
    text = window.banner_text.text()
    assert "Le fichier du catalogue « procedures/justice.json » est invalide" in text
    assert "la démarche n° 1" in text
    assert "guichet continue avec le dernier catalogue valide" in text
    assert desk.index.search("casier", 1)
    desk.close()
