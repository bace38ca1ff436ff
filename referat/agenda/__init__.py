"""Agendas: the TOML format, importers for published dagsordener and referater
(.docx, text), the header and section parsing, and the vocabulary they give
the recogniser.
"""

from referat.agenda.importer import import_agenda
from referat.agenda.toml_format import check_agenda, dump_agenda_toml, load_agenda

__all__ = ["check_agenda", "dump_agenda_toml", "import_agenda", "load_agenda"]
