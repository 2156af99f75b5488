"""The indicator endpoints (/api/v1/indicators/), built on the claims API's public face."""
