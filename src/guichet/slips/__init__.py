"""The slips a visitor takes home: handoff, appointment, documents still to bring.

Built from plain data the caller passes (no database here) and drawn with
QtGui only, so the same code prints to a PDF file, a desk printer or an 80 mm
receipt printer.
"""
