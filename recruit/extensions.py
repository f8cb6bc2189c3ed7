"""Flask extensions, created unbound and initialised in ``create_app``."""

from flask import Flask
from flask_babel import Babel
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_wtf import CSRFProtect


class AppLimiter(Limiter):
    """Flask-Limiter that takes each app's ``RATELIMIT_KEY_PREFIX``.

    Flask-Limiter 4.1 keeps the key prefix of the first app it was bound to
    (``self._key_prefix or config``): a second app in the same process (the tests make one
    per test) counted under the first app's prefix, not its own.
    """

    def init_app(self, app: Flask) -> None:
        self._key_prefix = app.config.get("RATELIMIT_KEY_PREFIX", "")
        super().init_app(app)


migrate = Migrate()
login_manager = LoginManager()
csrf = CSRFProtect()
babel = Babel()
limiter = AppLimiter(key_func=get_remote_address, default_limits=[])
