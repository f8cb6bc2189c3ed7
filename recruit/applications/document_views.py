"""The documents step of the wizard: upload, replace and remove the listed documents.

The routes are registered on the ``applications`` blueprint in ``views.py`` (``ROUTES``).
"""

from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from recruit.applications import documents
from recruit.applications.forms import ActionForm, DocumentForm
from recruit.applications.wizard_views import (
    candidate_only,
    editable_or_redirect,
    limit_uploads,
    to_detail,
    wizard_page,
)
from recruit.errors import NotAllowed, ValidationFailed


def _documents_page(application, failed: DocumentForm | None = None, failed_index=None):
    """The documents page; a refused upload shows its form with the message."""
    slots = documents.required_slots(application)
    for slot in slots:
        slot["form"] = (
            failed
            if slot["index"] == failed_index
            else DocumentForm(prefix=f"doc{slot['index']}", formdata=None)
        )
    return wizard_page("documents.html", application, 422 if failed else 200, slots=slots)


@candidate_only
def documents_step(application_id: int):
    """Step 3: every document the vacancy lists, each uploaded, replaced or removed."""
    application, locked = editable_or_redirect(application_id)
    if locked:
        return locked
    return _documents_page(application)


@candidate_only
@limit_uploads
def document_upload(application_id: int, index: int):
    """Store one listed document (replacing an earlier file for it)."""
    application, locked = editable_or_redirect(application_id)
    if locked:
        return locked
    form = DocumentForm(prefix=f"doc{index}")
    if form.validate_on_submit():
        try:
            documents.upload_document(current_user, application, index, form.file.data)
        except ValidationFailed as e:
            e.apply_to(form)
        except NotAllowed as e:
            flash(str(e), "error")
            return to_detail(application)
        else:
            flash(_("The document is saved."), "success")
            return redirect(url_for("applications.documents", application_id=application.id))
    return _documents_page(application, form, index)


@candidate_only
def document_remove(application_id: int, document_id: int):
    """Ask for confirmation, then delete an uploaded document."""
    application, locked = editable_or_redirect(application_id)
    if locked:
        return locked
    document = documents.get_own_document_or_404(current_user, application, document_id)
    form = ActionForm()
    back = url_for("applications.documents", application_id=application.id)
    if form.validate_on_submit():
        try:
            documents.remove_document(current_user, application, document)
        except NotAllowed as e:
            flash(str(e), "error")
            return to_detail(application)
        flash(_("The document is removed."), "success")
        return redirect(back)
    return render_template(
        "applications/confirm_action.html",
        form=form,
        application=application,
        title=_("Remove the document"),
        question=_(
            "Remove the file “%(name)s” uploaded as “%(label)s”?",
            name=document.original_name,
            label=document.label,
        ),
        note=None,
        button=_("Remove the file"),
        cancel_url=back,
    )


ROUTES = (
    ("/<int:application_id>/documents", "documents", documents_step, ["GET"]),
    (
        "/<int:application_id>/documents/<int:index>/upload",
        "document_upload",
        document_upload,
        ["POST"],
    ),
    (
        "/<int:application_id>/documents/<int:document_id>/remove",
        "document_remove",
        document_remove,
        ["GET", "POST"],
    ),
)
