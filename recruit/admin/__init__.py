"""Administration: state bodies, user accounts and roles, and the audit log viewer."""
