"""``html.escape`` without importing :mod:`html`, whose package imports the 2,200-entry ``html.entities`` table
(several milliseconds on the start-up path, for a function that needs none of it)."""

from __future__ import annotations


def escape(s: str, quote: bool = True) -> str:
    """Exactly :func:`html.escape`: ``&``, ``<``, ``>`` and, with ``quote``, ``"`` and ``'`` as references."""
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;").replace("'", "&#x27;")
    return s
