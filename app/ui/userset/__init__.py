"""Qt parts for managing the user's templates: the Template menu, import, folders."""
