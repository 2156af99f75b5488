"""Routes of the public claim pages, mounted at the site's root by config/urls.py."""

from django.urls import re_path
from django.views.generic import RedirectView

from claims.api.views import CLAIM_ID
from claims.public import views

urlpatterns = [
    # The site's root is the public claim list: what a reader (or someone who just ran `make
    # run`) opening the bare address wants. Not permanent, so a site can put a page there later.
    re_path(
        r"^$", RedirectView.as_view(pattern_name="public-claims", permanent=False), name="home"
    ),
    re_path(r"^claims/$", views.claim_list, name="public-claims"),
    re_path(rf"^claims/{CLAIM_ID}/$", views.claim_detail, name="public-claim"),
]
