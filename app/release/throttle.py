"""A token bucket on a read stream: the bandwidth cap for uploads.

Bytes are charged when they are read from the stream that the HTTP client sends, so the cap holds
on the wire (the S3 destination arranges for the body to be read exactly once).
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from typing import BinaryIO


class TokenBucket:
    """`rate` bytes per second with bursts up to `burst` bytes."""

    def __init__(self, rate: float, burst: float | None = None,
                 clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep) -> None:
        if rate <= 0:
            raise ValueError("a bandwidth cap must be positive")
        self.rate = float(rate)
        self.burst = float(burst if burst is not None else max(rate / 4, 16 * 1024))
        self._clock = clock
        self._sleep = sleep
        self._tokens = self.burst
        self._last = clock()

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._last) * self.rate)
        self._last = now

    def take(self, amount: int) -> None:
        """Wait until `amount` bytes (≤ burst) may pass, then charge them."""
        self._refill()
        if self._tokens < amount:
            self._sleep((amount - self._tokens) / self.rate)
            self._refill()
        self._tokens -= amount

    @property
    def max_chunk(self) -> int:
        return max(1, int(self.burst))


def kbps_to_bytes_per_second(kbps: int) -> float:
    """The policy's `bandwidth_kbps` is in kilobytes per second (policy reference)."""
    return kbps * 1024.0


class ThrottledReader(io.RawIOBase):
    """Reads at most `length` bytes from `source` starting at `offset`, charging a token bucket.

    Seekable within its window, so an HTTP client can measure it; every byte read is charged.
    """

    def __init__(self, source: BinaryIO, offset: int, length: int, bucket: TokenBucket | None) -> None:
        super().__init__()
        self._source = source
        self._offset = offset
        self._length = length
        self._bucket = bucket
        self._position = 0
        self.bytes_read = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, position: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: self._length}[whence]
        self._position = max(0, min(self._length, base + position))
        return self._position

    def readinto(self, buffer) -> int:
        wanted = min(len(buffer), self._length - self._position)
        if self._bucket is not None:
            wanted = min(wanted, self._bucket.max_chunk)
        if wanted <= 0:
            return 0
        if self._bucket is not None:
            self._bucket.take(wanted)
        self._source.seek(self._offset + self._position)
        data = self._source.read(wanted)
        buffer[: len(data)] = data
        self._position += len(data)
        self.bytes_read += len(data)
        return len(data)

    def __len__(self) -> int:
        return self._length
