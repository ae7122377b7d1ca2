"""Filling a translated text: Qt-style placeholders and the English plural marks.

Both the command line and the window use these two, so that a value is never
substituted twice and a plural reads the same in both.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(template: str, *values: object) -> str:
    """Replace %1, %2 ... in one pass, so a value containing "%2" stays as given.

    Chained ``.replace("%1", a).replace("%2", b)`` would substitute inside ``a``;
    this does not. A placeholder with no value is left in place.
    """

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


def plural(text: str, count: int) -> str:
    """Resolve the English source's plural marks: "case(s)", "entry(ies)".

    Translations carry their own plural forms (Qt's %n); an untranslated English
    text keeps the marks, and this turns them into the right word for `count`.
    """
    one = count == 1
    return text.replace("y(ies)", "y" if one else "ies").replace("(s)", "" if one else "s")
