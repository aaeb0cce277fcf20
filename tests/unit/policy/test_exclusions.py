"""Exclusion rules: which windows are never captured."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.model import WindowInfo
from app.policy.rules.exclusions import DEFAULT_EXCLUSIONS, ExclusionMatcher, ExclusionRule, match_exclusion


def _window(app: str = "", title: str = "", wm_class: str = "") -> WindowInfo:
    return WindowInfo(app=app, title=title, wm_class=wm_class)


@pytest.mark.parametrize(
    ("window", "rule_name"),
    [
        # password managers and authenticators, by process, class or title
        (_window("1Password", "All Items"), "password manager"),
        (_window("bitwarden", "Vault"), "password manager"),
        (_window("Bitwarden.exe", "My vault"), "password manager"),
        (_window("keepassxc", "Passwords.kdbx - KeePassXC"), "password manager"),
        (_window("KeePass.exe", "Database.kdbx"), "password manager"),
        (_window("LastPass", "Vault"), "password manager"),
        (_window("Dashlane", "Passwords"), "password manager"),
        (_window("Keychain Access", "login"), "password manager"),
        (_window("seahorse", "Passwords and Keys"), "password manager"),
        (_window("", "Passwords and Keys", wm_class="Seahorse"), "password manager"),
        (_window("firefox", "Bitwarden Web vault — Mozilla Firefox"), "password manager"),
        (_window("Authy Desktop", "Authy"), "authenticator"),
        (_window("", "Google Authenticator"), "authenticator"),
        (_window("", "Microsoft Authenticator"), "authenticator"),
        # private browsing
        (_window("firefox", "Example Domain — Mozilla Firefox Private Browsing"), "private browsing"),
        (_window("firefox", "Mozilla Firefox (Private Browsing)"), "private browsing"),
        (_window("chrome", "New Incognito Tab - Google Chrome (Incognito)"), "private browsing"),
        (_window("chromium", "Example - Chromium (Incognito)"), "private browsing"),
        (_window("msedge.exe", "New InPrivate tab - Microsoft Edge"), "private browsing"),
        (_window("Safari", "Private Browsing"), "private browsing"),
        (_window("Safari", "Example — Private"), "private browsing"),
        (_window("brave", "Private Window - Brave"), "private browsing"),
        (_window("tor-browser", "Tor Browser"), "private browsing"),
        # login and password prompts
        (_window("gnome-terminal", "Enter password"), "login prompt"),
        (_window("app", "Enter your passphrase"), "login prompt"),
        (_window("", "Authentication Required"), "login prompt"),
        (_window("", "Authentication is needed to run `/usr/bin/foo' as the super user"), "login prompt"),
        (_window("gnome-shell", "Unlock Login Keyring"), "login prompt"),
        (_window("kwalletd5", "Unlock Wallet"), "login prompt"),
        (_window("xterm", "root@host: sudo apt upgrade"), "login prompt"),
        (_window("polkit-gnome-authentication-agent-1", ""), "login prompt"),
        (_window("pinentry-gtk-2", "pinentry"), "login prompt"),
        (_window("gcr-prompter", ""), "login prompt"),
        (_window("ssh-askpass", "OpenSSH"), "login prompt"),
        (_window("", "", wm_class="Pinentry-qt"), "login prompt"),
        (_window("SecurityAgent", ""), "login prompt"),
        (_window("CredentialUIBroker.exe", "Windows Security"), "login prompt"),
    ],
)
def test_default_rules_exclude(window, rule_name):
    rule = match_exclusion(window, DEFAULT_EXCLUSIONS)
    assert rule is not None and rule.name == rule_name
    assert ExclusionMatcher(DEFAULT_EXCLUSIONS).match(window) == rule


@pytest.mark.parametrize(
    "window",
    [
        _window("firefox", "Example Domain — Mozilla Firefox"),
        _window("chrome", "Inbox - Gmail - Google Chrome"),
        _window("code", "main.py - airlock - Visual Studio Code"),
        _window("libreoffice", "Privacy policy draft.odt - LibreOffice Writer"),
        _window("gnome-terminal", "user@host: ~/src"),
        _window("thunderbird", "Password reset instructions - Thunderbird"),
        _window("firefox", "Unlocking performance in Python — Mozilla Firefox"),
        _window("slack", "general - Acme - Slack"),
        _window("", ""),  # unknown window: not excluded by name (capture handles focus-unknown)
        _window("xterm", "pseudo terminal"),
    ],
)
def test_default_rules_let_ordinary_windows_through(window):
    assert match_exclusion(window) is None
    assert ExclusionMatcher().match(window) is None


@pytest.mark.parametrize(
    ("rule", "window", "matches"),
    [
        (ExclusionRule("bank", app_pattern="", title_pattern=r"my bank"), _window("x", "My Bank - Login"), True),
        (ExclusionRule("bank", title_pattern=r"my bank"), _window("x", "Other"), False),
        (ExclusionRule("hr", app_pattern="workday"), _window("WorkDay", "anything"), True),
        (ExclusionRule("hr", app_pattern="workday"), _window("other", "Workday"), False),
        (ExclusionRule("hr", app_pattern="workday"), _window("other", "", wm_class="workday-app"), True),
        # both patterns given: both must match
        (ExclusionRule("mail", "thunderbird", "doctor"), _window("thunderbird", "Re: doctor visit"), True),
        (ExclusionRule("mail", "thunderbird", "doctor"), _window("thunderbird", "Re: invoice"), False),
        (ExclusionRule("mail", "thunderbird", "doctor"), _window("firefox", "doctor"), False),
        (ExclusionRule("anchored", app_pattern="^vim$"), _window("nvim", ""), False),
    ],
)
def test_custom_rules(rule, window, matches):
    assert (match_exclusion(window, [rule]) == rule) is matches


def test_first_matching_rule_wins():
    first = ExclusionRule("first", title_pattern="secret")
    second = ExclusionRule("second", title_pattern="secret")
    assert ExclusionMatcher([first, second]).match(_window("a", "top secret")) is first


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"name": "empty"}, "needs an app or a title pattern"),
        ({"name": "", "app_pattern": "x"}, "needs a name"),
        ({"name": "broken", "app_pattern": "("}, "invalid app pattern"),
        ({"name": "broken", "title_pattern": "[a-"}, "invalid title pattern"),
    ],
)
def test_invalid_rules_are_refused(kwargs, message):
    with pytest.raises(ValueError, match=message):
        ExclusionRule(**kwargs)


def test_rule_is_a_value_naming_no_title():
    rule = match_exclusion(_window("keepassxc", "Bank accounts.kdbx"))
    assert rule is not None
    assert "Bank" not in rule.name  # gap details use the rule name only
    assert hash(rule) == hash(ExclusionRule(rule.name, rule.app_pattern, rule.title_pattern))


@given(st.text(max_size=40), st.text(max_size=60))
def test_matcher_and_function_agree(app, title):
    window = _window(app, title)
    assert ExclusionMatcher().match(window) == match_exclusion(window)


@given(st.text(max_size=40))
def test_incognito_anywhere_in_a_title_excludes(prefix):
    assert match_exclusion(_window("chrome", prefix + " (Incognito)")) is not None
