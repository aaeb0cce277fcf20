"""The AT-SPI harness's reading of "who has the keyboard", on nodes as the bus reported them.

The rows below are the review window's focused nodes read from the bus on Xvfb after Ctrl+F (walk
order): Qt calls the current item of each view and the current tab of each tab bar "focused"
too, and the screenshot strip's item comes first. No desktop needed: this is the harness's rule.
"""

from __future__ import annotations

from tests.e2e.harness.atspi import Node, keyboard_holder

SHOWN = ("enabled", "focusable", "focused", "showing", "visible")
REVIEW = "Review captures"


def node(role: str, name: str, window: str = REVIEW, *extra: str) -> Node:
    return Node(window, role, name, "", tuple(sorted(SHOWN + extra)))


STRIP_ITEM = node("list item", "Screenshot 1 of 1, 0 s into the segment", REVIEW, "selected")
SCREENSHOTS_TAB = node("page tab", "Screenshots")
TIMELINE_ROW = node("table cell", "08:03–08:03, python, Airlock", REVIEW, "selected")
TIMELINE_TAB = node("page tab", "Timeline")
WINDOW = Node(REVIEW, "frame", REVIEW, "", ("active", "showing", "visible"))


def test_the_control_with_the_keyboard_wins_over_the_current_items_before_it():
    search = node("text", "Search", REVIEW, "editable")
    assert keyboard_holder([WINDOW, STRIP_ITEM, SCREENSHOTS_TAB, search, TIMELINE_ROW, TIMELINE_TAB]) == search


def test_a_view_with_the_keyboard_is_named_not_its_current_row():
    timeline = node("tree", "Timeline", REVIEW, "manages descendants")
    assert keyboard_holder([WINDOW, STRIP_ITEM, SCREENSHOTS_TAB, timeline, TIMELINE_ROW, TIMELINE_TAB]) == timeline


def test_only_the_active_window_counts():
    other = node("push button", "Pause", "Airlock")
    assert keyboard_holder([other, WINDOW, STRIP_ITEM]) == STRIP_ITEM  # an item only when nothing else is focused


def test_nothing_focused_is_none():
    assert keyboard_holder([WINDOW, Node(REVIEW, "text", "Search", "", ("focusable", "showing"))]) is None
