"""The order's dates and the deadlines each platform's rules give them."""
