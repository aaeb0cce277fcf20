"""macOS privacy permissions, read (never assumed) before capture starts.

| permission | what needs it | without it |
|---|---|---|
| Input Monitoring (or Accessibility) | the keyboard and mouse event tap | input cannot start: a clear KnownError |
| Screen Recording | window titles (kCGWindowName) and screenshots of other apps | titles cannot be read, so title-based exclusions could not work: the focus is reported unknown and no keys are stored; the gap names the permission |

MDM cannot grant Input Monitoring or Screen Recording (packaging/macos/airlock-pppc.mobileconfig):
the employee switches them on once in System Settings › Privacy & Security.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.capture.macos.frameworks import MacFrameworks

SETTINGS_PATH = "System Settings › Privacy & Security"
SCREEN_RECORDING_OFF = ("Screen Recording permission is off: window titles cannot be read, so no keys are "
                        f"stored (exclusions match titles). Switch it on for Airlock in {SETTINGS_PATH} › Screen Recording.")


@dataclass(frozen=True)
class MacPermissions:
    accessibility: bool
    input_monitoring: bool
    screen_recording: bool

    @property
    def input_allowed(self) -> bool:
        """A listen-only event tap works with Input Monitoring, or with Accessibility."""
        return self.input_monitoring or self.accessibility


def read_permissions(frameworks: MacFrameworks) -> MacPermissions:
    """The three permissions as the system reports them now (preflight calls never prompt)."""
    quartz = frameworks.quartz
    return MacPermissions(accessibility=bool(frameworks.hiservices.AXIsProcessTrusted()),
                          input_monitoring=bool(quartz.CGPreflightListenEventAccess()),
                          screen_recording=bool(quartz.CGPreflightScreenCaptureAccess()))


def input_refusal(permissions: MacPermissions) -> tuple[str, str] | None:
    """(message, hint) when keyboard and mouse cannot be captured, else None."""
    if permissions.input_allowed:
        return None
    return ("macOS has not allowed Airlock to monitor input.",
            f"Switch on Airlock in {SETTINGS_PATH} › Input Monitoring (and Accessibility), then restart it.")
