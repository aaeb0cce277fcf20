"""Airlock's override of PyInstaller's PySide6.QtGui hook: the same, minus plugins we never load.

Filtering here (not after Analysis) matters: PyInstaller collects a plugin's shared-library
dependencies after the hooks run, so a plugin dropped here does not drag its libraries in.
The GTK3 platform theme alone pulls in GTK, GDK, cairo, pango and friends (~20 MB); the
embedded-Linux platforms (eglfs, linuxfb, vnc, Vulkan KHR display) and evdev input plugins
are for kiosk devices, not desktops. Qt falls back to its own Fusion style without the theme.
"""

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

UNUSED_PLUGINS = (
    "platformthemes/libqgtk3",
    "platforms/libqeglfs",
    "platforms/libqlinuxfb",
    "platforms/libqvnc",
    "platforms/libqvkkhrdisplay",
    "platforms/libqminimalegl",
    "platforms/qvkkhrdisplay",
    "egldeviceintegrations/",
    "generic/",
)


def _unused(source: str) -> bool:
    normalized = source.replace("\\", "/")
    return any(f"/plugins/{part}" in normalized for part in UNUSED_PLUGINS)


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, dest) for source, dest in binaries if not _unused(source)]
