"""The local review page: a small web app on 127.0.0.1 where the secretary
hears the recording, corrects the draft and makes the referat.

``session`` holds one meeting under review, ``state`` is what the page shows,
``app`` the routes and their security, ``server`` runs it; the edits
themselves are pure functions in ``referat.record.edits``.
"""
