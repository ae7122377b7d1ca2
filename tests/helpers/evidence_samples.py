"""Files for the evidence tests, made in memory: a JPEG with EXIF, a PDF, a WAV, text."""

from __future__ import annotations

import io
import math
import struct
import wave

from PIL import Image

GPS_IFD, EXIF_IFD = 0x8825, 0x8769
MAKE, MODEL, ARTIST, TAKEN = 0x010F, 0x0110, 0x013B, 0x9003


def jpeg(artist: str = "Ana Pérez", size: tuple[int, int] = (320, 200)) -> bytes:
    """A red-and-blue photo with camera, author and a GPS position (Mexico City)."""
    image = Image.new("RGB", size, (200, 30, 30))
    image.paste((30, 30, 200), (0, size[1] // 2, size[0], size[1]))
    exif = Image.Exif()
    exif[MAKE] = "Canon"
    exif[MODEL] = "EOS 80D"
    exif[ARTIST] = artist.encode()
    exif.get_ifd(EXIF_IFD)[TAKEN] = "2024:03:15 10:20:30"
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (19.0, 25.0, 42.5), 3: "W", 4: (99.0, 7.0, 36.0)})
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif, quality=90)
    return out.getvalue()


def pdf(pages: int = 3, text: str = "Denuncia") -> bytes:
    """A hand-written PDF: each page a black bar and a line of text (Helvetica)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    font_number = 3
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for number in range(pages):
        content = (
            f"0 0 0 rg 40 500 300 60 re f BT /F1 24 Tf 40 400 Td ({text} {number + 1}) Tj ET"
        ).encode("latin-1")
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        content_number = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 600] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (content_number, font_number)
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), pages)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for index, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % index + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def wav(seconds: float = 2.0, rate: int = 8000) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(rate)
        frames = int(seconds * rate)
        sound.writeframes(
            b"".join(struct.pack("<h", int(6000 * math.sin(i / 8))) for i in range(frames))
        )
    return out.getvalue()
