"""How attachment facts are shown: sizes, dates, types, hash status, metadata names."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale


def human_size(size: int) -> str:
    """1.5 MB, 820 KB... in the user's language and number format."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def local_time(iso: str) -> str:
    """An ISO 8601 UTC time as local date and time, or the text itself if unreadable."""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return iso
    return moment.strftime("%Y-%m-%d %H:%M")


def kind_of(media_type: str) -> str:
    """A word for the file type a person understands."""
    if media_type == "application/pdf":
        return QCoreApplication.translate("Evidence", "PDF document")
    if media_type.startswith("image/"):
        return QCoreApplication.translate("Evidence", "Image")
    if media_type.startswith("text/"):
        return QCoreApplication.translate("Evidence", "Text")
    if media_type.startswith("audio/"):
        return QCoreApplication.translate("Evidence", "Audio")
    if media_type.startswith("video/"):
        return QCoreApplication.translate("Evidence", "Video")
    return QCoreApplication.translate("Evidence", "Other file")


def integrity_text(integrity: str) -> str:
    if integrity == "ok":
        return QCoreApplication.translate("Evidence", "Verified: unchanged")
    if integrity == "mismatch":
        return QCoreApplication.translate("Evidence", "CHANGED since intake")
    return QCoreApplication.translate("Evidence", "Not verified yet")


def metadata_label(key: str) -> str:
    labels = {
        "camera": QCoreApplication.translate("Evidence", "Camera"),
        "taken": QCoreApplication.translate("Evidence", "Taken"),
        "gps": QCoreApplication.translate("Evidence", "GPS position"),
        "software": QCoreApplication.translate("Evidence", "Software"),
        "width": QCoreApplication.translate("Evidence", "Width"),
        "height": QCoreApplication.translate("Evidence", "Height"),
        "author": QCoreApplication.translate("Evidence", "Author"),
        "creator": QCoreApplication.translate("Evidence", "Created with"),
        "producer": QCoreApplication.translate("Evidence", "Producer"),
        "title": QCoreApplication.translate("Evidence", "Title"),
        "subject": QCoreApplication.translate("Evidence", "Subject"),
        "created": QCoreApplication.translate("Evidence", "Created"),
        "modified": QCoreApplication.translate("Evidence", "Modified"),
        "pages": QCoreApplication.translate("Evidence", "Pages"),
    }
    return labels.get(key, key)


def warning_texts(warnings: frozenset[str]) -> list[str]:
    """What the file gives away, as sentences."""
    texts = []
    if "gps" in warnings:
        texts.append(
            QCoreApplication.translate(
                "Evidence", "This file records the place where it was made (GPS position)."
            )
        )
    if "author" in warnings:
        texts.append(
            QCoreApplication.translate(
                "Evidence", "This file names the person who made it (author)."
            )
        )
    return texts


def custody_text(kind: str) -> str:
    kinds = {
        "intake": QCoreApplication.translate("Evidence", "Added to the vault"),
        "imported": QCoreApplication.translate("Evidence", "Imported from an export"),
        "verified": QCoreApplication.translate("Evidence", "Verified: unchanged"),
        "mismatch": QCoreApplication.translate("Evidence", "Verified: CHANGED"),
        "exported": QCoreApplication.translate("Evidence", "Exported"),
        "copy_saved": QCoreApplication.translate("Evidence", "Decrypted copy saved"),
        "linked": QCoreApplication.translate("Evidence", "Link changed"),
        "deleted": QCoreApplication.translate("Evidence", "Deleted"),
    }
    return kinds.get(kind, kind)
