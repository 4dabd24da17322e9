"""The sync hub: the server the desks and kiosks of every site sync their log with.

Installed as an extra (``pip install guichet[hub]``) because only the server
needs FastAPI, uvicorn and the PostgreSQL driver; the desk never imports it.
"""
