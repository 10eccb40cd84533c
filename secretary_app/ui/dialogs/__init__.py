"""The dialogs around the session: committees, settings, meetings, import, help."""
