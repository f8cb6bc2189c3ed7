"""The candidate's own pages: profile, notifications, data export and erasure (``/me``)."""
