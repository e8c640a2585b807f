"""The template editor: one text editor with highlighting, completion, live checks,
a filled preview and a small form for the front matter."""
