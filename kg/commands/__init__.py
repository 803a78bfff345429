"""The `ictkg` subcommands, one module per area; each exports COMMANDS."""
