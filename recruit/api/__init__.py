"""Open data: published and closed vacancies as JSON, CSV and an OpenAPI description."""
