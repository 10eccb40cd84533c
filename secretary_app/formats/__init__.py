"""Import and export formats: meeting file, OParl, pasted agenda text, CSV. No Qt."""
