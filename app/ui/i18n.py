"""The UI's words in the employee's language: Qt's translation system over resources/i18n.

Every user-visible string in app/ui goes through `translate(context, text[, disambiguation, n])`
(`QCoreApplication.translate`), which `pyside6-lupdate` extracts into resources/i18n/*.ts;
`tests/unit/ui/test_i18n_marking.py` fails on a literal that skips it. Plurals pass `n`: the
source says "%n segment(s)" and each catalogue (English included) gives its forms.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

translate = QCoreApplication.translate

_installed: list[QTranslator] = []


def install_language(language: str | None) -> str:
    """Load `language`'s catalogue (None: the system's) (and Qt's own for standard buttons) into the application.

    Returns the language whose catalogue was loaded ("en" when there is none for `language`).
    The Qt-free layers (status words, consent summary, CLI) follow through app.core.i18n.
    """
    from app.core import i18n as core_i18n

    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    chosen = core_i18n.set_language(language)
    ours = QTranslator(app)
    if ours.load(str(core_i18n.catalogue_path(chosen))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_base = QTranslator(app)
    from PySide6.QtCore import QLibraryInfo

    if chosen != "en" and qt_base.load(QLocale(chosen), "qtbase", "_",
                                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    QLocale.setDefault(format_locale(chosen))
    return chosen


def format_locale(language: str) -> QLocale:
    """Dates, times and numbers: the system's locale when it speaks `language` (so an en_US employee
    keeps 12-hour times and a de_AT one Austrian dates), else the language's own defaults."""
    from app.core import i18n as core_i18n

    system = QLocale.system()
    if language == core_i18n.PSEUDO or system.name().split("_")[0] in (language, "C"):
        return system
    return QLocale(language)
