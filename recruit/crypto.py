"""Field encryption for the most sensitive personal data (the IIN).

AES-256-GCM with a key from the environment (``RECRUIT_DATA_KEY``, 32 bytes in base64) or,
for ``make run``, ``instance/data_key``. A keyed hash gives equality look-ups without
decrypting. Neither the key nor a plaintext value is ever logged.
"""

import base64
import hashlib
import hmac
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from flask import current_app


def _key() -> bytes:
    raw = current_app.config.get("DATA_KEY")
    if not raw:
        raise RuntimeError("DATA_KEY is not configured: set RECRUIT_DATA_KEY")
    key = base64.b64decode(raw)
    if len(key) != 32:
        raise RuntimeError("RECRUIT_DATA_KEY must be 32 bytes in base64")
    return key


def encrypt(value: str, context: bytes = b"iin") -> bytes:
    """Encrypt ``value``; the result carries its random nonce."""
    nonce = os.urandom(12)
    return nonce + AESGCM(_key()).encrypt(nonce, value.encode(), context)


def decrypt(blob: bytes, context: bytes = b"iin") -> str:
    return AESGCM(_key()).decrypt(blob[:12], blob[12:], context).decode()


def blind_index(value: str, context: bytes = b"iin") -> str:
    """A keyed hash of ``value`` for look-ups: equal inputs, equal outputs, no plaintext."""
    mac_key = hashlib.sha256(_key() + b"|index|" + context).digest()
    return hmac.new(mac_key, value.encode(), hashlib.sha256).hexdigest()


def generate_key() -> str:
    return base64.b64encode(os.urandom(32)).decode()
