"""Public pages: home, vacancy search, announcements and the language switch."""
