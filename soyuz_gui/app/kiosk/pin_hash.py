"""The operator's PIN: hashed with PBKDF2-HMAC-SHA256 and a random salt, compared in constant time. No Qt here.

Hashes are ``pbkdf2_sha256$<iterations>$<salt>$<digest>`` (salt and digest in URL-safe base64). Make one with
``python -m soyuz_gui.app.kiosk.config hash-pin``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets

PIN_ALGORITHM = "pbkdf2_sha256"
PIN_ITERATIONS = 600_000
MIN_PIN_ITERATIONS = 10_000
PIN_PATTERN = re.compile(r"^[0-9]{4,12}$")


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


def hash_pin(pin: str, *, iterations: int = PIN_ITERATIONS, salt: bytes | None = None) -> str:
    """Hash a PIN (4 to 12 digits) with PBKDF2-HMAC-SHA256 and a random 16-byte salt."""
    if not PIN_PATTERN.match(pin):
        raise ValueError("a PIN is 4 to 12 digits")
    if not MIN_PIN_ITERATIONS <= iterations <= 9_999_999:
        raise ValueError(f"iterations must be between {MIN_PIN_ITERATIONS:,} and 9,999,999")
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, iterations)
    return f"{PIN_ALGORITHM}${iterations}${_b64(salt)}${_b64(digest)}"


def verify_pin(pin: str, stored: str | None) -> bool:
    """Whether a PIN matches a stored hash; False for a missing or malformed hash. Constant-time compare."""
    if not stored or not PIN_PATTERN.match(pin):
        return False
    try:
        algorithm, iterations_text, salt_text, digest_text = stored.split("$")
        iterations = int(iterations_text)
        salt = base64.urlsafe_b64decode(salt_text)
        expected = base64.urlsafe_b64decode(digest_text)
    except ValueError:
        return False
    if algorithm != PIN_ALGORITHM or not MIN_PIN_ITERATIONS <= iterations <= 9_999_999:
        return False
    actual = hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, iterations)
    return hmac.compare_digest(actual, expected)
