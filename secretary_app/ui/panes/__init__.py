"""The panes of the live session: agenda, minutes, tally, attendance, meeting bar."""
