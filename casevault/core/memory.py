"""Key-holding buffers: mutable, and zeroed as soon as they are no longer needed.

Python copies immutable `bytes` freely and cannot wipe them, so key material
lives only in `bytearray` objects that are overwritten in place.
"""

from __future__ import annotations

import ctypes


def zeroize(buffer: bytearray | None) -> None:
    """Overwrite a buffer with zeros in place (memset, not a Python-level copy)."""
    if not buffer:
        return
    address = (ctypes.c_char * len(buffer)).from_buffer(buffer)
    ctypes.memset(address, 0, len(buffer))
    del address
