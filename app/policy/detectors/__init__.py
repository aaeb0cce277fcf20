"""Detectors of sensitive moments: which categories (credentials, finance, health, hr, private
communication, the GDPR special categories) the text on screen, the typed text, the window title
or the application show. Pure functions over words; the word lists are package data.
"""

from app.policy.detectors.matching import find_sensitive, split_words
from app.policy.detectors.model import CategoryRules, DetectorRules, Finding, TextWord
from app.policy.detectors.wordlists import CATEGORIES, PERSONAL, WordListError, additions, load_rules

__all__ = ["CATEGORIES", "PERSONAL", "CategoryRules", "DetectorRules", "Finding", "TextWord", "WordListError",
           "additions", "find_sensitive", "load_rules", "split_words"]
