"""Reading articles: files, folders, web pages and standard input, cleaned into Article objects."""
