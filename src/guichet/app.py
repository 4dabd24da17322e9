"""Composition root: reads the command line, builds the desk, runs Qt.

Imports are staged so the window appears first: Qt and the window come in
before the database layer, which is imported once the window is on screen.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from guichet import __version__

DATA_DIR_ENV = "GUICHET_DATA_DIR"


def _common(parser: argparse.ArgumentParser, defaults: bool) -> None:
    """Options every command takes, before or after the command's name."""
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=(os.environ.get(DATA_DIR_ENV) or None) if defaults else argparse.SUPPRESS,
        help=f"folder of the site's database (default: ${DATA_DIR_ENV}, else the app-data folder)",
    )
    parser.add_argument(
        "--language",
        default="fr" if defaults else argparse.SUPPRESS,
        help="interface language (fr, en)",
    )
    parser.add_argument(
        "--catalog-dir",
        type=Path,
        default=None if defaults else argparse.SUPPRESS,
        help=argparse.SUPPRESS,
    )


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="guichet", description="France Services front desk")
    parser.add_argument("--version", action="version", version=f"guichet {__version__}")
    _common(parser, defaults=True)
    parser.add_argument("--demo", action="store_true", help="seed a demo site when none exists")
    parser.add_argument(
        "--kiosk", action="store_true", help="self-service touchscreen mode (locked, full screen)"
    )
    parser.add_argument(
        "--screenshot", type=Path, metavar="DIR", help="render the main screens to DIR and exit"
    )
    # For the start-up benchmark: quit once the window is shown, or once the desk is usable.
    parser.add_argument("--exit-after", choices=("shown", "ready"), help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    catalog = commands.add_parser("catalog", help="check, search or enrich the catalogue")
    catalog_commands = catalog.add_subparsers(dest="catalog_command", required=True)
    check = catalog_commands.add_parser("check", help="validate the shipped and local catalogue")
    search = catalog_commands.add_parser("search", help="print the top 5 procedures for a query")
    search.add_argument("query")
    dila = catalog_commands.add_parser(
        "import-dila", help="import the service-public.fr open data archive (zip of F*.xml)"
    )
    dila.add_argument("archive", type=Path)
    demo = commands.add_parser("demo-data", help="fill the demo site with months of activity")
    demo.add_argument("--months", type=int, default=3)
    enrol = commands.add_parser("enroll", help="join the site's hub with a one-time code")
    enrol.add_argument("--hub", required=True, metavar="URL")
    enrol.add_argument(
        "--code", help="the one-time code; without it, it is asked for (kept off the process list)"
    )
    sync = commands.add_parser("sync", help="one sync round with the hub")
    export = commands.add_parser(
        "export", help="write a month's requests for the national reporting (CSV or XLSX)"
    )
    export.add_argument("--month", required=True, metavar="YYYY-MM", help="e.g. 2026-10")
    export.add_argument("--format", choices=("csv", "xlsx"), default="csv")
    export.add_argument("--output", type=Path, required=True, metavar="PATH")
    restore = commands.add_parser(
        "restore", help="put the latest backup (or --from FILE) in place of the database"
    )
    restore.add_argument("--from", dest="backup_file", type=Path, metavar="FILE")
    for sub in (catalog, check, search, dila, demo, enrol, sync, export, restore):
        _common(sub, defaults=False)
    return parser.parse_args(argv)


def default_data_dir() -> Path:
    from PySide6.QtCore import QStandardPaths

    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.command:
        from guichet.cli import run

        return run(args)
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif _no_screen():
        return _refuse_without_screen(args.language)

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setApplicationName("guichet")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    _set_icon(app)

    from guichet.i18n import install_translations
    from guichet.ui import style
    from guichet.ui.main_window import MainWindow

    install_translations(args.language)
    style.apply(app)
    data_dir = (args.data_dir or default_data_dir()).expanduser().resolve()
    if args.kiosk:
        return _kiosk(app, data_dir, args)
    window = MainWindow()

    if args.screenshot:
        if not _attach(window, data_dir, args):
            return 2
        from guichet.ui import screenshots

        for path in screenshots.render(window, args.screenshot):
            print(path)
        window.desk.close()
        return 0

    window.show()
    window.activateWindow()  # take the keyboard even where no window manager gives it
    if args.exit_after == "shown":
        QTimer.singleShot(0, app.quit)
        return app.exec()

    failed: list[int] = []

    def ready() -> None:
        if not _attach(window, data_dir, args):
            failed.append(2)
            app.quit()
        elif args.exit_after == "ready":
            app.quit()
        else:
            window.start_sync()

    app.processEvents()  # paint the window before loading the event loop's library
    _run_with_asyncio(app, ready)
    if window.desk is not None:
        window.desk.close()
    return failed[0] if failed else 0


def _set_icon(app) -> None:
    """Task bar and window icon; Wayland compositors find it through the .desktop name.
    QIcon reads the file only when a window first needs it."""
    from PySide6.QtGui import QIcon

    from guichet.paths import resources_dir

    app.setDesktopFileName("guichet")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "guichet.png")))


def _run_with_asyncio(app, first) -> None:
    """The Qt loop runs asyncio too (qasync), for the background sync."""
    import asyncio

    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    closing = asyncio.Event()
    app.aboutToQuit.connect(closing.set)
    loop.call_soon(first)
    with loop:
        loop.run_until_complete(closing.wait())


def _kiosk(app, data_dir: Path, args: argparse.Namespace) -> int:
    """The touchscreen: locked full screen; a damaged database or no site is said plainly."""
    from guichet.paths import shipped_catalog_dir
    from guichet.ui.errors import show_kiosk_without_site
    from guichet.ui.kiosk.kiosk_window import KioskWindow
    from guichet.ui.recovery import open_or_recover

    catalog_dir = args.catalog_dir or shipped_catalog_dir()
    desk = open_or_recover(None, data_dir, catalog_dir, args.demo, _someone_there(args))
    if desk is None:
        return 2
    if desk.site is None:
        show_kiosk_without_site()
        desk.close()
        return 2
    window = KioskWindow(desk, catalog_dir)
    if args.screenshot:
        from guichet.ui.kiosk.screenshots import render

        for path in render(window, args.screenshot):
            print(path)
        window._unlocked = True
        window.close()
        desk.close()
        return 0
    window.showFullScreen()
    window.activateWindow()
    status = app.exec()
    desk.close()
    return status


def _someone_there(args: argparse.Namespace) -> bool:
    """Whether a question can be asked: not for screenshots nor without a real screen."""
    return not args.screenshot and os.environ.get("QT_QPA_PLATFORM") != "offscreen"


def _no_screen() -> bool:
    """Qt aborts the whole process without a screen: say so plainly instead."""
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )


def _refuse_without_screen(language: str) -> int:
    from PySide6.QtCore import QCoreApplication

    from guichet.i18n import install_translations, translate

    _app = QCoreApplication([sys.argv[0]])
    install_translations(language)
    message = translate(
        "App",
        "guichet: no screen is available (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
        "Start guichet from a graphical session, or use --screenshot DIR.",
    )
    print(message, file=sys.stderr)
    return 2


def _attach(window, data_dir: Path, args: argparse.Namespace) -> bool:
    """Open the site's data; a damaged database gets a French message and the
    latest backup is offered, never a traceback."""
    from guichet.paths import shipped_catalog_dir
    from guichet.ui.recovery import open_or_recover

    catalog_dir = args.catalog_dir or shipped_catalog_dir()
    desk = open_or_recover(window, data_dir, catalog_dir, args.demo, _someone_there(args))
    if desk is None:
        return False
    window.attach(desk)
    return True
