"""The CLI's commands, one module each; ``referat.cli`` registers them."""
