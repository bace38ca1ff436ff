"""The skeletons of the two seed referater, written down by reading them.

Header fields, then per item: number, title, case number, section names in order.
Tests compare the importer and the renderer against these, item by item.
"""

SEED_000 = {
    "file": "000_21a8f7bef98305b8.txt",
    "title": "REFERAT Direktionen d. 13-08-2024",
    "forum": "Direktionen",
    "date": "13-08-2024",
    "meeting_date": "Tirsdag d. 13. august 2024 kl. 10:00",
    "place": "Mødelokale 1.14",
    "municipality": "Høje-Taastrup Kommune",
    "participants": [
        ("Lars Holte", None),
        ("Jørgen Lerhard", None),
        ("Charlotte Markussen", None),
        ("Anya Krogh Manghezi", None),  # broken over two lines in the seed
    ],
    "items": [
        (1, "Program heldagsmøde i direktionen 13-08-2024", "23/22369", False, ["Baggrund"]),
        (2, "Lukket", "23/22369", True, []),
        (3, "Lederudviklingsaktiviteter", "24/11351", False,
         ["Baggrund", "Indstilling", "Beslutning Direktionen den 13-08-2024", "Sagsfremstilling"]),
        (4, "Lukket", "23/22736", True, []),
        (5, "Lukket", "24/585", True, []),
        (6, "Lukket", "24/15230", True, []),
        (7, "Afprøvning af kunstig intelligens i Høje-Taastrup Kommune", "24/1873", False,
         ["Baggrund", "Indstilling", "Beslutning Direktionen den 13-08-2024", "Sagsfremstilling", "Økonomi"]),
    ],
}

_FULL = ["Indstilling", "Resumé", "Sagsfremstilling", "Kommunens vision og politikker", "Økonomi",
         "Lovgrundlag", "Borgerperspektiv", "Beslutning"]

SEED_001 = {
    "file": "001_bfc1ad96573bcea0.txt",
    "title": "REFERAT Chefforum d. 19-06-2025",
    "forum": "Chefforum",
    "date": "19-06-2025",
    "meeting_date": "Torsdag d. 19. juni 2025 kl. 09:00",
    "place": "Mødelokale 915",
    "municipality": "Albertslund Kommune",
    "participants": [
        ("Henrik Harder", "Kommunaldirektør"),
        ("Kristine Klæbel", "Direktør By, Kultur, Miljø & Beskæftigelse"),
        ("Lise Valentin Bayer", "Direktør Børn, Sundhed & Velfærd"),
        ("Marie Aasøe", "Afdelingschef for Økonomi & Stab"),
        ("Dorthe Espenhein", "Afdelingschef Borger, Arbejdsmarked & Erhverv"),
        ("Marie Brøchner Jespersen", "Afdelingschef Miljø & Teknik"),
        ("René Birkemark Olesen", "Afdelingschef Kultur, Fritid & Ejendomme"),
        ("Tine Buch Juhl", "Afdelingschef Børn & Familie"),
        ("Tanja Thor Møller", "Afdelingschef Ældre, Sundhed & Social"),
    ],
    "items": [
        (1, "Godkendelse af dagsorden og referat", "00.01.00-P35-7-23", False, ["Indstilling", "Beslutning"]),
        (2, "Orientering om status på arbejdet med Budget 2026", "00.30.00-P05-1-25", False, _FULL),
        (3, "Orientering om opsamling på Økonomirapport pr. 30. april", "00.30.14-S00-7-25", False, _FULL),
        (4, "Orientering om KommuneMED møde d. 25. juni 2025", "81.38.04-P35-1-25", False, _FULL),
        # "Baggrund" inside its Sagsfremstilling is a sub-heading, not a section.
        (5, "Beslutning om AI og nye teknologier i AK", "85.11.20-A26-1-24", False, _FULL + ["Bilag"]),
        (6, "Temadrøftelse om ledelsesprogram i Albertslund Kommune", "00.01.00-A00-11-25", False,
         ["Indstilling", "Sagsfremstilling", "Beslutning", "Bilag"]),
        (7, "Temaer til kommende møder og eventuelt", "00.01.00-A00-32-24", False,
         ["Indstilling", "Beslutning", "Bilag"]),
    ],
}

SEEDS = [SEED_000, SEED_001]
