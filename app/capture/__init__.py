"""Capture: input, screen and active-window sources, the capture pipeline and its health.

Importing this package (or any module in it) opens no display and starts no thread: OS libraries
(pynput, mss, Xlib, ctypes/pyobjc calls) are imported inside the functions that need them.
"""
