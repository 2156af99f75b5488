"""Routes of the claims API, mounted at /api/v1/."""

from django.urls import path, re_path

from claims.api import citations, documents, publish, tokens, views, webhooks
from claims.api.commands import COMMAND_VIEWS
from claims.api.views import CLAIM_ID, SOURCE_ID

urlpatterns = [
    path("", views.ApiIndexView.as_view(), name="api-index"),
    *tokens.urlpatterns,
    path("claims/", views.ClaimCollectionView.as_view(), name="api-claim-list"),
    re_path(rf"^claims/{CLAIM_ID}/$", views.ClaimDetailView.as_view(), name="api-claim-detail"),
    re_path(
        rf"^claims/{CLAIM_ID}/history/$", views.ClaimHistoryView.as_view(), name="api-claim-history"
    ),
    re_path(
        rf"^claims/{CLAIM_ID}/claimreview/$",
        views.ClaimReviewView.as_view(),
        name="api-claim-claimreview",
    ),
    *(
        re_path(rf"^claims/{CLAIM_ID}/{action}/$", view.as_view(), name=f"api-claim-{action}")
        for action, view in COMMAND_VIEWS.items()
    ),
    path("claimreview/", publish.ClaimReviewFeedView.as_view(), name="api-claimreview-feed"),
    path("imports/", publish.ImportView.as_view(), name="api-claim-import"),
    path("events/", views.EventFeedView.as_view(), name="api-event-list"),
    path("sources/", views.SourceCollectionView.as_view(), name="api-source-list"),
    re_path(rf"^sources/{SOURCE_ID}/$", views.SourceDetailView.as_view(), name="api-source-detail"),
    *documents.urlpatterns,
    *citations.urlpatterns,
    *webhooks.urlpatterns,
]
