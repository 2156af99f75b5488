"""Indicator routes, mounted under /api/v1/ by config/urls.py."""

from django.urls import re_path

from tracker.api import views

urlpatterns = [
    re_path(r"^indicators/$", views.IndicatorCollectionView.as_view(), name="api-indicator-list"),
    re_path(
        rf"^indicators/{views.KEY}/$",
        views.IndicatorDetailView.as_view(),
        name="api-indicator-detail",
    ),
    re_path(
        rf"^indicators/{views.KEY}/series/$",
        views.IndicatorSeriesView.as_view(),
        name="api-indicator-series",
    ),
]
