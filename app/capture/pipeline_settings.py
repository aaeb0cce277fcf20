"""What the capture pipeline needs from the effective policy, as one frozen value."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.capture.frame_change import FrameTiming
from app.capture.frame_encoder import EncoderSettings
from app.policy.model import MonitorChoice, Policy
from app.policy.rules.exclusions import DEFAULT_EXCLUSIONS, ExclusionRule
from app.policy.rules.keystrokes import KeystrokeRules


@dataclass(frozen=True)
class PipelineSettings:
    keystrokes: KeystrokeRules = field(default_factory=KeystrokeRules)
    exclusions: tuple[ExclusionRule, ...] = DEFAULT_EXCLUSIONS
    idle_gap_s: float = 60.0
    max_segment_s: float = 300.0
    frame_timing: FrameTiming = FrameTiming()
    encoder: EncoderSettings = EncoderSettings()
    screenshots: bool = True
    all_monitors: bool = False
    key_flush_idle_s: float = 1.0  # held (secret-checked) keystrokes are released after this idle
    health_interval_s: float = 1.0  # sources checked this often (the only wake-up while idle)
    max_move_hz: float = 30.0
    reorder_hold_s: float = 0.25  # focus and input wait this long to be put in time order
    # Input stamped this close to an excluded window's focus is dropped: hook and probe threads stamp
    # independently, a few milliseconds apart (more under load). It costs a key or two typed in the
    # first instant after leaving a password manager, never a key typed into it.
    exclusion_margin_s: float = 0.05


def settings_from_policy(policy: Policy) -> PipelineSettings:
    """The pipeline settings the effective policy asks for."""
    capture = policy.capture
    return PipelineSettings(
        keystrokes=KeystrokeRules(policy.keystroke_default, dict(policy.keystroke_per_app)),
        exclusions=tuple(policy.exclusions),
        idle_gap_s=capture.idle_gap_s,
        max_segment_s=capture.max_segment_s,
        frame_timing=FrameTiming(forced_interval_s=capture.screenshot_interval_s,
                                 change_threshold=capture.change_threshold),
        encoder=EncoderSettings(scale=capture.scale, jpeg_quality=capture.jpeg_quality,
                                full_size_until_read=policy.scan.enabled),
        screenshots=capture.screenshots,
        all_monitors=capture.monitors == MonitorChoice.ALL.value,
    )
