"""Rule files: schema (pydantic), loading with file:line errors, the compiled rule set."""
