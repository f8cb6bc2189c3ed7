"""Field encryption of the IIN: AES-GCM with a key from the environment, and a blind index."""

import base64

import pytest
from cryptography.exceptions import InvalidTag

from recruit import crypto

IIN = "900101300126"


def test_round_trip_with_a_fresh_nonce_each_time(app):
    with app.app_context():
        first, second = crypto.encrypt(IIN), crypto.encrypt(IIN)
        assert first != second and IIN.encode() not in first
        assert crypto.decrypt(first) == crypto.decrypt(second) == IIN


def test_blind_index_is_stable_keyed_and_hides_the_value(app):
    with app.app_context():
        index = crypto.blind_index(IIN)
        assert index == crypto.blind_index(IIN) != crypto.blind_index("900101300127")
        assert IIN not in index and len(index) == 64
        app.config["DATA_KEY"] = crypto.generate_key()
        assert crypto.blind_index(IIN) != index


def test_tampering_or_another_context_or_key_fails(app):
    with app.app_context():
        blob = crypto.encrypt(IIN)
        tampered = blob[:-1] + bytes([blob[-1] ^ 1])
        for bad, context in ((tampered, b"iin"), (blob, b"phone")):
            with pytest.raises(InvalidTag):
                crypto.decrypt(bad, context)
        app.config["DATA_KEY"] = crypto.generate_key()
        with pytest.raises(InvalidTag):
            crypto.decrypt(blob)


@pytest.mark.parametrize("key", [None, "", base64.b64encode(b"short").decode()])
def test_a_missing_or_short_key_is_refused(app, key):
    app.config["DATA_KEY"] = key
    with app.app_context(), pytest.raises(RuntimeError, match="DATA_KEY|32 bytes"):
        crypto.encrypt(IIN)


def test_generated_keys_are_32_random_bytes():
    keys = {crypto.generate_key() for _ in range(5)}
    assert len(keys) == 5 and all(len(base64.b64decode(k)) == 32 for k in keys)
