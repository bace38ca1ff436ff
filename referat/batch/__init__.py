"""Many recordings in one resumable run: planning, the manifest, the workers,
and where they run (this machine, or a Ray cluster)."""
