"""Audio and video played from the vault through Qt Multimedia, never from a file.

The player reads a ReaderDevice (reader_device.py) whose bytes come straight out
of the encrypted database. Qt Multimedia needs PySide6-Addons and the system's
PulseAudio client library; where it cannot be loaded, `available()` is False and
the viewer offers only "Save decrypted copy…".
"""

from __future__ import annotations

import mimetypes
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLoggingCategory, Qt, QUrl, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from casevault.gui.evidence.reader_device import ReaderDevice
from casevault.gui.widgets.fields import HINT_STYLE
from casevault.gui.widgets.labels import plain_label

# Hardware video decoding (VA-API) is optional: its absence is normal, not a warning.
QUIET_RULES = "qt.multimedia.symbolsresolver.warning=false\nqt.multimedia.ffmpeg.info=false"


def _multimedia() -> tuple[Any, Any] | None:
    try:
        from PySide6 import QtMultimedia, QtMultimediaWidgets
    except ImportError:  # PySide6-Addons or libpulse missing: no player here
        return None
    return QtMultimedia, QtMultimediaWidgets


def available() -> bool:
    return _multimedia() is not None


def playable(media_type: str) -> bool:
    return media_type.startswith(("audio/", "video/")) and available()


def sound_server_present() -> bool:
    """A PulseAudio or PipeWire server to play sound through (asking Qt without one
    only prints warnings): its socket in the runtime folder, or PULSE_SERVER."""
    if os.environ.get("PULSE_SERVER"):
        return True
    runtime = os.environ.get("XDG_RUNTIME_DIR") or f"/run/user/{os.getuid()}"
    return any(Path(runtime, name).exists() for name in ("pulse/native", "pipewire-0"))


def clock(ms: int) -> str:
    seconds = max(ms, 0) // 1000
    return f"{seconds // 60}:{seconds % 60:02d}"


class MediaView(QWidget):
    def __init__(self, device: ReaderDevice, media_type: str, parent: QWidget | None = None):
        super().__init__(parent)
        modules = _multimedia()
        assert modules is not None, "check playable() first"
        multimedia, widgets = modules
        QLoggingCategory.setFilterRules(QUIET_RULES)
        self._device: ReaderDevice | None = device
        self.player = multimedia.QMediaPlayer(self)
        self.audio: Any = None
        self.note = plain_label("", self, style=HINT_STYLE)
        if sound_server_present() and multimedia.QMediaDevices.audioOutputs():
            self.audio = multimedia.QAudioOutput(self)
            self.player.setAudioOutput(self.audio)
        else:
            self.note.setText(self.tr("No sound device was found: the sound cannot be heard."))
        self.video: Any = None
        if media_type.startswith("video/"):
            self.video = widgets.QVideoWidget(self)
            self.video.setAccessibleName(self.tr("Video"))
            self.player.setVideoOutput(self.video)
        self.play_button = QPushButton(self.tr("&Play"), self)
        self.position = QSlider(Qt.Orientation.Horizontal, self)
        self.position.setAccessibleName(self.tr("Position"))
        self.time = QLabel(clock(0), self)
        row = QHBoxLayout()
        row.addWidget(self.play_button)
        row.addWidget(self.position, 1)
        row.addWidget(self.time)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.video is not None:
            layout.addWidget(self.video, 1)
        else:
            layout.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.note)
        self.play_button.clicked.connect(self.toggle)
        self.player.durationChanged.connect(self._duration)
        self.player.positionChanged.connect(self._position)
        self.player.playbackStateChanged.connect(self._state)
        self.player.errorOccurred.connect(self._error)
        self.position.sliderMoved.connect(self.player.setPosition)
        extension = mimetypes.guess_extension(media_type) or ""
        # A neutral name: FFmpeg may print it; the attachment's real name stays inside.
        self.player.setSourceDevice(device, QUrl(f"attachment{extension}"))

    def is_playing(self) -> bool:
        return bool(self.player.playbackState() == self.player.PlaybackState.PlayingState)

    @Slot()
    def toggle(self) -> None:
        if self.is_playing():
            self.player.pause()
        else:
            self.player.play()

    @Slot("qint64")
    def _duration(self, ms: int) -> None:
        self.position.setRange(0, int(ms))

    @Slot("qint64")
    def _position(self, ms: int) -> None:
        if not self.position.isSliderDown():
            self.position.setValue(int(ms))
        self.time.setText(f"{clock(int(ms))} / {clock(self.player.duration())}")

    @Slot()
    def _state(self) -> None:
        self.play_button.setText(self.tr("&Pause") if self.is_playing() else self.tr("&Play"))

    @Slot()
    def _error(self) -> None:
        self.note.setText(
            self.tr("This recording cannot be played here. Use “Save decrypted copy…” if needed.")
        )

    def release(self) -> None:
        """Stop, let go of the device, and end the thread that reads the vault for it."""
        self.player.stop()
        self.player.setSource(QUrl())
        device, self._device = self._device, None
        if device is not None:
            device.release()
