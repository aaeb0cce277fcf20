"""Is this computer on AC power? For the policy's "upload only on AC power" option.

psutil answers on every platform when it is installed; without it, Linux's sysfs is read; where
neither can tell (or there is no battery), the machine is taken to be on AC power.
"""

from __future__ import annotations

from pathlib import Path

_SYSFS = Path("/sys/class/power_supply")


def on_ac_power(sysfs: Path = _SYSFS) -> bool:
    """True unless a battery is known to be discharging."""
    try:
        import psutil
    except ImportError:
        return _sysfs_on_ac(sysfs)
    sensors = getattr(psutil, "sensors_battery", None)
    battery = sensors() if sensors is not None else None
    if battery is None or battery.power_plugged is None:
        return _sysfs_on_ac(sysfs)
    return bool(battery.power_plugged)


def _sysfs_on_ac(sysfs: Path) -> bool:
    if not sysfs.is_dir():
        return True
    mains = []
    for supply in sysfs.iterdir():
        kind = _read(supply / "type")
        if kind == "Mains":
            mains.append(_read(supply / "online") == "1")
    if not mains:
        return True  # a desktop, or no information
    return any(mains)


def _read(path: Path) -> str:
    try:
        return path.read_text().strip()
    except OSError:
        return ""
