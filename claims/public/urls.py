"""Routes of the public claim pages, mounted at the site's root by config/urls.py."""

from django.urls import re_path

from claims.api.views import CLAIM_ID
from claims.public import views

urlpatterns = [
    re_path(r"^claims/$", views.claim_list, name="public-claims"),
    re_path(rf"^claims/{CLAIM_ID}/$", views.claim_detail, name="public-claim"),
]
