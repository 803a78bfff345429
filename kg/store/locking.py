"""The writer's lock of an on-disk store: one writer at a time, readers take none."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

LOCK_NAME = ".ictkg.lock"


class StoreInUse(OSError):
    """Another process holds the store open for writing."""


def lock_writer(folder: Path) -> int:
    """Take the store's exclusive lock (a file descriptor to pass to `unlock_writer`), or raise StoreInUse."""
    fd = os.open(folder / LOCK_NAME, os.O_CREAT | os.O_RDWR, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise StoreInUse(f"store {folder} is in use by another ictkg process; wait for it to finish "
                         "or open it read-only") from None
    return fd


def unlock_writer(fd: int) -> None:
    fcntl.flock(fd, fcntl.LOCK_UN)
    os.close(fd)
