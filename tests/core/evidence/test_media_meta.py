"""Metadata of real JPEG, PNG and PDF files, and copies with it removed."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from pypdf import PdfReader

from casevault.core.errors import ErrorKind, VaultError
from casevault.core.evidence.media_meta import read_metadata, strip_metadata
from casevault.core.evidence.media_types import detect, looks_like_text
from tests.helpers import media as media_samples


def meta(media_type: str, data: bytes) -> dict[str, str]:
    return dict(read_metadata(media_type, io.BytesIO(data)).metadata)


def test_jpeg_exif_camera_time_position_and_author() -> None:
    info = read_metadata("image/jpeg", io.BytesIO(media_samples.jpeg()))
    values = dict(info.metadata)
    assert values["camera"] == "Canon EOS 80D"
    assert values["taken"] == "2024-03-15 10:20:30"
    lat, lon = (float(part) for part in values["gps"].split(","))
    assert lat == pytest.approx(19.428472, abs=1e-5)
    assert lon == pytest.approx(-99.126667, abs=1e-5)
    assert values["author"] == "Ana Pérez"
    assert values["software"] == "Firmware 1.0"
    assert (values["width"], values["height"]) == ("64", "48")
    assert info.warnings == {"gps", "author"}


def test_png_exif_and_text_chunks() -> None:
    info = read_metadata("image/png", io.BytesIO(media_samples.png()))
    assert "gps" in dict(info.metadata)
    assert info.warnings == {"gps", "author"}


def test_pdf_document_information() -> None:
    values = meta("application/pdf", media_samples.pdf(pages=3))
    assert values["author"] == "Lic. Juan Gómez"
    assert values["title"] == "Denuncia ante la fiscalía"
    assert values["creator"] == "Writer"
    assert values["pages"] == "3"
    assert values["created"].startswith("2024-03-15T10:20:30")
    assert read_metadata("application/pdf", io.BytesIO(media_samples.pdf())).warnings == {"author"}


def test_damaged_or_other_files_have_no_metadata() -> None:
    assert read_metadata("image/jpeg", io.BytesIO(b"\xff\xd8\xff garbage")).metadata == ()
    assert read_metadata("application/pdf", io.BytesIO(b"%PDF-1.4 broken")).metadata == ()
    assert read_metadata("audio/mpeg", io.BytesIO(b"ID3....")).metadata == ()


def test_jpeg_stripped_losslessly() -> None:
    original = media_samples.jpeg(comment=b"Ana's phone")
    stripped = strip_metadata("image/jpeg", original)
    assert b"Ana" not in stripped and b"Canon" not in stripped
    assert read_metadata("image/jpeg", io.BytesIO(stripped)).warnings == frozenset()
    assert "gps" not in meta("image/jpeg", stripped)
    # The pixels decode exactly as before: only metadata segments were left out.
    before = Image.open(io.BytesIO(original))
    after = Image.open(io.BytesIO(stripped))
    assert after.tobytes() == before.tobytes()
    assert len(stripped) < len(original)


def test_png_stripped_and_still_decodes() -> None:
    original = media_samples.png()
    stripped = strip_metadata("image/png", original)
    assert read_metadata("image/png", io.BytesIO(stripped)).warnings == frozenset()
    assert b"Ana" not in stripped and b"march" not in stripped
    assert Image.open(io.BytesIO(stripped)).tobytes() == Image.open(io.BytesIO(original)).tobytes()


def test_pdf_stripped_and_still_readable() -> None:
    original = media_samples.pdf(text="declaracion del testigo")
    stripped = strip_metadata("application/pdf", original)
    assert "G\u00f3mez".encode() not in stripped and b"Juan" not in stripped
    values = meta("application/pdf", stripped)
    assert "author" not in values and "title" not in values
    reader = PdfReader(io.BytesIO(stripped))
    assert len(reader.pages) == 2
    assert "declaracion del testigo" in reader.pages[0].extract_text()


def test_other_types_unchanged() -> None:
    data = b"ID3\x03\x00 some audio"
    assert strip_metadata("audio/mpeg", data) is data


@pytest.mark.parametrize(
    ("media_type", "data"),
    [("image/jpeg", b"\xff\xd8\xff\xe1\xff\xff"), ("image/png", b"\x89PNG\r\n\x1a\nxx")],
)
def test_damaged_files_are_not_passed_off_as_clean(media_type: str, data: bytes) -> None:
    with pytest.raises(VaultError) as raised:
        strip_metadata(media_type, data)
    assert raised.value.kind == ErrorKind.METADATA_NOT_REMOVED


def test_type_from_content_not_name() -> None:
    assert detect(media_samples.jpeg()) == "image/jpeg"
    assert detect(media_samples.png()) == "image/png"
    assert detect(media_samples.pdf()) == "application/pdf"
    assert detect("Declaración: el niño vio todo.\n".encode()) == "text/plain"
    assert detect("Declaración".encode("cp1252")) == "text/plain"
    assert detect("\ufeffhola".encode("utf-16")) == "text/plain"
    assert detect(bytes(range(256))) == "application/octet-stream"
    assert detect(b"") == "application/octet-stream"
    # A multi-byte letter cut at the end of the sniffed window is still text.
    assert looks_like_text("añoñ".encode()[:-1])
