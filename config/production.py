"""Hardening applied when DJANGO_ENV=production (imported at the end of config/settings.py).

With SECRET_KEY (at least 50 characters) and ALLOWED_HOSTS in the environment, the profile
passes `manage.py check --deploy --fail-level WARNING` with 0 issues once the admin is moved off
/admin/ (ADMIN_URL); tests/security/test_production.py runs exactly that.

TLS is expected to end at a reverse proxy that sets X-Forwarded-Proto and strips any value a
client sent (nginx: `proxy_set_header X-Forwarded-Proto $scheme;`). Behind no proxy, set
SECURE_PROXY_SSL_HEADER_OFF=true so the header is never trusted.
"""

from django.core.exceptions import ImproperlyConfigured

from config import checks
from config.env import env_bool, env_int, env_list, env_str

if len(env_str("SECRET_KEY", "")) < 50:
    raise ImproperlyConfigured("DJANGO_ENV=production needs SECRET_KEY of at least 50 characters.")
if not env_list("ALLOWED_HOSTS", []):
    raise ImproperlyConfigured("DJANGO_ENV=production needs ALLOWED_HOSTS (comma-separated).")

DEBUG = False

# HTTPS only: redirect, then HSTS. The health probes stay reachable over plain HTTP for the
# orchestrator and the load balancer, which probe the node directly.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^(healthz|livez|readyz)$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
if not env_bool("SECURE_PROXY_SSL_HEADER_OFF", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Headers on every response (SecurityMiddleware and XFrameOptionsMiddleware).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Cookies: HTTPS only, not readable from scripts (sessions), short-lived sessions for staff.
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 8 * 3600)
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_SAMESITE = "Lax"
# Origins allowed to POST with a session (e.g. "https://claims.example.org"); same-origin
# requests behind the proxy need nothing here.
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

checks.register_production_checks()
