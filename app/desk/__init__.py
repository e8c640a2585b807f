"""The desk model: the one current order and what the window shows of it, without Qt."""
