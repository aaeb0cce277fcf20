"""The recorder <-> scan child channel: every message survives its line, the key never shows in a
repr or an error, and anything else is refused."""

from __future__ import annotations

import pytest

from app.core.screen_text import ScanCounts
from app.scan.channel import Activity, ChannelBroken, Hello, NoEngine, Progress, decode, encode

KEY = bytes(range(32))


@pytest.mark.parametrize("message", [
    Hello("/home/a/.local/share/airlock/vault.db", KEY, 0.5, 70, {"health": ["Klinikum Nord"], "finance": []}),
    Activity(1733390000.25, False), Activity(None, True),
    Progress(ScanCounts(420, 1310, 2), "you are working"), Progress(ScanCounts(5, 5), done=True),
    NoEngine("no Tesseract models for 'deu+eng' found"),
])
def test_every_message_comes_back_as_it_went(message):
    line = encode(message)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert decode(line) == message


def test_the_key_is_not_in_a_repr_nor_in_the_error_of_a_broken_line():
    hello = Hello("/v", KEY, 0.5, 70, {})
    assert KEY.hex() not in repr(hello) and repr(KEY) not in repr(hello)
    broken = encode(hello).replace(b'"scale"', b'"scale_"')
    with pytest.raises(ChannelBroken) as refused:
        decode(broken)
    assert KEY.hex() not in str(refused.value)


@pytest.mark.parametrize("line", [b"", b"not json\n", b"[]\n", b'{"a": 1, "b": 2}\n', b'{"shutdown": {}}\n',
                                  b'{"activity": {"last_input": "soon", "paused": false}}\n',
                                  b'{"progress": {"read": 1}}\n', b"{" + b" " * (1 << 20) + b"}\n"])
def test_anything_else_is_refused(line):
    with pytest.raises(ChannelBroken):
        decode(line)
