"""Real image and PDF files with identifying metadata, made in memory for the tests."""

from __future__ import annotations

import io

from PIL import Image
from pypdf import PdfWriter

GPS_IFD, EXIF_IFD = 0x8825, 0x8769
MAKE, MODEL, ARTIST, TAKEN, SOFTWARE = 0x010F, 0x0110, 0x013B, 0x9003, 0x0131


def exif(artist: str = "Ana Pérez") -> Image.Exif:
    data = Image.Exif()
    data[MAKE] = "Canon"
    data[MODEL] = "EOS 80D"
    data[ARTIST] = artist.encode()  # UTF-8, as phones write it
    data[SOFTWARE] = "Firmware 1.0"
    data.get_ifd(EXIF_IFD)[TAKEN] = "2024:03:15 10:20:30"
    # 19°25'42.5" N, 99°7'36" W: Mexico City.
    data.get_ifd(GPS_IFD).update({1: "N", 2: (19.0, 25.0, 42.5), 3: "W", 4: (99.0, 7.0, 36.0)})
    return data


def picture() -> Image.Image:
    image = Image.new("RGB", (64, 48))
    for x in range(64):
        for y in range(48):
            image.putpixel((x, y), (x * 4, y * 5, (x + y) * 2))
    return image


def jpeg(artist: str = "Ana Pérez", comment: bytes = b"") -> bytes:
    out = io.BytesIO()
    picture().save(out, "JPEG", exif=exif(artist), comment=comment, quality=90)
    return out.getvalue()


def png(artist: str = "Ana Pérez") -> bytes:
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Author", artist)
    info.add_itxt("Description", "taken at the march")
    out = io.BytesIO()
    picture().save(out, "PNG", exif=exif(artist), pnginfo=info)
    return out.getvalue()


def pdf(author: str = "Lic. Juan Gómez", text: str = "", pages: int = 2) -> bytes:
    """A PDF whose pages carry `text` as real text content (Helvetica)."""
    from pypdf.generic import (
        DecodedStreamObject,
        DictionaryObject,
        NameObject,
    )

    writer = PdfWriter()
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    font_ref = writer._add_object(font)
    for number in range(pages):
        page = writer.add_blank_page(300, 300)
        content = DecodedStreamObject()
        words = f"{text} page {number + 1}".replace("(", "").replace(")", "")
        content.set_data(f"BT /F1 12 Tf 20 250 Td ({words}) Tj ET".encode("latin-1"))
        page[NameObject("/Contents")] = writer._add_object(content)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font_ref})}
        )
    writer.add_metadata(
        {
            "/Author": author,
            "/Title": "Denuncia ante la fiscalía",
            "/Creator": "Writer",
            "/CreationDate": "D:20240315102030+01'00'",
        }
    )
    writer.xmp_metadata = None
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
