"""Airlock: privacy-first capture of computer use, reviewed by the employee before anything leaves."""

__version__ = "0.1.0"
APP_NAME = "Airlock"
