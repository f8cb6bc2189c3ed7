"""HR officers' vacancies: drafting, previewing, publishing, closing and copying announcements."""
