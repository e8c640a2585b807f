"""Template files and the library: parsing, fields, the parse cache, the seller's own set
(shared folders, trash, drafts), search, import and export.
"""
