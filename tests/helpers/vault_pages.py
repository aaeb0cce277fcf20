"""Read a SQLCipher 4 vault's raw pages — live, free and in the WAL — decrypted with its key.

Deletion forensics must look below SQL: a deleted row can linger in a free page or an old WAL
frame where no query reaches it. This decrypts every page of the file and every frame of the WAL
exactly as SQLCipher 4 writes them (AES-256-CBC per page, IV in the reserved tail; with a raw key
the key is used as is), so tests can search all of it for a marker.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVE = 80  # 16-byte IV + 64-byte HMAC-SHA512 (SQLCipher 4 defaults)
SALT_SIZE = 16
WAL_HEADER = 32
WAL_FRAME_HEADER = 24


def _decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    body_start = SALT_SIZE if first else 0
    body = page[body_start:PAGE_SIZE - RESERVE]
    iv = page[PAGE_SIZE - RESERVE:PAGE_SIZE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def database_pages(path: Path, key: bytes) -> Iterator[tuple[int, bytes]]:
    """(page number, plaintext) for every page in the main file, free pages included."""
    data = path.read_bytes()
    for index in range(len(data) // PAGE_SIZE):
        page = data[index * PAGE_SIZE:(index + 1) * PAGE_SIZE]
        yield index + 1, _decrypt_page(page, key, first=index == 0)


def wal_pages(path: Path, key: bytes) -> Iterator[tuple[int, bytes]]:
    """(page number, plaintext) for every frame in a WAL file, old versions included."""
    if not path.exists():
        return
    data = path.read_bytes()
    offset = WAL_HEADER
    while offset + WAL_FRAME_HEADER + PAGE_SIZE <= len(data):
        page_number = int.from_bytes(data[offset:offset + 4], "big")
        page = data[offset + WAL_FRAME_HEADER:offset + WAL_FRAME_HEADER + PAGE_SIZE]
        yield page_number, _decrypt_page(page, key, first=page_number == 1)
        offset += WAL_FRAME_HEADER + PAGE_SIZE


def find_in_vault(vault: Path, key: bytes, needle: bytes) -> list[str]:
    """Where `needle` occurs in the decrypted main file and WAL ("db page 7", "wal page 3")."""
    hits = [f"db page {n}" for n, text in database_pages(vault, key) if needle in text]
    hits += [f"wal page {n}" for n, text in wal_pages(Path(f"{vault}-wal"), key) if needle in text]
    return hits


def find_all_in_vault(vault: Path, key: bytes, needles: dict[str, bytes]) -> tuple[int, dict[str, list[str]]]:
    """(pages read, where each named needle occurs): one pass over the decrypted main file and WAL,
    for searching many needles at once."""
    hits: dict[str, list[str]] = {name: [] for name in needles}
    pages = 0
    for place, reader in (("db", database_pages(vault, key)), ("wal", wal_pages(Path(f"{vault}-wal"), key))):
        for number, text in reader:
            pages += 1
            for name, needle in needles.items():
                if needle in text:
                    hits[name].append(f"{place} page {number}")
    return pages, hits
